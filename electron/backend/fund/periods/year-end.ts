// The year-end 结转 written by December's close: the year's income into net assets (designated income into
// 限定性净资产 with its designation), every expense out of 非限定性净资产.
import type { Db } from '../../core/db/connection';
import { accountByCode } from '../books/fund-accounts';
import type { PostedLine } from '../books/voucher-types';
import { reportAccounts } from '../reports/report-accounts';

/** The 结转 lines of a year: income and expense balances through 12-31 into net assets. */
export function yearEndLines(db: Db, year: number): PostedLine[] {
  const accounts = new Map(reportAccounts(db).map((a) => [a.id, a]));
  const balances = db
    .prepare(
      `SELECT l.account_id AS accountId, l.designation_id AS designationId,
         sum(l.credit_fen - l.debit_fen) AS net
       FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
       WHERE a.kind IN ('income', 'expense') AND l.voucher_date <= ?
       GROUP BY l.account_id, CASE WHEN a.kind = 'income' THEN l.designation_id END
       HAVING net <> 0 ORDER BY a.code, l.designation_id`,
    )
    .all(`${year}-12-31`) as { accountId: number; designationId: number | null; net: number }[];
  const unrestricted = accountByCode(db, '3101').id;
  const restricted = accountByCode(db, '3102').id;
  const lines: PostedLine[] = [];
  const toNetAssets = new Map<string, { accountId: number; designationId: number | null; net: number }>();
  for (const balance of balances) {
    const account = accounts.get(balance.accountId);
    if (!account) continue;
    const designationId = account.kind === 'income' ? balance.designationId : null;
    // Close the income or expense account: take its balance off on the opposite side.
    lines.push(side(balance.accountId, designationId, balance.net, '结转本年收入费用'));
    const target = designationId === null ? unrestricted : restricted;
    const key = `${target}:${designationId ?? ''}`;
    const entry = toNetAssets.get(key) ?? { accountId: target, designationId, net: 0 };
    entry.net += balance.net;
    toNetAssets.set(key, entry);
  }
  for (const entry of toNetAssets.values())
    if (entry.net !== 0) lines.push(side(entry.accountId, entry.designationId, -entry.net, '结转净资产'));
  return lines;
}

/** A line that takes `net` (credit − debit) off the account: a credit balance is debited, and so on. */
function side(accountId: number, designationId: number | null, net: number, summary: string): PostedLine {
  return net > 0
    ? { accountId, designationId, summary, debitFen: net, creditFen: 0 }
    : { accountId, designationId, summary, debitFen: 0, creditFen: -net };
}

export function yearEndVoucherOf(
  db: Db,
  year: number,
): { id: number; period: string; seq: number } | undefined {
  return db
    .prepare(
      `SELECT id, period, seq FROM fund_voucher
       WHERE kind = 'year_end' AND state = 'posted' AND reversed_by_id IS NULL AND voucher_date = ?`,
    )
    .get(`${year}-12-31`) as { id: number; period: string; seq: number } | undefined;
}
