// The fund's settings and chart of accounts: the opening date fixed once vouchers exist, 明细科目 under a
// parent that has no lines, a used account's code and kind frozen by trigger.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import {
  accountId,
  fundSettings,
  openFundBackend,
  postVoucher,
  voucherInput,
  debit,
  credit,
} from '../../../fixtures/fund';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function refused(send: () => Promise<{ ok: boolean }>): Promise<string> {
  const before = fingerprint(backend.dbPath);
  const result = await send();
  expect(result.ok).toBe(false);
  expect(fingerprint(backend.dbPath)).toBe(before);
  return (result as unknown as { error: { message: string } }).error.message;
}

describe('the fund settings', () => {
  it('are saved with the committee and audited; the opening date is fixed once a voucher exists', async () => {
    backend = await openFundBackend({ opening: false });
    const admin = backend.as('administrator');
    const moved = await admin.call('fund.saveSettings', { ...fundSettings, openingDate: '2026-02-01' });
    expect(moved.openingDate).toBe('2026-02-01');
    expect(moved.committee.map((member) => member.duty)).toEqual(['chair', 'member']);
    await postVoucher(backend, {
      ...voucherInput('2026-02-01', '期初', [
        await debit(backend, '1002', 100),
        await credit(backend, '3101', 100),
      ]),
      kind: 'opening',
    });
    expect(await refused(() => admin.send('fund.saveSettings', fundSettings))).toBe(
      '建账日期：已有记账凭证，不能再把建账日期从 2026-02-01 改为 2026-01-01（凭证的日期以它为起点）',
    );
    const renamed = await admin.call('fund.saveSettings', {
      ...fundSettings,
      openingDate: '2026-02-01',
      committee: [],
    });
    expect(renamed.committee).toEqual([]);
    expect(renamed.hasVouchers).toBe(true);
  });

  it('refuses a host USCC whose check character is wrong, and a clerk', async () => {
    backend = await openFundBackend({ opening: false });
    const wrong = fundSettings.hostUscc.slice(0, 17) + (fundSettings.hostUscc.endsWith('0') ? '1' : '0');
    const message = await refused(() =>
      backend.as('administrator').send('fund.saveSettings', { ...fundSettings, hostUscc: wrong }),
    );
    expect(message).toMatch(/^托管机构统一社会信用代码：校验位应为/);
    expect((await backend.send('fund.saveSettings', fundSettings)).ok).toBe(false);
  });
});

describe('the chart of accounts', () => {
  it('adds a 明细科目 inheriting kind, side and rule, with the parent code and two digits', async () => {
    backend = await openFundBackend();
    const admin = backend.as('administrator');
    const parentId = await accountId(backend, '4101');
    const child = await admin.call('fund.createAccount', { parentId, code: '410101', name: '定向捐赠' });
    expect(child).toMatchObject({
      kind: 'income',
      normalSide: 'credit',
      designationRule: 'optional',
      leaf: true,
    });
    const accounts = await backend.call('fund.accounts', {});
    expect(accounts.find((row) => row.code === '4101')).toMatchObject({ leaf: false, standard: true });
    expect(
      await refused(() => admin.send('fund.createAccount', { parentId, code: '410101', name: '重复' })),
    ).toBe('科目编码：410101 已被使用');
    expect(
      await refused(() => admin.send('fund.createAccount', { parentId, code: '420101', name: '错' })),
    ).toBe('科目编码：应为上级科目编码 4101 加两位数字，如 410101');
    // 1002 carries the opening voucher's line: it cannot get children.
    const bank = await accountId(backend, '1002');
    expect(
      await refused(() =>
        admin.send('fund.createAccount', { parentId: bank, code: '100201', name: '基本户' }),
      ),
    ).toBe('上级科目：1002 银行存款 已有凭证分录，不能再设明细科目（它的分录会留在非末级科目上）');
  });

  it('renames and deactivates; a used account keeps its code and kind (trigger)', async () => {
    backend = await openFundBackend();
    const admin = backend.as('administrator');
    const bank = await accountId(backend, '1002');
    const renamed = await admin.call('fund.updateAccount', {
      id: bank,
      name: '银行存款（托管账户）',
      active: true,
    });
    expect(renamed.name).toBe('银行存款（托管账户）');
    const child = await admin.call('fund.createAccount', {
      parentId: await accountId(backend, '5201'),
      code: '520101',
      name: '办公费',
    });
    await postVoucher(
      backend,
      voucherInput('2026-02-01', '办公用品', [
        await debit(backend, '520101', 300),
        await credit(backend, '1002', 300),
      ]),
    );
    expect(() =>
      backend.db.prepare(`UPDATE fund_account SET code = '520102' WHERE id = ?`).run(child.id),
    ).toThrow('a used or standard account keeps its code and kind');
    expect(() =>
      backend.db.prepare(`UPDATE fund_account SET kind = 'asset' WHERE id = ?`).run(child.id),
    ).toThrow('a used or standard account keeps its code and kind');
    await admin.call('fund.updateAccount', { id: child.id, name: '办公费', active: false });
    const inactive = voucherInput('2026-02-02', '办公用品', [
      await debit(backend, '520101', 300),
      await credit(backend, '1002', 300),
    ]);
    expect(await refused(() => backend.send('fund.createVoucher', inactive))).toBe(
      '第 1 行：会计科目 520101 办公费已停用',
    );
  });
});
