// The public lists' handlers: versions, the draft's items, publishing, the import and the documents.
import type { listsChannels } from '../../../shared/features/lists/channels';
import { uploadedBytes } from '../core/file-output';
import type { HandlersOf } from '../core/handler';
import { exportListNotice, exportListVersion } from './list-documents';
import { importList, listImportTemplate } from './list-import';
import { deleteListItem, reorderListItems, saveListItem } from './list-items';
import {
  discardDraft,
  listHistory,
  listOverview,
  listVersionsOf,
  publishDraft,
  readCurrent,
  readVersion,
  startDraft,
} from './public-lists';

export const listsHandlers: HandlersOf<typeof listsChannels> = {
  'lists.overview': (ctx) => listOverview(ctx),
  'lists.versions': (ctx, input) => listVersionsOf(ctx, input.kind),
  'lists.version': (ctx, input) => readVersion(ctx, input.versionId),
  'lists.current': (ctx, input) => readCurrent(ctx, input.kind),
  'lists.history': (ctx, input) => listHistory(ctx, input.kind),
  'lists.startDraft': (ctx, input) => startDraft(ctx, input.kind),
  'lists.saveItem': saveListItem,
  'lists.deleteItem': (ctx, input) => deleteListItem(ctx, input.itemId),
  'lists.reorder': reorderListItems,
  'lists.publish': publishDraft,
  'lists.discardDraft': (ctx, input) => discardDraft(ctx, input.versionId),
  'lists.importTemplate': (ctx, input) => listImportTemplate(ctx, input.kind),
  'lists.import': (ctx, { base64, ...input }) => importList(ctx, { ...input, bytes: uploadedBytes(base64) }),
  'lists.notice': exportListNotice,
  'lists.exportExcel': (ctx, input) => exportListVersion(ctx, input.versionId),
};
