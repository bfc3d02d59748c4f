// What the screens behind the sign-in gate may do with the sign-in: leave it (退出登录, 切换用户) and
// take a changed password. The gate provides it; the user menu and the password forms use it.
import { createContext, useContext } from 'react';
import type { SignedInUser } from '../../../../shared/contract/people';

export interface Session {
  user: SignedInUser;
  /** Ends the sign-in on the Node side and shows the sign-in screen with `notice`. */
  leave: (notice: string) => Promise<void>;
  /** The user after auth.changePassword (no longer bound to change it). */
  passwordChanged: (user: SignedInUser) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession() outside the sign-in gate');
  return session;
}
