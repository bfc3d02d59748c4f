// The dispatcher's first question: may this caller call this channel? Each channel declares the roles
// it admits (shared/contract/roles.ts); the answer is given before the input is read or a service runs.
import { channels, rolesOf } from '../../../shared/contract/channels';
import type { ChannelName } from '../../../shared/contract/channels';
import { fail, ok, type Result } from '../../../shared/contract/result';
import { admits, rolesText, userRoleLabels, withoutSignIn } from '../../../shared/contract/roles';
import type { SignedInUser } from '../../../shared/contract/people';
import type { BackendContext, ServiceContext } from '../core/context';
import type { Caller } from './caller';

const signedOutMessages = {
  none: '请先登录',
  idle: '长时间无操作，已自动退出登录，请重新登录',
  disabled: '该账户已被管理员停用，请联系管理员',
  reset: '密码已由管理员重置，请用临时密码重新登录',
  restored: '台账已从备份恢复，请重新登录',
} as const;

/** What a user whose password was reset may still call, besides signing out: replacing it. */
const beforeOwnPassword: ChannelName = 'auth.changePassword';

export function admitCaller(
  base: BackendContext,
  channel: ChannelName,
  caller: Caller,
): Result<ServiceContext> {
  const roles = rolesOf(channel);
  if (caller === 'fileHolder') {
    // Signing in is a command too: the file holder signs in as a session caller, never as itself.
    if (channels[channel].kind === 'command') {
      return fail('unauthenticated', '此操作会改动台账，须以用户身份登录后办理（命令行请加 --user 登录名）');
    }
    return ok({ ...base, user: null, actor: '（持有数据文件者）', sessionKey: null });
  }
  // The sign-in screen's own calls (its state, today's date) do not count as working: a screen left open
  // still signs out when idle.
  const working = roles !== withoutSignIn;
  const lookup = base.sessions.lookUp(base.db, caller.session, base.clock(), working);
  const contextOf = (user: SignedInUser | null): ServiceContext => ({
    ...base,
    user,
    actor: user?.displayName ?? '（未登录）',
    sessionKey: caller.session,
  });
  if (roles === withoutSignIn) return ok(contextOf(lookup.user));
  if (lookup.user === null) return fail('unauthenticated', signedOutMessages[lookup.reason]);
  const user = lookup.user;
  if (user.mustChangePassword && channel !== beforeOwnPassword) {
    return fail('forbidden', '密码已由管理员重置：请先修改密码，再办理其他操作');
  }
  if (!admits(roles, user.role)) {
    return fail(
      'forbidden',
      `${user.displayName}（${userRoleLabels[user.role]}）不能办理此操作：须由${rolesText(roles)}办理`,
    );
  }
  return ok(contextOf(user));
}
