// 凭证列表 through fund.vouchers: its count and Σ 借方 (from the month totals when only dates and state
// filter it) equal a plain recomputation over every voucher and its lines, for each filter, with drafts,
// submitted vouchers and red reversals among them; rows come newest first.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';

let backend: TestBackend;
afterEach(() => backend?.dispose());

/** Count and Σ debit from each voucher's own lines (a reversal awaiting review: its original's, negated),
 * LIKE on its date. */
function plain(db: TestBackend['db'], where: string, params: Record<string, unknown>) {
  return db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(CASE WHEN v.state = 'posted'
         THEN (SELECT coalesce(sum(debit_fen), 0) FROM fund_voucher_line WHERE voucher_id = v.id)
         WHEN v.kind = 'reversal'
         THEN -(SELECT coalesce(sum(debit_fen), 0) FROM fund_voucher_line WHERE voucher_id = v.reverses_id)
         ELSE (SELECT coalesce(sum(debit_fen), 0) FROM fund_draft_line WHERE voucher_id = v.id) END), 0)
         AS debitTotalFen
       FROM fund_voucher v WHERE ${where}`,
    )
    .get(params) as { count: number; debitTotalFen: number };
}

async function books() {
  backend = await openFundBooks();
  const { spend } = seedYear(backend);
  const db = backend.db;
  postRaw(db, {
    kind: 'reversal',
    reversesId: spend,
    date: '2026-03-28',
    lines: [
      ['5101', null, -40_000, 0],
      ['1002', null, 0, -40_000],
    ],
  });
  for (const [state, date, fen] of [
    ['draft', '2026-03-12', 7_000],
    ['submitted', '2026-03-30', 9_100],
    ['draft', '2026-05-02', 300],
    ['submitted', '2025-12-31', 1_200],
  ] as const)
    postRaw(db, {
      state,
      date,
      lines: [
        ['5201', null, fen, 0],
        ['1002', null, 0, fen],
      ],
    });
}

describe('the voucher list (凭证列表)', () => {
  it('counts and totals every filter as a plain sum over the vouchers and their lines', async () => {
    await books();
    const filters: [Record<string, unknown>, string, Record<string, unknown>][] = [
      [{ period: '2026-03' }, "v.voucher_date LIKE '2026-03-%'", {}],
      [{ period: '2026-03', state: 'posted' }, "v.voucher_date LIKE '2026-03-%' AND v.state = 'posted'", {}],
      [{ period: '2026-03', state: 'draft' }, "v.voucher_date LIKE '2026-03-%' AND v.state = 'draft'", {}],
      [{ year: 2026 }, "v.voucher_date LIKE '2026-%'", {}],
      [{ year: 2025 }, "v.voucher_date LIKE '2025-%'", {}],
      [{ year: 2026, period: '2025-12' }, '0', {}],
      [{}, '1', {}],
      [{ state: 'submitted' }, "v.state = 'submitted'", {}],
      [
        { period: '2026-03', kind: 'reversal' },
        "v.voucher_date LIKE '2026-03-%' AND v.kind = 'reversal'",
        {},
      ],
      [{ search: '记-2026-03' }, "v.seq IS NOT NULL AND v.period = '2026-03'", {}],
    ];
    for (const [input, where, params] of filters) {
      const page = await backend.call('fund.vouchers', input);
      expect({ input, count: page.count, debitTotalFen: page.debitTotalFen }).toEqual({
        input,
        ...plain(backend.db, where, params),
      });
    }
    const march = await backend.call('fund.vouchers', { period: '2026-03' });
    // Σ 借方 of March: 30,000 + 40,000 + 40,000 posted, −40,000 reversed, 7,000 + 9,100 not yet posted.
    expect(march.debitTotalFen).toBe(86_100);
    expect(march.rows.map((row) => [row.date, row.number, row.state, row.debitTotalFen])).toEqual([
      ['2026-03-30', null, 'submitted', 9_100],
      ['2026-03-28', '记-2026-03-0004', 'posted', -40_000],
      ['2026-03-20', '记-2026-03-0003', 'posted', 40_000],
      ['2026-03-20', '记-2026-03-0002', 'posted', 40_000],
      ['2026-03-12', null, 'draft', 7_000],
      ['2026-03-05', '记-2026-03-0001', 'posted', 30_000],
    ]);
    const second = await backend.call('fund.vouchers', { period: '2026-03', offset: 2, limit: 2 });
    expect(second).toMatchObject({ count: 6, debitTotalFen: 86_100 });
    expect(second.rows.map((row) => row.number)).toEqual(['记-2026-03-0003', '记-2026-03-0002']);
  });
});
