// The release of designated spending (限定性净资产转为非限定性净资产) a posting writes with it, and the rule
// that no designation's available amount goes below zero.
import { formatYuan } from '../../../../shared/domain/money';
import type { Db } from '../../core/db/connection';
import { conflict } from '../../core/errors';
import { designationBalances } from './designation-balance';
import { accountById, postableAccount } from './fund-accounts';
import { voucherDateField } from './voucher-rules';
import type { PostedLine } from './voucher-types';

export const negate = (line: PostedLine): PostedLine => ({
  ...line,
  debitFen: -line.debitFen,
  creditFen: -line.creditFen,
});

/** Per designation, the net designated spending (expense debit − credit) of the lines. */
function designatedSpending(db: Db, lines: readonly PostedLine[]): Map<number, number> {
  const spending = new Map<number, number>();
  for (const line of lines) {
    if (line.designationId === null) continue;
    if (accountById(db, line.accountId)?.kind !== 'expense') continue;
    spending.set(
      line.designationId,
      (spending.get(line.designationId) ?? 0) + line.debitFen - line.creditFen,
    );
  }
  return spending;
}

/** The release (限定性净资产转为非限定性净资产) of designated spending: Dr 3102 / Cr 3101 per designation. */
export function releaseLines(db: Db, lines: readonly PostedLine[]): PostedLine[] {
  const spending = [...designatedSpending(db, lines)].filter(([, amount]) => amount !== 0);
  if (spending.length === 0) return [];
  const restricted = postableAccount(db, '3102');
  const unrestricted = postableAccount(db, '3101');
  const names = new Map(
    designationBalances(
      db,
      spending.map(([id]) => id),
    ).map((row) => [row.designationId, row.name]),
  );
  return spending.flatMap(([designationId, amount]) => {
    const summary = `${names.get(designationId) ?? ''}：限定性净资产转为非限定性净资产`;
    const out = amount > 0 ? { debitFen: amount, creditFen: 0 } : { debitFen: 0, creditFen: -amount };
    const back = { debitFen: out.creditFen, creditFen: out.debitFen };
    return [
      { accountId: restricted.id, designationId, summary, ...out },
      { accountId: unrestricted.id, designationId: null, summary, ...back },
    ];
  });
}

/** What the lines change each designation's available by (income and net assets: credit − debit). */
function availabilityChange(db: Db, lines: readonly PostedLine[]): Map<number, number> {
  const change = new Map<number, number>();
  for (const line of lines) {
    if (line.designationId === null) continue;
    const kind = accountById(db, line.accountId)?.kind;
    if (kind !== 'income' && kind !== 'net_assets') continue;
    change.set(line.designationId, (change.get(line.designationId) ?? 0) + line.creditFen - line.debitFen);
  }
  return change;
}

/**
 * The lowest the designation's available amount stands on `date` or any later day (the running sum of
 * income and net-assets lines by day, as `cli check` reads it): spending dated before the money came in
 * would leave that day below zero even when today's balance covers it.
 */
function lowestAvailableFrom(db: Db, designationId: number, date: string): number {
  const row = db
    .prepare(
      `WITH daily AS (
         SELECT l.voucher_date AS date, sum(l.credit_fen - l.debit_fen) AS net
           FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
          WHERE l.designation_id = @designationId AND a.kind IN ('income', 'net_assets')
          GROUP BY l.voucher_date),
       running AS (SELECT date, sum(net) OVER (ORDER BY date) AS available FROM daily)
       SELECT min(available) AS lowest FROM (
         SELECT coalesce(sum(net), 0) AS available FROM daily WHERE date <= @date
         UNION ALL SELECT available FROM running WHERE date > @date)`,
    )
    .get({ designationId, date }) as { lowest: number };
  return row.lowest;
}

/** Never below zero, on the voucher's day or after: refused naming received, used and available. */
export function refuseOverspending(db: Db, lines: readonly PostedLine[], date: string): void {
  const change = [...availabilityChange(db, lines)].filter(([, amount]) => amount < 0);
  if (change.length === 0) return;
  const balances = new Map(
    designationBalances(
      db,
      change.map(([id]) => id),
    ).map((row) => [row.designationId, row]),
  );
  for (const [designationId, amount] of change) {
    const balance = balances.get(designationId)!;
    if (balance.availableFen + amount >= 0) continue;
    throw conflict(
      `限定用途「${balance.name}」余额不足：已收到 ${formatYuan(balance.receivedFen)} 元，已使用 ${formatYuan(balance.usedFen)} 元，可用 ${formatYuan(balance.availableFen)} 元，本凭证需要 ${formatYuan(-amount)} 元`,
      'lines',
    );
  }
  for (const [designationId, amount] of change) {
    const lowest = lowestAvailableFrom(db, designationId, date);
    if (lowest + amount >= 0) continue;
    throw conflict(
      `限定用途「${balances.get(designationId)!.name}」在 ${date} 及以后的可用余额最低为 ${formatYuan(lowest)} 元，` +
        `本凭证需要 ${formatYuan(-amount)} 元：凭证日期不能早于所用资金到账的日期`,
      voucherDateField.name,
    );
  }
}
