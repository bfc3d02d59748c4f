// The rows of a 明细账 for the xlsx, read lazily from the posted lines in date and number order: the
// account and its 明细科目, optionally one designation. The balance at the start of the year is read from
// the month totals (ledger-scope.ts); the fund's opening voucher, in its own year, is that 期初余额 and not
// a line. Each month ends with 本月合计 and 本年累计. Red reversal lines keep their negative amounts.
// Balances are debit − credit shown on their side (借/贷/平). Lines come as raw arrays and each row is
// built once: a year of an account may hold 100,000 lines.
import type { Db } from '../../core/db/connection';
import { AppError } from '../../core/errors';
import { voucherNumber } from '../fund-records';
import { ledgerYearStart, scopeSql, type LedgerScopeFilter } from '../reports/ledger-scope';
import { accountAndDescendants, reportAccounts } from '../reports/report-accounts';
import type { LedgerBalanceSide, LedgerSheetData, LedgerSheetRow } from '../documents/report-types';

export interface LedgerScope {
  accountId: number;
  designationId: number | null;
  year: number;
}

const sideOf = (balance: number): LedgerBalanceSide =>
  balance > 0 ? 'debit' : balance < 0 ? 'credit' : 'flat';

function designationName(db: Db, designationId: number | null): string | null {
  if (designationId === null) return null;
  const designation = db.prepare('SELECT name FROM fund_designation WHERE id = ?').get(designationId) as
    { name: string } | undefined;
  if (!designation)
    throw new AppError('not_found', `限定用途：找不到 id 为 ${designationId} 的限定用途`, 'designationId');
  return designation.name;
}

export function ledgerSheetData(db: Db, scope: LedgerScope): LedgerSheetData {
  const accounts = reportAccounts(db);
  const account = accounts.find((a) => a.id === scope.accountId);
  if (!account)
    throw new AppError('not_found', `会计科目：找不到 id 为 ${scope.accountId} 的科目`, 'accountId');
  const name = designationName(db, scope.designationId);
  const filter: LedgerScopeFilter = {
    accountIds: accountAndDescendants(accounts, account.id),
    designationId: scope.designationId,
    year: scope.year,
  };
  const start = ledgerYearStart(db, filter);
  const statement = db
    .prepare(
      `SELECT l.voucher_date, v.period, v.seq, CASE WHEN l.summary <> '' THEN l.summary ELSE v.summary END,
         l.debit_fen, l.credit_fen
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       WHERE ${scopeSql(filter, 'l')} AND l.voucher_date BETWEEN ? AND ? AND l.voucher_id <> ?
       ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no`,
    )
    .raw();
  const lines = statement.iterate(
    `${scope.year}-01-01`,
    `${scope.year}-12-31`,
    start.openingVoucherId ?? 0,
  ) as Iterable<LineRow>;
  return {
    year: scope.year,
    account: { code: account.code, name: account.name },
    designationName: name,
    opening: { side: sideOf(start.openingFen), fen: Math.abs(start.openingFen) },
    openingLabel: start.openingVoucherId === null ? '上年结转' : '期初余额',
    rows: ledgerRows(lines, start.openingFen),
  };
}

/** date, period, seq, summary, debit, credit. */
type LineRow = [string, string, number, string, number, number];

function* ledgerRows(lines: Iterable<LineRow>, openingBalance: number): Generator<LedgerSheetRow> {
  let balance = openingBalance;
  let month = '';
  let monthDebit = 0;
  let monthCredit = 0;
  let yearDebit = 0;
  let yearCredit = 0;
  let lastDate = '';
  function* totals(): Generator<LedgerSheetRow> {
    const row = { date: lastDate, number: '', summary: '', side: sideOf(balance), red: false };
    const balanceFen = Math.abs(balance);
    yield { type: 'month_total', ...row, debitFen: monthDebit, creditFen: monthCredit, balanceFen };
    yield { type: 'year_total', ...row, debitFen: yearDebit, creditFen: yearCredit, balanceFen };
  }
  for (const [date, period, seq, summary, debitFen, creditFen] of lines) {
    if (month !== '' && !date.startsWith(month)) {
      yield* totals();
      monthDebit = 0;
      monthCredit = 0;
    }
    month = date.slice(0, 7);
    lastDate = date;
    balance += debitFen - creditFen;
    monthDebit += debitFen;
    monthCredit += creditFen;
    yearDebit += debitFen;
    yearCredit += creditFen;
    yield {
      type: 'line',
      date,
      number: voucherNumber(period, seq),
      summary,
      debitFen,
      creditFen,
      side: sideOf(balance),
      balanceFen: Math.abs(balance),
      red: debitFen < 0 || creditFen < 0,
    };
  }
  if (month !== '') yield* totals();
}
