// The release of designated spending (限定性净资产转为非限定性净资产) a posting writes with it, and the rule
// that no designation's available amount goes below zero.
import { formatYuan } from '../../../../shared/domain/money';
import type { Db } from '../../core/db/connection';
import { conflict } from '../../core/errors';
import { designationBalances } from './designation-balance';
import { accountById, postableAccount } from './fund-accounts';
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

/** Never below zero: refused naming received, used and available. */
export function refuseOverspending(db: Db, lines: readonly PostedLine[]): void {
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
}
