// The public lists' channels: versions, the draft's items, publishing, import and documents.
import { command, declareChannels, file, query } from '../../contract/channel-kinds';

const listsChange = command({ invalidates: ['lists'] });

export const listsChannels = declareChannels({
  'lists.overview': query,
  'lists.versions': query,
  'lists.version': query,
  'lists.current': query,
  'lists.history': query,
  'lists.startDraft': listsChange,
  'lists.saveItem': listsChange,
  'lists.deleteItem': listsChange,
  'lists.reorder': listsChange,
  'lists.publish': listsChange,
  'lists.discardDraft': listsChange,
  'lists.importTemplate': file(),
  'lists.import': listsChange,
  'lists.notice': file({ printable: true }),
  'lists.exportExcel': file(),
});
