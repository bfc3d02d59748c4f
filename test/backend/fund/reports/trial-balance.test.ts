// 科目余额表 through fund.trialBalance, against an independent sum of fund_voucher_line in plain SQL. The
// fund's opening voucher (2026-01-01) is 期初余额 in every range that starts at or before its month, never
// 本期发生额.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { openFundBooks } from '../../../fixtures/fund-periods';
import { seededBooks } from './report-seed';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const pad = (n: number) => String(n).padStart(2, '0');

/** Per account (parents with their 明细科目): the opening voucher's lines count as opening balance. */
function independent(db: TestBackend['db'], year: number, fromMonth: number, toMonth: number) {
  return db
    .prepare(
      `SELECT a.code,
         coalesce(sum(CASE WHEN l.voucher_date < @from OR (v.kind = 'opening' AND l.voucher_date <= @to)
           THEN l.debit_fen - l.credit_fen END), 0) AS opening,
         coalesce(sum(CASE WHEN l.voucher_date BETWEEN @from AND @to AND v.kind <> 'opening'
           THEN l.debit_fen END), 0) AS debit,
         coalesce(sum(CASE WHEN l.voucher_date BETWEEN @from AND @to AND v.kind <> 'opening'
           THEN l.credit_fen END), 0) AS credit
       FROM fund_account a
       LEFT JOIN fund_account c ON c.id = a.id OR c.parent_id = a.id
       LEFT JOIN fund_voucher_line l ON l.account_id = c.id AND l.voucher_date <= @to
       LEFT JOIN fund_voucher v ON v.id = l.voucher_id
       GROUP BY a.id ORDER BY a.code`,
    )
    .all({ from: `${year}-${pad(fromMonth)}-01`, to: `${year}-${pad(toMonth)}-31` }) as {
    code: string;
    opening: number;
    debit: number;
    credit: number;
  }[];
}

describe('the trial balance (科目余额表)', () => {
  it('equals an independent sum of the posted lines, for every account and range', async () => {
    ({ backend } = await seededBooks());
    const ranges = [
      [1, 12],
      [1, 1],
      [2, 4],
      [3, 4],
      [4, 4],
    ] as const;
    for (const [fromMonth, toMonth] of ranges) {
      const tb = await backend.call('fund.trialBalance', { year: 2026, fromMonth, toMonth });
      expect(tb.balanced).toBe(true);
      expect(
        tb.rows.map((r) => ({
          code: r.code,
          opening: r.openingDebitFen - r.openingCreditFen,
          debit: r.periodDebitFen,
          credit: r.periodCreditFen,
          closing: r.closingDebitFen - r.closingCreditFen,
        })),
      ).toEqual(
        independent(backend.db, 2026, fromMonth, toMonth).map((r) => ({
          ...r,
          closing: r.opening + r.debit - r.credit,
        })),
      );
    }
    const tb = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 12 });
    expect(tb.rows.find((r) => r.code === '5201')).toMatchObject({
      level: 1,
      leaf: false,
      periodDebitFen: 2_000,
    });
    expect(tb.rows.find((r) => r.code === '520101')).toMatchObject({
      level: 2,
      leaf: true,
      periodDebitFen: 2_000,
    });
    expect(tb.totals.closingDebitFen).toBe(tb.totals.closingCreditFen);
  });

  it('shows the opening voucher as 期初余额 of January, not as its 本期发生额', async () => {
    ({ backend } = await seededBooks());
    const january = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 1 });
    const row = (code: string) => january.rows.find((r) => r.code === code)!;
    expect(row('1002')).toMatchObject({
      openingDebitFen: 1_000_000,
      periodDebitFen: 0,
      periodCreditFen: 0,
      closingDebitFen: 1_000_000,
    });
    expect(row('3101')).toMatchObject({ openingCreditFen: 800_000, periodCreditFen: 0 });
    expect(row('3102')).toMatchObject({ openingCreditFen: 200_000, periodCreditFen: 0 });
    expect(january.totals).toEqual({
      openingDebitFen: 1_000_000,
      openingCreditFen: 1_000_000,
      periodDebitFen: 0,
      periodCreditFen: 0,
      closingDebitFen: 1_000_000,
      closingCreditFen: 1_000_000,
    });
    expect(january.balanced).toBe(true);
    // The year: 本期发生额 holds the movements only (Σ 借 = 50,000 + 30,000 + 40,000 + 40,000 + 500 + 2,000 − 500).
    const year = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 12 });
    expect(year.totals.openingDebitFen).toBe(1_000_000);
    expect(year.totals.periodDebitFen).toBe(162_000);
    expect(year.totals.periodCreditFen).toBe(162_000);
    // The next year carries it forward as any balance.
    const next = await backend.call('fund.trialBalance', { year: 2027, fromMonth: 1, toMonth: 1 });
    expect(next.rows.find((r) => r.code === '1002')?.openingDebitFen).toBe(1_040_000);
  });

  it('refuses a range whose end is before its start', async () => {
    backend = await openFundBooks();
    const result = await backend.send('fund.trialBalance', { year: 2026, fromMonth: 5, toMonth: 3 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '截止月份：不能早于起始月份' },
    });
  });
});
