// What the public lists keep for good, declared once for `cli check`: a published version and its items,
// frozen by their triggers (migration 0003); a draft stays editable. A version is also a prepared record:
// who drafted or edited it, and who published it.
import type { RecordRef } from '../core/people/separation';
import type { PostedTable } from '../core/posting/posted-tables';

export function listVersionRecord(versionId: number): RecordRef {
  return { record: 'list_version', id: versionId };
}

export const listPostedTables: PostedTable[] = [
  {
    table: 'list_version',
    label: '已发布的清单版本',
    updateTrigger: 'list_version_published_no_update',
    deleteTrigger: 'list_version_published_no_delete',
  },
  {
    table: 'list_item',
    label: '已发布的清单事项',
    updateTrigger: 'list_item_published_no_update',
    deleteTrigger: 'list_item_published_no_delete',
  },
];
