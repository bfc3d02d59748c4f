// The fund's reports through their channels, on vouchers written with plain SQL: the trial balance
// against an independent sum of the lines, the ledger's running balance and paging, the 业务活动表 and
// the 资产负债表 balancing, the designations and the donation income.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { accountId, addSubAccount, openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function seeded() {
  backend = await openFundBooks();
  const seed = seedYear(backend);
  const sub = addSubAccount(backend.db, '5201', '520101', '办公费');
  postRaw(backend.db, {
    date: '2026-04-18',
    lines: [
      ['520101', null, 2_000, 0],
      ['1001', null, 0, 2_000],
    ],
  });
  // A red reversal of the April bank charge.
  const charge = backend.db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'bank_charge'`).get() as {
    id: number;
  };
  postRaw(backend.db, {
    kind: 'reversal',
    reversesId: charge.id,
    date: '2026-04-30',
    lines: [
      ['5201', null, -500, 0],
      ['1002', null, 0, -500],
    ],
  });
  return { ...seed, sub };
}

describe('the trial balance (科目余额表)', () => {
  it('equals an independent sum of the posted lines, for every account and range', async () => {
    await seeded();
    for (const [fromMonth, toMonth] of [
      [1, 12],
      [3, 4],
      [4, 4],
    ] as const) {
      const tb = await backend.call('fund.trialBalance', { year: 2026, fromMonth, toMonth });
      expect(tb.balanced).toBe(true);
      const from = `2026-${String(fromMonth).padStart(2, '0')}-01`;
      const to = `2026-${String(toMonth).padStart(2, '0')}-31`;
      const independent = backend.db
        .prepare(
          `SELECT a.code,
             coalesce(sum(CASE WHEN l.voucher_date < @from THEN l.debit_fen - l.credit_fen END), 0) AS opening,
             coalesce(sum(CASE WHEN l.voucher_date BETWEEN @from AND @to THEN l.debit_fen END), 0) AS debit,
             coalesce(sum(CASE WHEN l.voucher_date BETWEEN @from AND @to THEN l.credit_fen END), 0) AS credit
           FROM fund_account a
           LEFT JOIN fund_account c ON c.id = a.id OR c.parent_id = a.id
           LEFT JOIN fund_voucher_line l ON l.account_id = c.id AND l.voucher_date <= @to
           GROUP BY a.id ORDER BY a.code`,
        )
        .all({ from, to }) as { code: string; opening: number; debit: number; credit: number }[];
      expect(
        tb.rows.map((r) => ({
          code: r.code,
          opening: r.openingDebitFen - r.openingCreditFen,
          debit: r.periodDebitFen,
          credit: r.periodCreditFen,
          closing: r.closingDebitFen - r.closingCreditFen,
        })),
      ).toEqual(independent.map((r) => ({ ...r, closing: r.opening + r.debit - r.credit })));
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

  it('refuses a range whose end is before its start', async () => {
    backend = await openFundBooks();
    const result = await backend.send('fund.trialBalance', { year: 2026, fromMonth: 5, toMonth: 3 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '截止月份：不能早于起始月份' },
    });
  });
});

describe('the ledger (明细账)', () => {
  it('runs the balance line by line with month and year totals, red reversals negative, a page at a time', async () => {
    await seeded();
    const bank = accountId(backend.db, '1002');
    const whole = await backend.call('fund.ledger', { accountId: bank, year: 2026, offset: 0, limit: 100 });
    expect(whole.opening).toEqual({ side: 'flat', fen: 0 });
    expect(whole.total).toBe(6);
    const lines = whole.entries.filter((e) => e.type === 'line');
    expect(lines.map((e) => [e.date, e.debitFen, e.creditFen, e.balance.side, e.balance.fen, e.red])).toEqual(
      [
        ['2026-01-01', 1_000_000, 0, 'debit', 1_000_000, false],
        ['2026-02-10', 50_000, 0, 'debit', 1_050_000, false],
        ['2026-03-05', 30_000, 0, 'debit', 1_080_000, false],
        ['2026-03-20', 0, 40_000, 'debit', 1_040_000, false],
        ['2026-04-02', 0, 500, 'debit', 1_039_500, false],
        ['2026-04-30', 0, -500, 'debit', 1_040_000, true],
      ],
    );
    const totals = whole.entries.filter((e) => e.type !== 'line');
    expect(totals.map((e) => [e.type, e.month, e.debitFen, e.creditFen])).toEqual([
      ['month_total', '2026-01', 1_000_000, 0],
      ['year_total', '2026-01', 1_000_000, 0],
      ['month_total', '2026-02', 50_000, 0],
      ['year_total', '2026-02', 1_050_000, 0],
      ['month_total', '2026-03', 30_000, 40_000],
      ['year_total', '2026-03', 1_080_000, 40_000],
      ['month_total', '2026-04', 0, 0],
      ['year_total', '2026-04', 1_080_000, 40_000],
    ]);
    expect(whole.closing).toEqual({ side: 'debit', fen: 1_040_000 });

    const page = await backend.call('fund.ledger', { accountId: bank, year: 2026, offset: 2, limit: 2 });
    expect(page.total).toBe(6);
    expect(page.entries.map((e) => (e.type === 'line' ? e.date : e.type))).toEqual([
      '2026-03-05',
      '2026-03-20',
      'month_total',
      'year_total',
    ]);
    const first = page.entries[0];
    expect(first?.type === 'line' && first.balance.fen).toBe(1_080_000);
    expect(first?.type === 'line' && first.number).toBe('记-2026-03-0001');
  });

  it('a parent includes its sub-accounts; a designation narrows to its lines', async () => {
    const { elderly } = await seeded();
    const admin = await backend.call('fund.ledger', { accountId: accountId(backend.db, '5201'), year: 2026 });
    expect(admin.total).toBe(3);
    expect(admin.closing).toEqual({ side: 'debit', fen: 2_000 });
    const restricted = await backend.call('fund.ledger', {
      accountId: accountId(backend.db, '3102'),
      designationId: elderly,
      year: 2026,
    });
    expect(restricted.designation).toEqual({ id: elderly, name: '助老项目' });
    expect(restricted.closing).toEqual({ side: 'credit', fen: 160_000 });
    const next = await backend.call('fund.ledger', { accountId: accountId(backend.db, '1002'), year: 2027 });
    expect(next.opening).toEqual({ side: 'debit', fen: 1_040_000 });
    expect(next.entries).toEqual([]);
  });
});

describe('业务活动表 and 资产负债表', () => {
  it('the activity statement splits income by restriction and shows the release', async () => {
    await seeded();
    const statement = await backend.call('fund.activityStatement', { year: 2026 });
    const rows = Object.fromEntries(
      statement.rows.map((r) => [r.key, [r.unrestrictedFen, r.restrictedFen, r.totalFen]]),
    );
    expect(rows.income_4101).toEqual([50_000, 30_000, 80_000]);
    expect(rows.income_total).toEqual([50_000, 30_000, 80_000]);
    expect(rows.expense_5101).toEqual([40_000, 0, 40_000]);
    expect(rows.expense_5201).toEqual([2_000, 0, 2_000]);
    expect(rows.expense_total).toEqual([42_000, 0, 42_000]);
    expect(rows.release).toEqual([40_000, -40_000, 0]);
    expect(rows.change).toEqual([48_000, -10_000, 38_000]);
    const march = await backend.call('fund.activityStatement', { year: 2026, toMonth: 2 });
    expect(march.rows.find((r) => r.key === 'change')?.totalFen).toBe(50_000);
  });

  it('the balance sheet balances in both columns, before and after the year-end close', async () => {
    await seeded();
    const sheet = await backend.call('fund.balanceSheet', { year: 2026, month: 4 });
    expect(sheet.balanced).toBe(true);
    expect(sheet.asOf).toBe('2026-04-30');
    const value = (key: string) =>
      [...sheet.assets, ...sheet.liabilitiesAndNetAssets].find((r) => r.key === key)?.closingFen;
    expect(value('cash')).toBe(1_038_000);
    expect(value('assets_total')).toBe(1_038_000);
    expect(value('unrestricted')).toBe(848_000);
    expect(value('restricted')).toBe(190_000);
    expect(value('total')).toBe(1_038_000);
    for (let m = 1; m <= 12; m += 1)
      await backend.as('approver').call('fund.closeMonth', { month: `2026-${String(m).padStart(2, '0')}` });
    const december = await backend.call('fund.balanceSheet', { year: 2026, month: 12 });
    expect(december.balanced).toBe(true);
    const next = await backend.call('fund.balanceSheet', { year: 2027, month: 1 });
    expect(next.balanced).toBe(true);
    const rows = Object.fromEntries(
      next.liabilitiesAndNetAssets.map((r) => [r.key, [r.openingFen, r.closingFen]]),
    );
    expect(rows.unrestricted).toEqual([848_000, 848_000]);
    expect(rows.restricted).toEqual([190_000, 190_000]);
  });
});

describe('designations, donation income and the dashboard', () => {
  it('per designation: opening, received, used, released and available', async () => {
    const { elderly } = await seeded();
    const report = await backend.call('fund.designationReport', { year: 2026 });
    expect(report.rows).toEqual([
      expect.objectContaining({
        designationId: elderly,
        openingAvailableFen: 0,
        receivedFen: 230_000,
        usedFen: 40_000,
        releasedFen: 40_000,
        liftedFen: 0,
        closingAvailableFen: 190_000,
      }),
    ]);
    const next = await backend.call('fund.designationReport', { year: 2027 });
    expect(next.rows[0]).toMatchObject({
      openingAvailableFen: 190_000,
      receivedFen: 0,
      closingAvailableFen: 190_000,
    });
  });

  it('lists each donation with donor, designation and 票据, refunds negative', async () => {
    backend = await openFundBooks();
    const { elderly } = seedYear(backend);
    const donor = Number(
      backend.db
        .prepare(
          `INSERT INTO fund_donor (kind, name, anonymous, published_name, created_at, updated_at)
           VALUES ('person', '张三', 1, '爱心人士', '2026-01-01', '2026-01-01')`,
        )
        .run().lastInsertRowid,
    );
    const donation = (date: string, amount: number, designation: number | null, receipt: string) =>
      Number(
        backend.db
          .prepare(
            `INSERT INTO fund_donation (donor_id, donation_date, amount_fen, channel, designation_id, receipt_code,
               receipt_number, receipt_date, created_at, updated_at)
             VALUES (?, ?, ?, 'bank_transfer', ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
          )
          .run(donor, date, amount, designation, receipt ? '110101' : '', receipt, receipt ? date : null)
          .lastInsertRowid,
      );
    const first = donation('2026-05-06', 10_000, null, '00012345');
    const second = donation('2026-05-08', 6_000, elderly, '');
    postRaw(backend.db, {
      kind: 'donation',
      donationId: first,
      date: '2026-05-06',
      lines: [
        ['1002', null, 10_000, 0],
        ['4101', null, 0, 10_000],
      ],
    });
    postRaw(backend.db, {
      kind: 'donation',
      donationId: second,
      date: '2026-05-08',
      lines: [
        ['1002', null, 6_000, 0],
        ['4101', elderly, 0, 6_000],
      ],
    });
    postRaw(backend.db, {
      kind: 'refund',
      donationId: second,
      date: '2026-05-20',
      lines: [
        ['4101', elderly, 1_000, 0],
        ['1002', null, 0, 1_000],
      ],
    });
    const report = await backend.call('fund.donationIncome', { year: 2026, fromMonth: 5, toMonth: 5 });
    expect(
      report.rows.map((r) => [
        r.date,
        r.donorName,
        r.publishedName,
        r.designationName,
        r.amountFen,
        r.receipt,
      ]),
    ).toEqual([
      ['2026-05-06', '张三', '爱心人士', '非限定性', 10_000, '00012345'],
      ['2026-05-08', '张三', '爱心人士', '助老项目', 6_000, '待开票'],
      ['2026-05-20', '张三', '爱心人士', '助老项目', -1_000, '待开票'],
    ]);
    expect(report).toMatchObject({ restrictedFen: 5_000, unrestrictedFen: 10_000, totalFen: 15_000 });
    const balances = await backend.call('fund.balances', {});
    expect(balances).toMatchObject({
      asOf: '2027-01-20',
      donationsThisYearFen: 0,
      vouchersWaitingReview: 0,
    });
    expect(balances.totalFen).toBe(balances.restrictedFen + balances.unrestrictedFen);
    expect(balances.restrictedFen).toBe(1_000_000 - 800_000 + 30_000 - 40_000 + 5_000);
  });
});
