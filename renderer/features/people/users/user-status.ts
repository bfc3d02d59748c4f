// A user's state as the 用户 table shows it: 启用, 停用, or 锁定至 HH:MM after too many wrong passwords.
import type { UserSummary } from '../../../../shared/contract/people';

export type UserStatus = 'active' | 'disabled' | 'locked';

export const userStatusLabels: Record<UserStatus, string> = {
  active: '启用',
  disabled: '停用',
  locked: '锁定',
};

export function userStatusOf(user: UserSummary): UserStatus {
  if (!user.active) return 'disabled';
  return user.lockedUntil === null ? 'active' : 'locked';
}

/** 「锁定至 14:35」; the other states by their label. */
export function userStatusText(user: UserSummary): string {
  const status = userStatusOf(user);
  return status === 'locked' ? `锁定至 ${user.lockedUntil!.slice(11, 16)}` : userStatusLabels[status];
}
