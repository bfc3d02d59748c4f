// The month close on books kept through the channels (H1's vouchers, with their automatic releases):
// a voucher into a closed month is refused by fund.createVoucher (a draft in the month blocks its close), and the reports
// agree with the books' own designation balances.
import { afterEach, describe, expect, it } from 'vitest';
import { designationBalances } from '../../../../electron/backend/fund/books/designation-balance';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import {
  credit,
  debit,
  designation,
  fundWorld,
  receiveDesignated,
  spendDesignated,
  voucherInput,
} from '../../../fixtures/fund';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('closing months of books kept through the channels', () => {
  it('closes with the releases written by posting, then refuses vouchers into the closed months', async () => {
    ({ backend } = await fundWorld());
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 50_000, '2026-02-10');
    // Drafted in February before the close, posted after it.
    const late = await backend.call(
      'fund.createVoucher',
      voucherInput('2026-02-20', '银行手续费', [
        await debit(backend, '5201', 300),
        await credit(backend, '1002', 300),
      ]),
    );
    await spendDesignated(backend, elderly.id, 20_000, '2026-03-01');
    const blocked = await backend.call('fund.closeCheck', { month: '2026-02' });
    expect(blocked.blockers.map((b) => b.kind)).toEqual(['previous_open', 'pending_vouchers']);
    await backend.as('approver').call('fund.closeMonth', { month: '2026-01' });
    await backend.call('fund.discardVoucher', { id: late.id });
    await backend.as('approver').call('fund.closeMonth', { month: '2026-02' });
    const march = await backend.call('fund.closeCheck', { month: '2026-03' });
    // The releases are written, so on the clock's 2026-03-15 only March's not having ended blocks it.
    expect(march.blockers.map((b) => b.kind)).toEqual(['month_not_ended']);

    const before = fingerprint(backend.dbPath);
    const refused = await backend.send(
      'fund.createVoucher',
      voucherInput('2026-02-25', '补记手续费', [
        await debit(backend, '5201', 300),
        await credit(backend, '1002', 300),
      ]),
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('已结账');
    expect(fingerprint(backend.dbPath)).toBe(before);

    const tb = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 3 });
    expect(tb.balanced).toBe(true);
    const sheet = await backend.call('fund.balanceSheet', { year: 2026, month: 3 });
    expect(sheet.balanced).toBe(true);
    const report = await backend.call('fund.designationReport', { year: 2026 });
    const books = designationBalances(backend.db);
    expect(
      report.rows.map((r) => [
        r.designationId,
        r.receivedFen,
        r.usedFen,
        r.releasedFen,
        r.closingAvailableFen,
      ]),
    ).toEqual(books.map((b) => [b.designationId, b.receivedFen, b.usedFen, b.releasedFen, b.availableFen]));
    expect(report.rows[0]).toMatchObject({
      receivedFen: 50_000,
      usedFen: 20_000,
      closingAvailableFen: 30_000,
    });
  });
});
