// 管理员's work on the users: add, rename, change role, disable and enable, reset a password. An
// administrator sets a temporary password the user must replace at sign-in, so never learns the one in use.
import type { ParsedInput } from '../../../../shared/contract';
import type { UserSummary } from '../../../../shared/contract/people';
import { userRoleLabels } from '../../../../shared/contract/roles';
import { recordAudit } from '../audit';
import { inTransaction, nowIso, signedInUser, type ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { hashPassword } from './passwords';
import {
  countActiveAdministrators,
  findUserById,
  findUserByLogin,
  insertUser,
  listUsers,
  setPasswordHash,
  setUserActive,
  summaryOf,
  updateUserProfile,
  type StoredUser,
} from './users';

export function listUserSummaries(ctx: ServiceContext): UserSummary[] {
  return listUsers(ctx.db).map(summaryOf);
}

function existingUser(ctx: ServiceContext, id: number): StoredUser {
  const user = findUserById(ctx.db, id);
  if (!user) throw notFound('用户');
  return user;
}

/** Someone must always be able to administer: the last active 管理员 keeps the role and stays enabled. */
function keepsAnAdministrator(ctx: ServiceContext, user: StoredUser, what: string): void {
  if (user.role === 'administrator' && user.active && countActiveAdministrators(ctx.db) <= 1) {
    throw new AppError('conflict', `${what}：${user.displayName}是唯一启用的管理员，请先添加另一位管理员`);
  }
}

function profileOf(user: StoredUser) {
  return { login: user.login, displayName: user.displayName, role: user.role, active: user.active };
}

export async function createUser(
  ctx: ServiceContext,
  input: ParsedInput<'users.create'>,
): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  return inTransaction(ctx, () => {
    if (findUserByLogin(ctx.db, input.login)) {
      throw new AppError('conflict', `登录名：${input.login} 已被使用`, 'login');
    }
    const id = insertUser(ctx.db, {
      login: input.login,
      displayName: input.displayName,
      role: input.role,
      passwordHash,
      // The administrator chose this password: the user normally replaces it at the first sign-in.
      mustChangePassword: input.mustChangePassword,
      createdAt: nowIso(ctx),
    });
    const created = existingUser(ctx, id);
    recordAudit(ctx, {
      action: 'create',
      entity: 'user',
      entityId: id,
      summary: `新增用户：${created.displayName}（${created.login}），${userRoleLabels[created.role]}`,
      after: profileOf(created),
    });
    return summaryOf(created);
  });
}

export function updateUser(ctx: ServiceContext, input: ParsedInput<'users.update'>): UserSummary {
  return inTransaction(ctx, () => {
    const before = existingUser(ctx, input.id);
    if (before.role !== input.role) keepsAnAdministrator(ctx, before, '角色');
    updateUserProfile(ctx.db, before.id, input.displayName, input.role);
    const after = existingUser(ctx, before.id);
    const roleChange =
      before.role === after.role
        ? ''
        : `，角色 ${userRoleLabels[before.role]} → ${userRoleLabels[after.role]}`;
    recordAudit(ctx, {
      action: 'update',
      entity: 'user',
      entityId: after.id,
      summary: `修改用户：${after.displayName}（${after.login}）${roleChange}`,
      before: profileOf(before),
      after: profileOf(after),
    });
    return summaryOf(after);
  });
}

export function setActive(ctx: ServiceContext, input: ParsedInput<'users.setActive'>): UserSummary {
  const summary = inTransaction(ctx, () => {
    const before = existingUser(ctx, input.id);
    if (!input.active) {
      if (before.id === signedInUser(ctx).id) throw new AppError('conflict', '停用：不能停用自己的账户');
      keepsAnAdministrator(ctx, before, '停用');
    }
    setUserActive(ctx.db, before.id, input.active);
    const after = existingUser(ctx, before.id);
    recordAudit(ctx, {
      action: input.active ? 'enable' : 'disable',
      entity: 'user',
      entityId: after.id,
      summary: `${input.active ? '启用' : '停用'}用户：${after.displayName}（${after.login}）`,
      before: profileOf(before),
      after: profileOf(after),
    });
    return summaryOf(after);
  });
  if (!input.active) ctx.sessions.endUser(input.id, 'disabled');
  return summary;
}

export async function resetPassword(
  ctx: ServiceContext,
  input: ParsedInput<'users.resetPassword'>,
): Promise<UserSummary> {
  existingUser(ctx, input.id);
  const passwordHash = await hashPassword(input.password, ctx.passwordCost);
  const summary = inTransaction(ctx, () => {
    const user = existingUser(ctx, input.id);
    setPasswordHash(ctx.db, user.id, passwordHash, true);
    recordAudit(ctx, {
      action: 'reset_password',
      entity: 'user',
      entityId: user.id,
      summary: `重置密码：${user.displayName}（${user.login}），下次登录须修改`,
    });
    return summaryOf(existingUser(ctx, user.id));
  });
  ctx.sessions.endUser(input.id, 'reset');
  return summary;
}
