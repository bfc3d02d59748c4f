// For the ledger tests: two years of books written with plain SQL (the opening voucher on 2025-01-01,
// several vouchers a day, a 明细科目 under 1002, two designations, red reversals), and a plain
// recomputation of a 明细账 from every line of the account, without the month totals.
import type { LedgerEntry } from '../../../../shared/features/fund/periods/outputs';
import type { TestBackend } from '../../../fixtures/backend';
import {
  addDesignation,
  addSubAccount,
  openFundBooks,
  postRaw,
  type RawLine,
} from '../../../fixtures/fund-periods';

export async function twoYearsOfBooks() {
  const backend = await openFundBooks('2027-01-20T10:00:00+08:00', '2025-01-01');
  const db = backend.db;
  const elderly = addDesignation(db, '助老项目');
  const school = addDesignation(db, '助学项目');
  addSubAccount(db, '1002', '100201', '基本户');
  postRaw(db, {
    kind: 'opening',
    date: '2025-01-01',
    lines: [
      ['1002', null, 5_000_000, 0],
      ['3101', null, 0, 3_000_000],
      ['3102', school, 0, 2_000_000],
    ],
  });
  const pad = (n: number) => String(n).padStart(2, '0');
  let voucher = 0;
  let grant = 0;
  for (const year of [2025, 2026])
    for (let month = 1; month <= 12; month += 1)
      // Some months are empty, some busy; dates repeat so that the voucher number orders a day.
      for (let i = 0; i < ((month * 7 + year) % 5) * 6; i += 1) {
        voucher += 1;
        const date = `${year}-${pad(month)}-${pad(1 + ((i * 11) % 27))}`;
        const fen = 1_000 + ((voucher * 7919) % 50_000);
        const bank = voucher % 4 === 0 ? '100201' : '1002';
        const designation = voucher % 3 === 0 ? elderly : school;
        const lines: RawLine[][] = [
          [
            [bank, null, fen, 0],
            ['4101', designation, 0, fen],
          ],
          [
            ['5101', designation, fen, 0],
            [bank, null, 0, fen],
          ],
          [
            ['3102', designation, fen, 0],
            ['3101', null, 0, fen],
          ],
          // A red reversal: the amounts negative on the original's sides.
          [
            ['5101', designation, -fen, 0],
            [bank, null, 0, -fen],
          ],
        ];
        const reversal = voucher % 4 === 3;
        const id = postRaw(db, {
          kind: reversal ? 'reversal' : 'general',
          date,
          lines: lines[voucher % 4]!,
          ...(reversal ? { reversesId: grant } : {}),
        });
        if (voucher % 4 === 1) grant = id;
      }
  return { backend, elderly, school };
}

interface Scope {
  accountId: number;
  designationId: number | null;
  year: number;
}

interface Line {
  voucherId: number;
  lineNo: number;
  date: string;
  period: string;
  seq: number;
  kind: string;
  summary: string;
  debitFen: number;
  creditFen: number;
}

const sided = (fen: number) => ({
  side: fen > 0 ? ('debit' as const) : fen < 0 ? ('credit' as const) : ('flat' as const),
  fen: Math.abs(fen),
});

/** The whole ledger from every line in date and number order, and the page a slice of it. */
export function recomputedLedger(db: TestBackend['db'], scope: Scope) {
  const all = db
    .prepare(
      `SELECT l.voucher_id AS voucherId, l.line_no AS lineNo, l.voucher_date AS date, v.period, v.seq,
         v.kind, CASE WHEN l.summary <> '' THEN l.summary ELSE v.summary END AS summary,
         l.debit_fen AS debitFen, l.credit_fen AS creditFen
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       JOIN fund_account a ON a.id = l.account_id
       WHERE (a.id = @accountId OR a.parent_id = @accountId)
         AND (@designationId IS NULL OR l.designation_id = @designationId)
       ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no`,
    )
    .all(scope) as Line[];
  const year = String(scope.year);
  const isOpening = (line: Line) => line.kind === 'opening' && line.date.startsWith(year);
  let balance = 0;
  for (const line of all)
    if (line.date < `${year}-01-01` || isOpening(line)) balance += line.debitFen - line.creditFen;
  const opening = balance;
  const lines = all.filter((line) => line.date.startsWith(year) && !isOpening(line));
  // Each line's entry, followed by the month's totals when it is the month's last line.
  const entries: LedgerEntry[][] = [];
  let month = { debit: 0, credit: 0 };
  const yearSum = { debit: 0, credit: 0 };
  lines.forEach((line, i) => {
    balance += line.debitFen - line.creditFen;
    month = { debit: month.debit + line.debitFen, credit: month.credit + line.creditFen };
    yearSum.debit += line.debitFen;
    yearSum.credit += line.creditFen;
    const own: LedgerEntry[] = [
      {
        type: 'line',
        voucherId: line.voucherId,
        lineNo: line.lineNo,
        date: line.date,
        number: `记-${line.period}-${String(line.seq).padStart(4, '0')}`,
        voucherKind: line.kind,
        summary: line.summary,
        debitFen: line.debitFen,
        creditFen: line.creditFen,
        balance: sided(balance),
        red: line.debitFen < 0 || line.creditFen < 0,
      },
    ];
    const m = line.date.slice(0, 7);
    if (lines[i + 1]?.date.slice(0, 7) !== m) {
      own.push({
        type: 'month_total',
        month: m,
        debitFen: month.debit,
        creditFen: month.credit,
        balance: sided(balance),
      });
      own.push({
        type: 'year_total',
        month: m,
        debitFen: yearSum.debit,
        creditFen: yearSum.credit,
        balance: sided(balance),
      });
      month = { debit: 0, credit: 0 };
    }
    entries.push(own);
  });
  return {
    lines,
    opening: sided(opening),
    closing: sided(balance),
    page: (offset: number, limit: number) => entries.slice(offset, offset + limit).flat(),
  };
}
