// 明细账: an account's lines of a year (a parent's include its 明细科目), optionally one designation's,
// with the running balance, 本月合计 and 本年累计 after each month's last line, a page at a time. A page
// reads only its own months' lines: what came before them in the year is taken from the month totals
// (ledger-scope.ts) and the per-month line counts of the index, so a page of an account with 100,000
// lines a year costs one month of lines, not the year.
import type { AccountLedgerPage, LedgerEntry } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { notFound } from '../../core/errors';
import { voucherNumber } from '../fund-records';
import { ledgerYearStart, scopeSql, type LedgerScopeFilter, type MonthTotal } from './ledger-scope';
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

interface MonthSlot extends MonthTotal {
  /** Lines of the month, and of the year before it. */
  count: number;
  before: number;
}

/** The year's months with their line counts (from the index alone), in order. */
function monthSlots(
  db: Db,
  scope: LedgerScopeFilter,
  months: MonthTotal[],
  skipVoucher: number,
): MonthSlot[] {
  const counts = db
    .prepare(
      `SELECT substr(l.voucher_date, 1, 7) AS month, count(*) AS count FROM fund_voucher_line l
       WHERE ${scopeSql(scope, 'l')} AND l.voucher_date BETWEEN ? AND ? AND l.voucher_id <> ?
       GROUP BY month`,
    )
    .all(`${scope.year}-01-01`, `${scope.year}-12-31`, skipVoucher) as { month: string; count: number }[];
  const countOf = new Map(counts.map((c) => [c.month, c.count]));
  let before = 0;
  const slots: MonthSlot[] = [];
  for (const month of months) {
    const count = countOf.get(month.month) ?? 0;
    if (count === 0) continue;
    slots.push({ ...month, count, before });
    before += count;
  }
  return slots;
}

/** The lines from the start of `from`'s month to the page's end, in date and number order. */
function readLines(
  db: Db,
  scope: LedgerScopeFilter,
  from: MonthSlot,
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
    .all(`${from.month}-01`, `${scope.year}-12-31`, skipVoucher, upTo - from.before) as LineRow[];
}

function pageEntries(
  slots: MonthSlot[],
  lines: LineRow[],
  start: { balance: number; yearDebit: number; yearCredit: number; index: number },
  page: { offset: number; end: number },
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let { balance, yearDebit, yearCredit, index } = start;
  let slot = 0;
  while (slots[slot] && slots[slot]!.before + slots[slot]!.count <= index) slot += 1;
  let monthDebit = 0;
  let monthCredit = 0;
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
    const month = slots[slot]!;
    if (index === month.before + month.count - 1) {
      if (onPage) {
        const totals = { month: month.month, balance: sided(balance) };
        entries.push({ type: 'month_total', ...totals, debitFen: monthDebit, creditFen: monthCredit });
        entries.push({ type: 'year_total', ...totals, debitFen: yearDebit, creditFen: yearCredit });
      }
      monthDebit = 0;
      monthCredit = 0;
      slot += 1;
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
  const slots = monthSlots(db, scope, yearStart.months, skipVoucher);
  const total = slots.reduce((sum, slot) => sum + slot.count, 0);
  const end = Math.min(input.offset + input.limit, total);
  let entries: LedgerEntry[] = [];
  if (input.offset < end) {
    // The page's first month, and the balance and year sums brought forward to its start.
    const first = slots.find((slot) => slot.before + slot.count > input.offset)!;
    const start = { balance: yearStart.openingFen, yearDebit: 0, yearCredit: 0, index: first.before };
    for (const slot of slots) {
      if (slot === first) break;
      start.balance += slot.debitFen - slot.creditFen;
      start.yearDebit += slot.debitFen;
      start.yearCredit += slot.creditFen;
    }
    const lines = readLines(db, scope, first, end, skipVoucher);
    entries = pageEntries(slots, lines, start, { offset: input.offset, end });
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
