// The people who keep the books: users, their roles, sign-in and the separation-of-duties settings.
import { z } from 'zod';
import { flag, oneOf, recordId, requiredText, wholeNumber } from './fields';
import { userRoles, type UserRole } from './roles';

export const passwordMinLength = 8;
export const passwordMaxLength = 128;
/** Wrong passwords in a row that lock an account, and for how long. */
export const lockoutAttempts = 5;
export const lockoutMinutes = 15;
export const idleMinutesDefault = 30;

/** A password is taken as typed: never trimmed or normalised, so what was set is what signs in. */
export function password(label: string) {
  return z
    .string({ error: `${label}：必须填写` })
    .min(passwordMinLength, { error: `${label}：至少 ${passwordMinLength} 个字符` })
    .max(passwordMaxLength, { error: `${label}：不能超过 ${passwordMaxLength} 个字符` });
}

/** What sign-in checks: any non-empty string (a wrong one is answered as wrong, not as malformed). */
const typedPassword = z
  .string({ error: '密码：必须填写' })
  .min(1, { error: '密码：必须填写' })
  .max(passwordMaxLength, { error: `密码：不能超过 ${passwordMaxLength} 个字符` });

export const loginName = requiredText('登录名', 32).refine((value) => /^[A-Za-z0-9._-]{2,32}$/.test(value), {
  error: '登录名：只能用 2–32 个英文字母、数字或 . _ -',
});
const displayName = requiredText('姓名', 30);
const role = oneOf('角色', userRoles as unknown as [UserRole, ...UserRole[]]);

export const firstAdministratorInput = z.object({
  login: loginName,
  displayName,
  password: password('密码'),
});

export const signInInput = z.object({
  login: requiredText('登录名', 32),
  password: typedPassword,
});

export const changePasswordInput = z.object({
  currentPassword: typedPassword,
  newPassword: password('新密码'),
});

export const userCreateInput = z.object({
  login: loginName,
  displayName,
  role,
  password: password('初始密码'),
  /** Normally the user replaces the administrator's password at the first sign-in. */
  mustChangePassword: flag('首次登录须修改密码').default(true),
});

export const userUpdateInput = z.object({ id: recordId('用户'), displayName, role });
export const userActiveInput = z.object({ id: recordId('用户'), active: flag('是否启用') });
export const userResetPasswordInput = z.object({ id: recordId('用户'), password: password('临时密码') });

export const peopleSettingsInput = z.object({
  singlePersonPost: flag('一人岗'),
  idleMinutes: wholeNumber('无操作自动退出（分钟）', { min: 5, max: 240 }),
});

export interface SignedInUser {
  id: number;
  login: string;
  displayName: string;
  role: UserRole;
  /** Set by an administrator's reset: the user chooses a password of their own before anything else. */
  mustChangePassword: boolean;
}

export interface UserSummary {
  id: number;
  login: string;
  displayName: string;
  role: UserRole;
  active: boolean;
  /** ISO timestamp the lockout ends, while one is in force. */
  lockedUntil: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface PeopleSettings {
  /** 一人岗: the office has one person, so whoever prepared a record may approve it (printed, audited). */
  singlePersonPost: boolean;
  idleMinutes: number;
}

/** What the sign-in screen needs before anyone has signed in. */
export interface SignInState {
  /** A new database: the first administrator is to be created. */
  needsFirstAdministrator: boolean;
  /** Who this window is signed in as, or null. */
  user: SignedInUser | null;
  officeName: string;
  idleMinutes: number;
}
