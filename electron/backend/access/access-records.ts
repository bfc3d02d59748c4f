// What the access register keeps for good, declared once for the posting core and `cli check`: the
// request numbers (准入〔2026〕3号, gapless per year) and the tables whose triggers refuse a change.
// The decision numbers (决定文号) are the district's own document numbers, entered as issued, not drawn.
// A request is also a prepared record: who registered or corrected it, who reviewed it, who recorded
// its decision.
import type { RecordRef } from '../core/people/separation';
import { yearlySeries, type NumberSeries } from '../core/posting/numbering';
import type { PostedTable } from '../core/posting/posted-tables';

export const requestNumbers = yearlySeries({
  label: '准入申请编号',
  table: 'access_request',
  yearColumn: 'request_year',
  seqColumn: 'request_seq',
  unit: '件',
  prefix: '准入',
});

export function accessRequestRecord(requestId: number): RecordRef {
  return { record: 'access_request', id: requestId };
}

export const accessNumberSeries: NumberSeries[] = [requestNumbers];

export const accessPostedTables: PostedTable[] = [
  {
    table: 'access_request',
    label: '准入申请',
    updateTrigger: 'access_request_keeps_record',
    deleteTrigger: 'access_request_no_delete',
  },
  {
    table: 'access_request_community',
    label: '准入申请的适用社区',
    updateTrigger: 'access_request_community_no_update',
    deleteTrigger: 'access_request_community_no_delete',
  },
];
