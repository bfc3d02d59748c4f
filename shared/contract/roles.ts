// Who may call a channel. Names and sets only, no schemas: the sandboxed preload bundles this file through
// channel-kinds.ts. A user has one role; 管理员 administers and is no bypass of the separation of duties.

export const userRoles = ['preparer', 'approver', 'administrator'] as const;
export type UserRole = (typeof userRoles)[number];

export const userRoleLabels: Record<UserRole, string> = {
  preparer: '经办人',
  approver: '审核人',
  administrator: '管理员',
};

/** The roles a channel admits. `withoutSignIn` admits a caller nobody has signed in as (sign-in itself). */
export type ChannelRoles = readonly UserRole[] | 'withoutSignIn';

/** Reading the ledger: anyone signed in. */
export const anyRole = userRoles;
/** Entering, computing, drafting and recording: 经办人, and 审核人, who may also prepare. */
export const preparers = ['preparer', 'approver'] as const satisfies readonly UserRole[];
/** Approving, publishing, reviewing and deciding. */
export const approvers = ['approver'] as const satisfies readonly UserRole[];
/** Users, office settings, standards, the holiday calendar, restore. */
export const administrators = ['administrator'] as const satisfies readonly UserRole[];
export const withoutSignIn = 'withoutSignIn' as const;

/** Whether a signed-in user of `role` (or nobody, when null) may call a channel admitting `roles`. */
export function admits(roles: ChannelRoles, role: UserRole | null): boolean {
  if (roles === withoutSignIn) return true;
  return role !== null && roles.includes(role);
}

/** 「经办人、审核人」: for the message refusing a caller. */
export function rolesText(roles: readonly UserRole[]): string {
  return roles.map((role) => userRoleLabels[role]).join('、');
}
