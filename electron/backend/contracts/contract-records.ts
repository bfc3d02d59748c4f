// What the contracts feature keeps for good, declared once for the posting core and `cli check`: the
// contract numbers (购〔2026〕3号, drawn at signing) and payment numbers (付〔2026〕5号, drawn at the
// request), both gapless per year; the tables whose triggers refuse a change; and the records with a
// preparer and an approver (a contract: drafted by 经办人, signed by 审核人; a payment: requested, approved).
import type { RecordRef } from '../core/people/separation';
import { yearlySeries, type NumberSeries } from '../core/posting/numbering';
import type { PostedTable } from '../core/posting/posted-tables';

/** Payments, their reversals and their approvals are posted in this ledger (its closed periods refuse them). */
export const contractsLedger = 'contracts';

export const contractNumbers = yearlySeries({
  label: '合同编号',
  // A view of the numbered (signed) contracts: a draft has no number and is no gap.
  table: 'contract_number',
  yearColumn: 'year',
  seqColumn: 'contract_seq',
  unit: '份',
  prefix: '购',
});

export const paymentNumbers = yearlySeries({
  label: '付款审批编号',
  table: 'contract_payment',
  yearColumn: 'payment_year',
  seqColumn: 'payment_seq',
  unit: '笔',
  prefix: '付',
});

export const contractsNumberSeries: NumberSeries[] = [contractNumbers, paymentNumbers];

export function contractRecord(contractId: number): RecordRef {
  return { record: 'contract', id: contractId };
}

export function paymentRecord(paymentId: number): RecordRef {
  return { record: 'contract_payment', id: paymentId };
}

const posted = (table: string, label: string, updateTrigger: string, deleteTrigger: string): PostedTable => ({
  table,
  label,
  updateTrigger,
  deleteTrigger,
});

export const contractsPostedTables: PostedTable[] = [
  posted('provider_check', '资格审查记录', 'provider_check_no_update', 'provider_check_no_delete'),
  posted('contract', '购买服务合同', 'contract_keeps_record', 'contract_no_delete'),
  posted('contract_version', '合同版本', 'contract_version_frozen_update', 'contract_version_frozen_delete'),
  posted(
    'contract_cost_item',
    '合同成本测算',
    'contract_cost_item_frozen_update',
    'contract_cost_item_frozen_delete',
  ),
  posted(
    'contract_instalment',
    '合同分期',
    'contract_instalment_frozen_update',
    'contract_instalment_frozen_delete',
  ),
  posted(
    'contract_budget_year',
    '合同分年度预算',
    'contract_budget_year_frozen_update',
    'contract_budget_year_frozen_delete',
  ),
  posted('contract_evaluation', '绩效评价', 'contract_evaluation_no_update', 'contract_evaluation_no_delete'),
  posted(
    'contract_evaluation_score',
    '绩效评价得分',
    'contract_evaluation_score_no_update',
    'contract_evaluation_score_no_delete',
  ),
  posted('contract_payment', '合同付款', 'contract_payment_decided_once', 'contract_payment_no_delete'),
];
