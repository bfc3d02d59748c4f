// 明细账: an account's lines of a year (a parent's include its 明细科目), optionally one designation's,
// with the running balance, 本月合计 and 本年累计 after each month's last line, a page at a time. A page
// reads only its own lines: the index gives the lines' count per day (which day the page starts on), the
// month totals (ledger-scope.ts) the balance at the start of that month, and a sum of the amounts of the
// month's earlier days the rest, so a page of an account with 100,000 lines a year stays a page.
import type { AccountLedgerPage, LedgerEntry } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { notFound } from '../../core/errors';
import { voucherNumber } from '../fund-records';
import { ledgerYearStart, scopeSql, type LedgerScopeFilter, type LedgerYearStart } from './ledger-scope';
import { accountAndDescendants, reportAccounts, sided } from './report-accounts';

export interface AccountLedgerInput {
  accountId: number;
  designationId: number | null;
  year: number;
  offset: number;
  limit: number;
}

interface LineRow {
  voucherId: number;
  lineNo: number;
  date: string;
  period: string;
  seq: number;
  voucherKind: string;
  summary: string;
  debitFen: number;
  creditFen: number;
}

interface DaySlot {
  date: string;
  /** Lines of the day, and of the year before it. */
  count: number;
  before: number;
}

/** The year's days with lines and their counts, from the index alone (no line is read). */
function daySlots(db: Db, scope: LedgerScopeFilter, start: LedgerYearStart): DaySlot[] {
  const counts = db
    .prepare(
      `SELECT l.voucher_date AS date, count(*) AS count FROM fund_voucher_line l
       WHERE ${scopeSql(scope, 'l')} AND l.voucher_date BETWEEN ? AND ?
       GROUP BY l.voucher_date ORDER BY l.voucher_date`,
    )
    .all(`${scope.year}-01-01`, `${scope.year}-12-31`) as { date: string; count: number }[];
  let before = 0;
  const slots: DaySlot[] = [];
  for (const day of counts) {
    // The opening voucher's lines are 期初余额, not lines of its day.
    const count = day.count - (day.date === start.openingVoucherDate ? start.openingVoucherLines : 0);
    if (count === 0) continue;
    slots.push({ date: day.date, count, before });
    before += count;
  }
  return slots;
}

interface Carried {
  balance: number;
  monthDebit: number;
  monthCredit: number;
  yearDebit: number;
  yearCredit: number;
}

/** Balance and sums at the start of `date`: months before from the month totals, its month's days from
 * the lines' amounts alone. */
function carriedTo(db: Db, scope: LedgerScopeFilter, start: LedgerYearStart, date: string): Carried {
  const carried = { balance: start.openingFen, monthDebit: 0, monthCredit: 0, yearDebit: 0, yearCredit: 0 };
  const month = date.slice(0, 7);
  for (const total of start.months) {
    if (total.month >= month) break;
    carried.balance += total.debitFen - total.creditFen;
    carried.yearDebit += total.debitFen;
    carried.yearCredit += total.creditFen;
  }
  const within = db
    .prepare(
      `SELECT coalesce(sum(l.debit_fen), 0) AS debitFen, coalesce(sum(l.credit_fen), 0) AS creditFen
       FROM fund_voucher_line l WHERE ${scopeSql(scope, 'l')} AND l.voucher_date >= ? AND l.voucher_date < ?
         AND l.voucher_id <> ?`,
    )
    .get(`${month}-01`, date, start.openingVoucherId ?? 0) as { debitFen: number; creditFen: number };
  carried.balance += within.debitFen - within.creditFen;
  carried.monthDebit = within.debitFen;
  carried.monthCredit = within.creditFen;
  carried.yearDebit += within.debitFen;
  carried.yearCredit += within.creditFen;
  return carried;
}

