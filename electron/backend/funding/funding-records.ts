// What the funding ledger keeps for good, declared once for `cli check`: the postings against approved
// lines (拨付 with their reversals, 调整), append-only by their triggers, and the approved year and its
// lines, frozen by theirs (migration 0002). The approved basis (migration 0004) is held by its own
// invariants (integrity-funding.ts), which compare it with what the lines were computed from. A year's
// allocation is also a prepared record: who computed or changed its draft, and who approved it.
import type { RecordRef } from '../core/people/separation';
import type { PostedTable } from '../core/posting/posted-tables';

/** A year's allocation as a prepared record (allocation_year is keyed by its year). */
export function allocationRecord(year: number): RecordRef {
  return { record: 'allocation', id: year };
}

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
  {
    table: 'allocation_year',
    label: '已审批的年度核定',
    updateTrigger: 'allocation_year_stays_approved',
    deleteTrigger: 'allocation_year_no_delete_approved',
  },
  {
    table: 'allocation_line',
    label: '已审批的经费项目',
    updateTrigger: 'allocation_line_frozen_update',
    deleteTrigger: 'allocation_line_frozen_delete',
  },
];
