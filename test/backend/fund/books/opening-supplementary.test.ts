// The opening voucher bringing restricted balances in (3102 with designations), and a supplementary
// voucher pointing at a posted one.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import {
  credit,
  debit,
  designation,
  openFundBackend,
  postVoucher,
  voucherInput,
} from '../../../fixtures/fund';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('the opening voucher', () => {
  it('brings restricted balances in on 3102 with their designations', async () => {
    backend = await openFundBackend({ opening: false });
    const elderly = await designation(backend, '助老');
    const opening = await postVoucher(backend, {
      ...voucherInput('2026-01-01', '期初余额', [
        await debit(backend, '1002', 80_000),
        await credit(backend, '3101', 50_000),
        await credit(backend, '3102', 30_000, elderly.id),
      ]),
      kind: 'opening',
    });
    expect(opening.number).toBe('记-2026-01-0001');
    const rows = await backend.call('fund.designations', {});
    expect(rows.find((row) => row.id === elderly.id)).toMatchObject({
      receivedFen: 30_000,
      availableFen: 30_000,
    });
    const { settings } = await backend.call('fund.settings', {});
    expect(settings?.openingVoucherId).toBe(opening.id);
  });

  it('is dated the opening date', async () => {
    backend = await openFundBackend({ opening: false });
    const before = fingerprint(backend.dbPath);
    const result = await backend.send('fund.createVoucher', {
      ...voucherInput('2026-01-02', '期初余额', [
        await debit(backend, '1002', 100),
        await credit(backend, '3101', 100),
      ]),
      kind: 'opening',
    });
    expect(result.ok ? '' : result.error.message).toBe('凭证日期：期初凭证应以建账日期 2026-01-01 为日期');
    expect(fingerprint(backend.dbPath)).toBe(before);
  });
});

describe('a supplementary voucher', () => {
  it('points at a posted voucher, which links nowhere back', async () => {
    backend = await openFundBackend();
    const original = await postVoucher(
      backend,
      voucherInput('2026-02-01', '手续费', [
        await debit(backend, '5201', 100),
        await credit(backend, '1002', 100),
      ]),
    );
    const supplement = await postVoucher(backend, {
      ...voucherInput('2026-02-03', '补记手续费', [
        await debit(backend, '5201', 20),
        await credit(backend, '1002', 20),
      ]),
      kind: 'supplementary',
      supplementsId: original.id,
    });
    expect(supplement.supplements).toEqual({ id: original.id, number: '记-2026-02-0001' });
    expect(supplement.number).toBe('记-2026-02-0002');
    const unposted = await backend.call(
      'fund.createVoucher',
      voucherInput('2026-02-04', '草稿', [
        await debit(backend, '5201', 20),
        await credit(backend, '1002', 20),
      ]),
    );
    const result = await backend.send('fund.createVoucher', {
      ...voucherInput('2026-02-05', '补记', [
        await debit(backend, '5201', 20),
        await credit(backend, '1002', 20),
      ]),
      kind: 'supplementary',
      supplementsId: unposted.id,
    });
    expect(result.ok ? '' : result.error.message).toBe('补充凭证：须补充一张已记账的凭证');
  });
});
