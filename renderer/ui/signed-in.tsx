// The user this window is signed in as, for every screen: the sign-in gate (features/people) provides it,
// and controls ask through useChannelAccess whether the user's role may call their channel.
import { Button, Tooltip, type ButtonProps } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import type { ChannelName } from '../../shared/contract/channels';
import type { SignedInUser } from '../../shared/contract/people';
import { refusalOf } from './permissions';

export const SignedInUserContext = createContext<SignedInUser | null>(null);

/** The signed-in user; the screens render only behind the sign-in gate, which always has one. */
export function useSignedInUser(): SignedInUser {
  const user = useContext(SignedInUserContext);
  if (user === null) throw new Error('useSignedInUser() outside the sign-in gate');
  return user;
}

export interface ChannelAccess {
  allowed: boolean;
  /** Who may (「须由审核人办理」), for the disabled control's tooltip; undefined when allowed. */
  refusal: string | undefined;
}

/** Whether the signed-in user's role may call `channel`, as its declaration says. */
export function useChannelAccess(channel: ChannelName): ChannelAccess {
  const user = useContext(SignedInUserContext);
  const refusal = refusalOf(channel, user?.role ?? null) ?? undefined;
  return { allowed: refusal === undefined, refusal };
}

export function useMayCall(channel: ChannelName): boolean {
  return useChannelAccess(channel).allowed;
}

/** For a screen of many controls: who may call a channel (「须由审核人办理」), undefined when the user may. */
export function useRoleRefusal(): (channel: ChannelName) => string | undefined {
  const user = useContext(SignedInUserContext);
  return (channel) => refusalOf(channel, user?.role ?? null) ?? undefined;
}

/** Shows who may do it over a control disabled for the user's role; a control allowed is left as is. */
export function RefusalTip({ refusal, children }: { refusal: string | undefined; children: ReactNode }) {
  if (refusal === undefined) return children;
  return (
    <Tooltip title={refusal}>
      <span style={{ display: 'inline-block' }} data-refusal={refusal}>
        {children}
      </span>
    </Tooltip>
  );
}

/** A button for one channel: disabled, with who may (「须由审核人办理」), for a role that may not call it. */
export function ChannelButton({ channel, disabled, ...props }: ButtonProps & { channel: ChannelName }) {
  const access = useChannelAccess(channel);
  return (
    <RefusalTip refusal={access.refusal}>
      <Button {...props} disabled={!access.allowed || disabled} />
    </RefusalTip>
  );
}
