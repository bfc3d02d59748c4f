// Where the sign-in gate stands, as the Node side's auth.state tells it: a new ledger's first
// administrator, the sign-in screen, or a signed-in user (perhaps locked after idling).
import type { SignedInUser, SignInState } from '../../../../shared/contract/people';

/** The window locked over the still-mounted screens: who was signed in, and why it locked. */
export interface Lock {
  user: SignedInUser;
  notice: string;
}

export type GateStage =
  | { stage: 'loading' }
  | { stage: 'unreachable'; message: string }
  | { stage: 'firstAdministrator'; officeName: string }
  | { stage: 'signedOut'; officeName: string; notice: string | undefined }
  | { stage: 'signedIn'; user: SignedInUser; officeName: string; idleMinutes: number; lock: Lock | null };

export function stageOf(state: SignInState, notice?: string): GateStage {
  if (state.needsFirstAdministrator) return { stage: 'firstAdministrator', officeName: state.officeName };
  if (state.user === null) return { stage: 'signedOut', officeName: state.officeName, notice };
  return {
    stage: 'signedIn',
    user: state.user,
    officeName: state.officeName,
    idleMinutes: state.idleMinutes,
    lock: null,
  };
}

/** A locked window's screens stay only for the user who was signed in; anyone else starts clean. */
export function resumesWork(lock: Lock, user: SignedInUser): boolean {
  return lock.user.id === user.id;
}

/** Whether signing in with `login` over a lock leaves the locked user's work (the question is asked first). */
export function leavesLockedWork(lock: Lock, login: string): boolean {
  return login.trim().toLowerCase() !== lock.user.login.toLowerCase();
}

export const idleNotice = (minutes: number) => `${minutes} 分钟无操作，已自动退出登录，请重新登录`;
export const endedNotice = '登录已结束（长时间无操作或账户已停用），请重新登录';
