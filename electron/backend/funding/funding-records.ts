// What the funding ledger keeps for good, declared once for `cli check`: the postings against approved
// lines (拨付 with their reversals, 调整), append-only by their triggers (migration 0002).
import type { PostedTable } from '../core/posted-tables';

export const fundingPostedTables: PostedTable[] = [
  {
    table: 'disbursement',
    label: '拨付记录',
    updateTrigger: 'disbursement_no_update',
    deleteTrigger: 'disbursement_no_delete',
  },
  {
    table: 'allocation_adjustment',
    label: '核定调整记录',
    updateTrigger: 'allocation_adjustment_no_update',
    deleteTrigger: 'allocation_adjustment_no_delete',
  },
];
