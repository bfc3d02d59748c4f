// The public lists' channels: versions, the draft's items, publishing, import and documents.
// 经办人 edits the draft; 审核人 publishes it.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';
import { anyRole, approvers, preparers, type ChannelRoles } from '../../contract/roles';

const listsChange = (roles: ChannelRoles) => command({ invalidates: ['lists'], roles });

export const listsChannels = declareChannels({
  'lists.overview': query(anyRole),
  'lists.versions': query(anyRole),
  'lists.version': query(anyRole),
  'lists.current': query(anyRole),
  'lists.history': query(anyRole),
  'lists.startDraft': listsChange(preparers),
  'lists.saveItem': listsChange(preparers),
  'lists.deleteItem': listsChange(preparers),
  'lists.reorder': listsChange(preparers),
  'lists.publish': listsChange(approvers),
  'lists.discardDraft': listsChange(preparers),
  'lists.importTemplate': file({ roles: anyRole }),
  'lists.import': listsChange(preparers),
  'lists.notice': file({ printable: true, roles: anyRole }),
  'lists.exportExcel': file({ roles: anyRole }),
});
