// 明细账: an account's lines of a year (a parent's include its 明细科目), optionally one designation's,
// with the running balance, 本月合计 and 本年累计 after each month's last line, a page at a time.
import type {
  AccountLedgerPage,
  LedgerEntry,
  LedgerLineEntry,
} from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { notFound } from '../../core/errors';
import { voucherNumber } from '../fund-records';
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
  const ids = accountAndDescendants(accounts, account.id);
  const idList = ids.join(',');
  const designationFilter = designation ? 'AND l.designation_id = @designationId' : '';
  const start = `${input.year}-01-01`;
  const end = `${input.year}-12-31`;
  const params = { start, end, designationId: designation?.id ?? null };
  const opening = (
    db
      .prepare(
        // From the month totals kept by trigger (period = the month of voucher_date), not the lines.
        `SELECT coalesce(sum(t.debit_fen - t.credit_fen), 0) AS net FROM fund_period_total t
         WHERE t.account_id IN (${idList}) AND t.period < @startMonth
         ${designation ? 'AND t.designation_id = @designationId' : ''}`,
      )
      .get({ startMonth: `${input.year}-01`, designationId: designation?.id ?? null }) as { net: number }
  ).net;
  const lines = db
    .prepare(
      `SELECT l.voucher_id AS voucherId, l.line_no AS lineNo, l.voucher_date AS date, v.period, v.seq,
         v.kind AS voucherKind, CASE WHEN l.summary <> '' THEN l.summary ELSE v.summary END AS summary,
         l.debit_fen AS debitFen, l.credit_fen AS creditFen
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       WHERE l.account_id IN (${idList}) AND l.voucher_date BETWEEN @start AND @end ${designationFilter}
       ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no`,
    )
    .all(params) as LineRow[];

  const entries: LedgerEntry[] = [];
  let balance = opening;
  let monthDebit = 0;
  let monthCredit = 0;
  let yearDebit = 0;
  let yearCredit = 0;
  const pageEnd = input.offset + input.limit;
  lines.forEach((line, i) => {
    balance += line.debitFen - line.creditFen;
    monthDebit += line.debitFen;
    monthCredit += line.creditFen;
    yearDebit += line.debitFen;
    yearCredit += line.creditFen;
    const onPage = i >= input.offset && i < pageEnd;
    if (onPage) {
      const entry: LedgerLineEntry = {
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
      };
      entries.push(entry);
    }
    const next = lines[i + 1];
    const month = line.date.slice(0, 7);
    if (!next || next.date.slice(0, 7) !== month) {
      if (onPage) {
        entries.push({
          type: 'month_total',
          month,
          debitFen: monthDebit,
          creditFen: monthCredit,
          balance: sided(balance),
        });
        entries.push({
          type: 'year_total',
          month,
          debitFen: yearDebit,
          creditFen: yearCredit,
          balance: sided(balance),
        });
      }
      monthDebit = 0;
      monthCredit = 0;
    }
  });
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
    opening: sided(opening),
    entries,
    total: lines.length,
    offset: input.offset,
    limit: input.limit,
    closing: sided(balance),
  };
}
