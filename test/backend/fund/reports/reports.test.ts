// The fund's statements through their channels, on vouchers written with plain SQL: the 业务活动表 and
// the 资产负债表 balancing, the designations and the donation income. The trial balance and the ledger
// have their own files.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';
import { seededBooks } from './report-seed';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function seeded() {
  const seed = await seededBooks();
  backend = seed.backend;
  return seed;
}

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