/** The lines from the start of `from` to the page's end, in date and number order. */
function readLines(
  db: Db,
  scope: LedgerScopeFilter,
  from: DaySlot,
  upTo: number,
  skipVoucher: number,
): LineRow[] {
  return db
    .prepare(
      `SELECT l.voucher_id AS voucherId, l.line_no AS lineNo, l.voucher_date AS date, v.period, v.seq,
         v.kind AS voucherKind, CASE WHEN l.summary <> '' THEN l.summary ELSE v.summary END AS summary,
         l.debit_fen AS debitFen, l.credit_fen AS creditFen
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       WHERE ${scopeSql(scope, 'l')} AND l.voucher_date BETWEEN ? AND ? AND l.voucher_id <> ?
       ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no LIMIT ?`,
    )
    .all(from.date, `${scope.year}-12-31`, skipVoucher, upTo - from.before) as LineRow[];
}

/** The index of each month's last line in the year. */
function monthEnds(slots: DaySlot[]): Map<string, number> {
  const ends = new Map<string, number>();
  for (const slot of slots) ends.set(slot.date.slice(0, 7), slot.before + slot.count - 1);
  return ends;
}

function pageEntries(
  lines: LineRow[],
  ends: Map<string, number>,
  carried: Carried,
  page: { first: number; offset: number; end: number },
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let { balance, monthDebit, monthCredit, yearDebit, yearCredit } = carried;
  let index = page.first;
  for (const line of lines) {
    balance += line.debitFen - line.creditFen;
    monthDebit += line.debitFen;
    monthCredit += line.creditFen;
    yearDebit += line.debitFen;
    yearCredit += line.creditFen;
    const onPage = index >= page.offset && index < page.end;
    if (onPage)
      entries.push({
        type: 'line',
        voucherId: line.voucherId,
        lineNo: line.lineNo,
        date: line.date,
        number: voucherNumber(line.period, line.seq),
        voucherKind: line.voucherKind,
        summary: line.summary,
        debitFen: line.debitFen,
        creditFen: line.creditFen,
        balance: sided(balance),
        red: line.debitFen < 0 || line.creditFen < 0,
      });
    const month = line.date.slice(0, 7);
    if (index === ends.get(month)) {
      if (onPage) {
        const totals = { month, balance: sided(balance) };
        entries.push({ type: 'month_total', ...totals, debitFen: monthDebit, creditFen: monthCredit });
        entries.push({ type: 'year_total', ...totals, debitFen: yearDebit, creditFen: yearCredit });
      }
      monthDebit = 0;
      monthCredit = 0;
    }
    index += 1;
  }
  return entries;
}

export function accountLedger(db: Db, input: AccountLedgerInput): AccountLedgerPage {
  const accounts = reportAccounts(db);
  const account = accounts.find((a) => a.id === input.accountId);
  if (!account) throw notFound('会计科目');
  let designation: { id: number; name: string } | null = null;
  if (input.designationId !== null) {
    designation =
      (db.prepare('SELECT id, name FROM fund_designation WHERE id = ?').get(input.designationId) as
        { id: number; name: string } | undefined) ?? null;
    if (!designation) throw notFound('限定用途');
  }
  const scope: LedgerScopeFilter = {
    accountIds: accountAndDescendants(accounts, account.id),
    designationId: designation?.id ?? null,
    year: input.year,
  };
  const yearStart = ledgerYearStart(db, scope);
  const skipVoucher = yearStart.openingVoucherId ?? 0;
  const slots = daySlots(db, scope, yearStart);
  const total = slots.reduce((sum, slot) => sum + slot.count, 0);
  const end = Math.min(input.offset + input.limit, total);
  let entries: LedgerEntry[] = [];
  if (input.offset < end) {
    // The page's first day, and the balance and sums brought forward to its start.
    const first = slots.find((slot) => slot.before + slot.count > input.offset)!;
    const carried = carriedTo(db, scope, yearStart, first.date);
    const lines = readLines(db, scope, first, end, skipVoucher);
    const page = { first: first.before, offset: input.offset, end };
    entries = pageEntries(lines, monthEnds(slots), carried, page);
  }
  const closing = yearStart.months.reduce(
    (balance, month) => balance + month.debitFen - month.creditFen,
    yearStart.openingFen,
  );
  return {
    account: {
      id: account.id,
      code: account.code,
      name: account.name,
      normalSide: account.normalSide,
      leaf: account.leaf,
    },
    designation,
    year: input.year,
    opening: sided(yearStart.openingFen),
    entries,
    total,
    offset: input.offset,
    limit: input.limit,
    closing: sided(closing),
  };
}
