// How `cli check` names a contract and a payment in its findings: 合同 购〔2026〕1号「…」（#3）,
// 付款 付〔2026〕5号（#9）. The SQL fragments give the columns the sentences read.
import { formatYuan } from '../../../../shared/domain/money';

/** Columns c.id, contract_no and title, from `contract c` joined to its version in force `v`. */
export const contractColumns = `c.id, CASE WHEN c.contract_seq IS NULL THEN '草稿'
  ELSE '购〔' || c.year || '〕' || c.contract_seq || '号' END AS contract_no, v.title`;

export const versionInForce = `JOIN contract_version v ON v.contract_id = c.id AND v.version = c.current_version`;

export const contractWithTerms = `contract c ${versionInForce}`;

export function contractName(row: Record<string, unknown>): string {
  return `合同 ${row.contract_no}「${row.title}」（#${row.id}）`;
}

/** Columns payment_id and payment_no, from `contract_payment p`. */
export const paymentColumns = `p.id AS payment_id,
  '付〔' || p.payment_year || '〕' || p.payment_seq || '号' AS payment_no`;

export function paymentName(row: Record<string, unknown>): string {
  return `付款 ${row.payment_no}（#${row.payment_id}）`;
}

export function yuan(fen: unknown): string {
  return `${formatYuan(Number(fen))} 元`;
}
