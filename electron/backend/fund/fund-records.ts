// What the micro-fund keeps for good, declared once for the posting core and `cli check`: the voucher
// numbers (记-2026-03-0001, gapless per month, drawn at posting), the tables whose triggers refuse a
// change, the ledger whose closed months refuse a posting, and the voucher as a record with a preparer
// and a reviewer (制单与审核分离).
import type { RecordRef } from '../core/people/separation';
import type { NumberSeries } from '../core/posting/numbering';
import type { PostedTable } from '../core/posting/posted-tables';

/** Vouchers, their reversals, releases and the year-end 结转 are posted in this ledger. */
export const fundLedger = 'fund';

export function voucherNumber(period: string, seq: number): string {
  return `记-${period}-${String(seq).padStart(4, '0')}`;
}

export const voucherNumbers: NumberSeries = {
  label: '记账凭证号',
  table: 'fund_voucher',
  scopeColumn: 'period',
  seqColumn: 'seq',
  unit: '张',
  scopeName: (period) => `${period} 月`,
  format: (period, seq) => voucherNumber(String(period), seq),
};

export const fundNumberSeries: NumberSeries[] = [voucherNumbers];

export function voucherRecord(voucherId: number): RecordRef {
  return { record: 'fund_voucher', id: voucherId };
}

const posted = (table: string, label: string, updateTrigger: string, deleteTrigger: string): PostedTable => ({
  table,
  label,
  updateTrigger,
  deleteTrigger,
});

export const fundPostedTables: PostedTable[] = [
  posted('fund_account', '会计科目', 'fund_account_keeps_code', 'fund_account_no_delete'),
  posted('fund_designation', '限定用途', 'fund_designation_lifted_once', 'fund_designation_no_delete'),
  posted('fund_voucher', '记账凭证', 'fund_voucher_posted_frozen', 'fund_voucher_no_delete'),
  posted('fund_voucher_line', '凭证分录', 'fund_voucher_line_no_update', 'fund_voucher_line_no_delete'),
];
