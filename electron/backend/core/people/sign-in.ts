// Signing in and out, the first administrator of a new ledger, and a user's own password.
// Passwords are verified outside the transaction (scrypt takes a noticeable moment and runs off the
// main thread); what the attempt changes (the counter, the lockout, the audit row) is written in one.
import type { ParsedInput } from '../../../../shared/contract';
import {
  lockoutAttempts,
  lockoutMinutes,
  type SignedInUser,
  type SignInState,
} from '../../../../shared/contract/people';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';
import { recordAudit } from '../audit';
import { inTransaction, nowIso, signedInUser, type ServiceContext } from '../context';
import { AppError } from '../errors';
import { getOfficeSettings } from '../office-settings';
import { hashPassword, spendVerification, verifyPassword } from './passwords';
import { getPeopleSettings } from './people-settings';
import {
  countUsers,
  findUserById,
  findUserByLogin,
  insertUser,
  recordFailedAttempt,
  recordSignIn,
  setPasswordHash,
  signedInUserOf,
  type StoredUser,
} from './users';

const wrongPassword = '登录名或密码不正确';

export function signInState(ctx: ServiceContext): SignInState {
  return {
    needsFirstAdministrator: countUsers(ctx.db) === 0,
    user: ctx.user,
    officeName: getOfficeSettings(ctx.db).officeName,
    idleMinutes: getPeopleSettings(ctx.db).idleMinutes,
  };
}

function requireSessionKey(ctx: ServiceContext): string {
  if (ctx.sessionKey === null) throw new AppError('forbidden', '登录：此调用方不能登录');
  return ctx.sessionKey;
}

/** A new ledger's first user: an administrator, who then adds the people who prepare and approve. */
export async function setUpFirstAdministrator(
  ctx: ServiceContext,
  input: ParsedInput<'auth.setUp'>,
): Promise<SignedInUser> {
  const key = requireSessionKey(ctx);
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  const user = inTransaction(ctx, () => {
    if (countUsers(ctx.db) > 0) throw new AppError('conflict', '首次设置：本台账已有用户，请直接登录');
    const id = insertUser(ctx.db, {
      login: input.login,
      displayName: input.displayName,
      role: 'administrator',
      passwordHash,
      mustChangePassword: false,
      createdAt: nowIso(ctx),
    });
    recordSignIn(ctx.db, id, nowIso(ctx));
    const created = findUserById(ctx.db, id)!;
    recordAudit(ctx, {
      action: 'create',
      entity: 'user',
      entityId: id,
      summary: `首次设置：新增管理员 ${created.displayName}（${created.login}）`,
      after: { login: created.login, displayName: created.displayName, role: created.role },
      by: created,
    });
    return created;
  });
  ctx.sessions.bind(key, user.id, ctx.clock());
  return signedInUserOf(user);
}

export async function signIn(ctx: ServiceContext, input: ParsedInput<'auth.signIn'>): Promise<SignedInUser> {
  const key = requireSessionKey(ctx);
  const user = findUserByLogin(ctx.db, input.login);
  if (!user) {
    await spendVerification(input.password, ctx.passwordCost);
    inTransaction(ctx, () =>
      recordAudit(ctx, {
        action: 'sign_in_failed',
        entity: 'user',
        entityId: null,
        // What was typed is not kept: a password typed into the login field would stand in the log in clear.
        summary: '登录失败：登录名不存在',
      }),
    );
    throw new AppError('unauthenticated', wrongPassword, 'password');
  }
  const now = nowIso(ctx);
  if (user.lockedUntil !== null && Date.parse(user.lockedUntil) > ctx.clock().getTime())
    throw lockedOut(user.lockedUntil);
  if (!(await verifyPassword(input.password, user.passwordHash))) return refuseWrongPassword(ctx, user);
  if (!user.active) throw new AppError('unauthenticated', '该账户已停用，请联系管理员', 'login');
  inTransaction(ctx, () => {
    recordSignIn(ctx.db, user.id, now);
    recordAudit(ctx, {
      action: 'sign_in',
      entity: 'user',
      entityId: user.id,
      summary: `登录：${user.displayName}（${user.login}）`,
      by: user,
    });
  });
  ctx.sessions.bind(key, user.id, ctx.clock());
  return signedInUserOf(findUserById(ctx.db, user.id)!);
}

function lockedOut(lockedUntil: string): AppError {
  const until = lockedUntil.slice(11, 16);
  return new AppError(
    'unauthenticated',
    `密码连续输错 ${lockoutAttempts} 次，账户已锁定至 ${until}，请稍后再试或请管理员解锁`,
    'password',
  );
}

function refuseWrongPassword(ctx: ServiceContext, user: StoredUser): never {
  // The counter is read again inside the write: tries verified side by side each count, and the one that
  // reaches the limit locks the account.
  const lockedUntil = inTransaction(ctx, () => {
    const attempts = findUserById(ctx.db, user.id)!.failedAttempts + 1;
    const locks = attempts >= lockoutAttempts;
    const until = locks
      ? toLocalIsoTimestamp(new Date(ctx.clock().getTime() + lockoutMinutes * 60_000))
      : null;
    recordFailedAttempt(ctx.db, user.id, until);
    recordAudit(ctx, {
      action: locks ? 'lock' : 'sign_in_failed',
      entity: 'user',
      entityId: user.id,
      summary: locks
        ? `账户锁定：${user.login} 密码连续输错 ${lockoutAttempts} 次，锁定 ${lockoutMinutes} 分钟`
        : `登录失败：${user.login} 密码不正确`,
    });
    return until;
  });
  if (lockedUntil !== null) throw lockedOut(lockedUntil);
  throw new AppError('unauthenticated', wrongPassword, 'password');
}

export function signOut(ctx: ServiceContext): { signedOut: boolean } {
  if (ctx.sessionKey === null || ctx.user === null) return { signedOut: false };
  const user = ctx.user;
  inTransaction(ctx, () =>
    recordAudit(ctx, {
      action: 'sign_out',
      entity: 'user',
      entityId: user.id,
      summary: `退出登录：${user.displayName}（${user.login}）`,
    }),
  );
  ctx.sessions.end(ctx.sessionKey);
  return { signedOut: true };
}

/** A user's own new password; also how a reset's temporary password is replaced. */
export async function changeOwnPassword(
  ctx: ServiceContext,
  input: ParsedInput<'auth.changePassword'>,
): Promise<SignedInUser> {
  const me = findUserById(ctx.db, signedInUser(ctx).id)!;
  if (!(await verifyPassword(input.currentPassword, me.passwordHash))) {
    throw new AppError('invalid_input', '当前密码：不正确', 'currentPassword');
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('invalid_input', '新密码：不能与当前密码相同', 'newPassword');
  }
  const passwordHash = await hashPassword(input.newPassword, ctx.passwordCost);
  inTransaction(ctx, () => {
    setPasswordHash(ctx.db, me.id, passwordHash, false);
    recordAudit(ctx, {
      action: 'change_password',
      entity: 'user',
      entityId: me.id,
      summary: `修改密码：${me.displayName}（${me.login}）`,
    });
  });
  // Whoever signed in elsewhere with the old password is signed out; this window stays signed in.
  ctx.sessions.endUser(me.id, 'none', ctx.sessionKey ?? undefined);
  return signedInUserOf(findUserById(ctx.db, me.id)!);
}
