// What a 明细账 of one account (its 明细科目 included, optionally one designation) needs before it reads a
// line, from the month totals kept by trigger (fund_period_total) rather than the lines: the balance at
// the start of the year and each month's debits and credits. The fund's opening voucher (kind 'opening',
// entered once) is 期初余额, not a movement: in its own year its amounts join the opening balance and
// leave its month's totals, and its lines are not listed.
import type { Db } from '../../core/db/connection';

export interface LedgerScopeFilter {
  /** The account and its descendants. */
  accountIds: number[];
  designationId: number | null;
  year: number;
}

export interface MonthTotal {
  month: string;
  debitFen: number;
  creditFen: number;
}

export interface LedgerYearStart {
  /** Debit − credit at the start of the year, the opening voucher included when it is in the year. */
  openingFen: number;
  /** The opening voucher whose lines the ledger leaves out (it is in the year), or null. */
  openingVoucherId: number | null;
  /** Its date and how many of its lines are in the scope (0 when it is not in the year). */
  openingVoucherDate: string;
  openingVoucherLines: number;
  /** Months of the year with lines, in order, the opening voucher's amounts taken out. */
  months: MonthTotal[];
}

interface OpeningVoucher {
  id: number;
  period: string;
  date: string;
}

/** The posted opening voucher, if there is one (a unique index allows one). */
export function openingVoucher(db: Db): OpeningVoucher | null {
  return (
    (db
      .prepare(
        `SELECT id, period, voucher_date AS date FROM fund_voucher WHERE kind = 'opening' AND state = 'posted'`,
      )
      .get() as OpeningVoucher | undefined) ?? null
  );
}

/** `AND …` narrowing a table aliased `alias` with account_id / designation_id columns to the scope. */
export function scopeSql(scope: LedgerScopeFilter, alias: string): string {
  const accounts = `${alias}.account_id IN (${scope.accountIds.map((id) => Number(id)).join(',')})`;
  return scope.designationId === null
    ? accounts
    : `${accounts} AND ${alias}.designation_id = ${Number(scope.designationId)}`;
}

export function ledgerYearStart(db: Db, scope: LedgerScopeFilter): LedgerYearStart {
  const startMonth = `${scope.year}-01`;
  const endMonth = `${scope.year}-12`;
  const before = db
    .prepare(
      `SELECT coalesce(sum(t.debit_fen - t.credit_fen), 0) AS net FROM fund_period_total t
       WHERE ${scopeSql(scope, 't')} AND t.period < ?`,
    )
    .get(startMonth) as { net: number };
  const months = db
    .prepare(
      `SELECT t.period AS month, sum(t.debit_fen) AS debitFen, sum(t.credit_fen) AS creditFen
       FROM fund_period_total t WHERE ${scopeSql(scope, 't')} AND t.period BETWEEN ? AND ?
       GROUP BY t.period ORDER BY t.period`,
    )
    .all(startMonth, endMonth) as MonthTotal[];
  let openingFen = before.net;
  const opening = openingVoucher(db);
  const inYear = opening !== null && opening.period >= startMonth && opening.period <= endMonth;
  let lines = 0;
  if (opening !== null && inYear) {
    // By its voucher_id alone (the account index would scan the account's years); a few lines.
    const own = (
      db
        .prepare(
          `SELECT account_id AS accountId, designation_id AS designationId, debit_fen AS debitFen,
             credit_fen AS creditFen FROM fund_voucher_line WHERE voucher_id = ?`,
        )
        .all(opening.id) as {
        accountId: number;
        designationId: number | null;
        debitFen: number;
        creditFen: number;
      }[]
    ).filter(
      (line) =>
        scope.accountIds.includes(line.accountId) &&
        (scope.designationId === null || line.designationId === scope.designationId),
    );
    lines = own.length;
    const debitFen = own.reduce((sum, line) => sum + line.debitFen, 0);
    const creditFen = own.reduce((sum, line) => sum + line.creditFen, 0);
    openingFen += debitFen - creditFen;
    const month = months.find((m) => m.month === opening.period);
    if (month) {
      month.debitFen -= debitFen;
      month.creditFen -= creditFen;
    }
  }
  return {
    openingFen,
    openingVoucherId: inYear ? opening.id : null,
    openingVoucherDate: inYear ? opening.date : '',
    openingVoucherLines: lines,
    months,
  };
}
