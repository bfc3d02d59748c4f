// 明细账 through fund.ledger: the running balance with month and year totals, red reversals negative, the
// opening voucher as 期初余额 (not a line), and pages that read only their own months, checked against a
// plain recomputation from every line of the account for the first, a middle and the last page.
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../../shared/features/fund/periods/outputs';
import type { TestBackend } from '../../../fixtures/backend';
import { accountId } from '../../../fixtures/fund-periods';
import { recomputedLedger, twoYearsOfBooks } from './ledger-reference';
import { seededBooks } from './report-seed';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('the ledger (明细账)', () => {
  it('runs the balance line by line with month and year totals, red reversals negative, a page at a time', async () => {
    ({ backend } = await seededBooks());
    const bank = accountId(backend.db, '1002');
    const whole = await backend.call('fund.ledger', { accountId: bank, year: 2026, offset: 0, limit: 100 });
    // The opening voucher of 2026-01-01 is the 期初余额, not a movement of January.
    expect(whole.opening).toEqual({ side: 'debit', fen: 1_000_000 });
    expect(whole.total).toBe(5);
    const lines = whole.entries.filter((e) => e.type === 'line');
    expect(lines.map((e) => [e.date, e.debitFen, e.creditFen, e.balance.side, e.balance.fen, e.red])).toEqual(
      [
        ['2026-02-10', 50_000, 0, 'debit', 1_050_000, false],
        ['2026-03-05', 30_000, 0, 'debit', 1_080_000, false],
        ['2026-03-20', 0, 40_000, 'debit', 1_040_000, false],
        ['2026-04-02', 0, 500, 'debit', 1_039_500, false],
        ['2026-04-30', 0, -500, 'debit', 1_040_000, true],
      ],
    );
    const totals = whole.entries.filter((e) => e.type !== 'line');
    expect(totals.map((e) => [e.type, e.month, e.debitFen, e.creditFen])).toEqual([
      ['month_total', '2026-02', 50_000, 0],
      ['year_total', '2026-02', 50_000, 0],
      ['month_total', '2026-03', 30_000, 40_000],
      ['year_total', '2026-03', 80_000, 40_000],
      ['month_total', '2026-04', 0, 0],
      ['year_total', '2026-04', 80_000, 40_000],
    ]);
    expect(whole.closing).toEqual({ side: 'debit', fen: 1_040_000 });

    const page = await backend.call('fund.ledger', { accountId: bank, year: 2026, offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.entries.map((e) => (e.type === 'line' ? e.date : e.type))).toEqual([
      '2026-03-05',
      '2026-03-20',
      'month_total',
      'year_total',
    ]);
    const first = page.entries[0];
    expect(first?.type === 'line' && first.balance.fen).toBe(1_080_000);
    expect(first?.type === 'line' && first.number).toBe('记-2026-03-0001');
    const past = await backend.call('fund.ledger', { accountId: bank, year: 2026, offset: 5, limit: 2 });
    expect(past).toMatchObject({ total: 5, entries: [], closing: { side: 'debit', fen: 1_040_000 } });
  });

  it('a parent includes its sub-accounts; a designation narrows to its lines', async () => {
    const seed = await seededBooks();
    backend = seed.backend;
    const admin = await backend.call('fund.ledger', { accountId: accountId(backend.db, '5201'), year: 2026 });
    expect(admin.total).toBe(3);
    expect(admin.closing).toEqual({ side: 'debit', fen: 2_000 });
    const restricted = await backend.call('fund.ledger', {
      accountId: accountId(backend.db, '3102'),
      designationId: seed.elderly,
      year: 2026,
    });
    expect(restricted.designation).toEqual({ id: seed.elderly, name: '助老项目' });
    expect(restricted.opening).toEqual({ side: 'credit', fen: 200_000 });
    expect(restricted.total).toBe(1);
    expect(restricted.closing).toEqual({ side: 'credit', fen: 160_000 });
    const next = await backend.call('fund.ledger', { accountId: accountId(backend.db, '1002'), year: 2027 });
    expect(next.opening).toEqual({ side: 'debit', fen: 1_040_000 });
    expect(next.entries).toEqual([]);
    expect(next.closing).toEqual({ side: 'debit', fen: 1_040_000 });
  });

  it('every page equals a plain recomputation from all the lines, with and without a designation', async () => {
    const books = await twoYearsOfBooks();
    backend = books.backend;
    const scopes = [
      { accountId: accountId(backend.db, '1002'), designationId: null },
      { accountId: accountId(backend.db, '3102'), designationId: books.school },
      { accountId: accountId(backend.db, '5101'), designationId: books.elderly },
      { accountId: accountId(backend.db, '5101'), designationId: null },
    ];
    let pagesChecked = 0;
    for (const year of [2025, 2026])
      for (const scope of scopes) {
        const reference = recomputedLedger(backend.db, { ...scope, year });
        const total = reference.lines.length;
        expect(total).toBeGreaterThan(20);
        const limit = 7;
        const middle = Math.floor(total / 2) - 3;
        for (const offset of [0, middle, total - 5, total]) {
          const page = await backend.call('fund.ledger', { ...scope, year, offset, limit });
          expect(page.total).toBe(total);
          expect(page.opening).toEqual(reference.opening);
          expect(page.closing).toEqual(reference.closing);
          expect(page.entries).toEqual<LedgerEntry[]>(reference.page(offset, limit));
          pagesChecked += 1;
        }
      }
    expect(pagesChecked).toBe(32);
  });
});
