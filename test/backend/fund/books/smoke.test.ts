import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { openFundBackend } from '../../../fixtures/fund';

let backend: TestBackend;
afterEach(() => backend?.dispose());

describe('the fund world', () => {
  it('has its settings saved and the opening voucher posted as 记-2026-01-0001', async () => {
    backend = await openFundBackend();
    const { settings } = await backend.call('fund.settings', {});
    expect(settings?.openingDate).toBe('2026-01-01');
    expect(settings?.hasVouchers).toBe(true);
    const opening = await backend.call('fund.voucher', { id: settings!.openingVoucherId! });
    expect(opening.number).toBe('记-2026-01-0001');
    expect(opening.state).toBe('posted');
    expect(opening.preparer).toBe('测试员');
    expect(opening.reviewer).toBe('审核员');
    expect(backend.loggedErrors).toEqual([]);
  });
});
