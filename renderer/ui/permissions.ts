// Who may press what, read from the channels' declarations (shared/contract: each channel names the roles
// it admits), so a button and the dispatcher never disagree and no list of roles is kept here.
import { rolesOf, type ChannelName } from '../../shared/contract/channels';
import { admits, rolesText, withoutSignIn, type UserRole } from '../../shared/contract/roles';

/** Why a user of `role` (null: nobody signed in) may not call `channel` — 「须由审核人办理」 — or null. */
export function refusalOf(channel: ChannelName, role: UserRole | null): string | null {
  const roles = rolesOf(channel);
  if (roles === withoutSignIn || admits(roles, role)) return null;
  return role === null ? '请先登录' : `须由${rolesText(roles)}办理`;
}
