// The rows of a 明细账 for the xlsx, read lazily from the posted lines in date and number order: the
// account and its 明细科目, optionally one designation. The opening balance (上年结转) is read from the
// month totals before the year; each month ends with 本月合计 and 本年累计. Red reversal lines keep their
// negative amounts. Balances are debit − credit shown on their side (借/贷/平).
import type { Db } from '../../core/db/connection';
import { AppError } from '../../core/errors';
import { voucherNumber } from '../fund-records';
import type { LedgerBalanceSide, LedgerSheetData, LedgerSheetRow } from '../documents/report-types';

export interface LedgerScope {
  accountId: number;
  designationId: number | null;
  year: number;
}

function sided(balance: number): { side: LedgerBalanceSide; fen: number } {
  if (balance === 0) return { side: 'flat', fen: 0 };
  return balance > 0 ? { side: 'debit', fen: balance } : { side: 'credit', fen: -balance };
}

const accountTree = `WITH RECURSIVE tree(id) AS (
    SELECT id FROM fund_account WHERE id = @accountId
    UNION ALL SELECT a.id FROM fund_account a JOIN tree ON a.parent_id = tree.id)`;

export function ledgerSheetData(db: Db, scope: LedgerScope): LedgerSheetData {
  const account = db.prepare('SELECT code, name FROM fund_account WHERE id = ?').get(scope.accountId) as
    { code: string; name: string } | undefined;
  if (!account)
    throw new AppError('not_found', `会计科目：找不到 id 为 ${scope.accountId} 的科目`, 'accountId');
  let designationName: string | null = null;
  if (scope.designationId !== null) {
    const designation = db
      .prepare('SELECT name FROM fund_designation WHERE id = ?')
      .get(scope.designationId) as { name: string } | undefined;
    if (!designation)
      throw new AppError(
        'not_found',
        `限定用途：找不到 id 为 ${scope.designationId} 的限定用途`,
        'designationId',
      );
    designationName = designation.name;
  }
  const params = {
    accountId: scope.accountId,
    designationId: scope.designationId,
    yearStart: `${scope.year}-01`,
    from: `${scope.year}-01-01`,
    to: `${scope.year}-12-31`,
  };
  const opening = db
    .prepare(
      `${accountTree}
       SELECT coalesce(sum(debit_fen - credit_fen), 0) AS balance FROM fund_period_total
       WHERE account_id IN (SELECT id FROM tree) AND period < @yearStart
         AND (@designationId IS NULL OR designation_id = @designationId)`,
    )
    .get(params) as { balance: number };
  const statement = db.prepare(
    `${accountTree}
     SELECT l.voucher_date AS date, v.period, v.seq, v.kind,
            CASE WHEN l.summary <> '' THEN l.summary ELSE v.summary END AS summary,
            l.debit_fen AS debitFen, l.credit_fen AS creditFen
     FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
     WHERE l.account_id IN (SELECT id FROM tree) AND l.voucher_date BETWEEN @from AND @to
       AND (@designationId IS NULL OR l.designation_id = @designationId)
     ORDER BY l.voucher_date, v.period, v.seq, l.line_no`,
  );
  return {
    year: scope.year,
    account: { code: account.code, name: account.name },
    designationName,
    opening: sided(opening.balance),
    rows: ledgerRows(statement.iterate(params) as Iterable<LineRow>, opening.balance),
  };
}

interface LineRow {
  date: string;
  period: string;
  seq: number;
  kind: string;
  summary: string;
  debitFen: number;
  creditFen: number;
}

function* ledgerRows(lines: Iterable<LineRow>, openingBalance: number): Generator<LedgerSheetRow> {
  let balance = openingBalance;
  let month = '';
  let monthDebit = 0;
  let monthCredit = 0;
  let yearDebit = 0;
  let yearCredit = 0;
  let lastDate = '';
  function* totals(): Generator<LedgerSheetRow> {
    const side = sided(balance);
    const end = lastDate;
    yield {
      type: 'month_total',
      date: end,
      number: '',
      summary: '',
      debitFen: monthDebit,
      creditFen: monthCredit,
      side: side.side,
      balanceFen: side.fen,
      red: false,
    };
    yield {
      type: 'year_total',
      date: end,
      number: '',
      summary: '',
      debitFen: yearDebit,
      creditFen: yearCredit,
      side: side.side,
      balanceFen: side.fen,
      red: false,
    };
  }
  for (const line of lines) {
    const lineMonth = line.date.slice(0, 7);
    if (month !== '' && lineMonth !== month) {
      yield* totals();
      monthDebit = 0;
      monthCredit = 0;
    }
    month = lineMonth;
    lastDate = line.date;
    balance += line.debitFen - line.creditFen;
    monthDebit += line.debitFen;
    monthCredit += line.creditFen;
    yearDebit += line.debitFen;
    yearCredit += line.creditFen;
    const side = sided(balance);
    yield {
      type: 'line',
      date: line.date,
      number: voucherNumber(line.period, line.seq),
      summary: line.summary,
      debitFen: line.debitFen,
      creditFen: line.creditFen,
      side: side.side,
      balanceFen: side.fen,
      red: line.debitFen < 0 || line.creditFen < 0,
    };
  }
  if (month !== '') yield* totals();
}
