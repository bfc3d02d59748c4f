// What the micro-fund keeps for good, declared once for the posting core and `cli check`: the voucher
// numbers (记-2026-03-0001, gapless per month, drawn at posting), the project and acknowledgement
// numbers (gapless per year), the tables whose triggers refuse a change, the ledger whose closed months
// refuse a posting, and the voucher as a record with a preparer and a reviewer (制单与审核分离).
import type { RecordRef } from '../core/people/separation';
import { yearlySeries, type NumberSeries } from '../core/posting/numbering';
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

/** 微基金项目〔2026〕3号: drawn when a community applies; an application is withdrawn, never deleted. */
export const projectNumbers = yearlySeries({
  label: '公益项目编号',
  table: 'fund_project',
  yearColumn: 'year',
  seqColumn: 'seq',
  unit: '个',
  prefix: '微基金项目',
});

/** 确〔2026〕7号: a voided acknowledgement keeps its number, so the series stays gapless. */
export const acknowledgementNumbers = yearlySeries({
  label: '捐赠确认书编号',
  table: 'fund_acknowledgement',
  yearColumn: 'year',
  seqColumn: 'seq',
  unit: '份',
  prefix: '确',
});

export const fundNumberSeries: NumberSeries[] = [voucherNumbers, projectNumbers, acknowledgementNumbers];

export function voucherRecord(voucherId: number): RecordRef {
  return { record: 'fund_voucher', id: voucherId };
}

const posted = (table: string, label: string, updateTrigger: string, deleteTrigger: string): PostedTable => ({
  table,
  label,
  updateTrigger,
  deleteTrigger,
});

/** A table whose triggers are named after it: `<table>_no_update` and `<table>_no_delete`. */
const appendOnly = (table: string, label: string): PostedTable =>
  posted(table, label, `${table}_no_update`, `${table}_no_delete`);

export const fundPostedTables: PostedTable[] = [
  posted('fund_account', '会计科目', 'fund_account_keeps_code', 'fund_account_no_delete'),
  posted('fund_designation', '限定用途', 'fund_designation_lifted_once', 'fund_designation_no_delete'),
  posted('fund_voucher', '记账凭证', 'fund_voucher_posted_frozen', 'fund_voucher_no_delete'),
  appendOnly('fund_voucher_line', '凭证分录'),
  posted('fund_project', '公益项目', 'fund_project_ended_frozen', 'fund_project_no_delete'),
  appendOnly('fund_project_decision', '管委会决议'),
  appendOnly('fund_project_decision_member', '决议出席成员'),
  appendOnly('fund_project_agreement', '资助协议'),
  appendOnly('fund_project_instalment', '分期拨付计划'),
  appendOnly('fund_project_payment', '项目拨付凭证'),
  appendOnly('fund_project_report', '项目进展报告'),
  appendOnly('fund_project_closing', '项目结项'),
  posted(
    'fund_acknowledgement',
    '捐赠确认书',
    'fund_acknowledgement_frozen',
    'fund_acknowledgement_no_delete',
  ),
  appendOnly('fund_disclosure', '信息公开记录'),
];
