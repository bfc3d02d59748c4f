// The access register's channels: requests through their workflow, the catalogue and the documents.
// 经办人 registers, edits and withdraws a request; 审核人 reviews, records the decision and revokes.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';
import { anyRole, approvers, preparers, type ChannelRoles } from '../../contract/roles';

const accessChange = (roles: ChannelRoles) => command({ invalidates: ['access'], roles });

export const accessChannels = declareChannels({
  'access.list': query(anyRole),
  'access.get': query(anyRole),
  'access.submit': accessChange(preparers),
  'access.update': accessChange(preparers),
  'access.withdraw': accessChange(preparers),
  'access.review': accessChange(approvers),
  'access.decide': accessChange(approvers),
  'access.revoke': accessChange(approvers),
  'access.catalogue': query(anyRole),
  'access.form': file({ printable: true, roles: anyRole }),
  'access.exportRegister': file({ roles: anyRole }),
});
