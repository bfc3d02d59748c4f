// Designations (限定用途): never below zero, released as they are spent, reversed with their source,
// lifted with the donor's consent, time restrictions.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import {
  credit,
  debit,
  designation,
  openFundBackend,
  receiveDesignated,
  spendDesignated,
  voucherInput,
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

async function balanceOf(id: number) {
  const rows = await backend.call('fund.designations', {});
  return rows.find((row) => row.id === id)!;
}

async function spendingDraft(designationId: number, fen: number, date = '2026-03-01') {
  const draft = await backend.call(
    'fund.createVoucher',
    voucherInput(date, '项目支出', [
      await debit(backend, '5101', fen, designationId),
      await credit(backend, '1002', fen),
    ]),
  );
  await backend.call('fund.submitVoucher', { id: draft.id });
  return draft.id;
}

describe('a designation', () => {
  it('releases designated spending automatically: Dr 3102 / Cr 3101 per designation', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    const youth = await designation(backend, '助学');
    await receiveDesignated(backend, elderly.id, 50_000);
    await receiveDesignated(backend, youth.id, 30_000);
    const voucher = await backend.call(
      'fund.createVoucher',
      voucherInput('2026-03-01', '两个项目支出', [
        await debit(backend, '5101', 12_000, elderly.id),
        await debit(backend, '5101', 8_000, youth.id),
        await debit(backend, '5201', 500),
        await credit(backend, '1002', 20_500),
      ]),
    );
    await backend.call('fund.submitVoucher', { id: voucher.id });
    const posted = await backend.as('approver').call('fund.postVoucher', { id: voucher.id });
    const release = await backend.call('fund.voucher', { id: posted.release!.id });
    expect(release.kind).toBe('release');
    expect(release.source).toEqual({ id: posted.id, number: posted.number });
    expect(
      release.lines.map((line) => [line.accountCode, line.designationName, line.debitFen, line.creditFen]),
    ).toEqual([
      ['3102', '助老', 12_000, 0],
      ['3101', null, 0, 12_000],
      ['3102', '助学', 8_000, 0],
      ['3101', null, 0, 8_000],
    ]);
    expect(await balanceOf(elderly.id)).toMatchObject({
      receivedFen: 50_000,
      usedFen: 12_000,
      releasedFen: 12_000,
      availableFen: 38_000,
    });
    expect((await balanceOf(youth.id)).availableFen).toBe(22_000);
  });

  it('never goes below zero: spending beyond available is refused with received, used and available', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 10_000);
    await spendDesignated(backend, elderly.id, 6_000);
    const id = await spendingDraft(elderly.id, 5_000);
    expect(await refused(() => backend.as('approver').send('fund.postVoucher', { id }))).toBe(
      '限定用途「助老」余额不足：已收到 100.00 元，已使用 60.00 元，可用 40.00 元，本凭证需要 50.00 元',
    );
  });

  it('refuses spending dated before the money came in, though today it would be covered', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 10_000, '2026-02-20');
    const early = await spendingDraft(elderly.id, 6_000, '2026-02-10');
    expect(await refused(() => backend.as('approver').send('fund.postVoucher', { id: early }))).toBe(
      '限定用途「助老」在 2026-02-10 及以后的可用余额最低为 0.00 元，本凭证需要 60.00 元：' +
        '凭证日期不能早于所用资金到账的日期',
    );
    // Spent on 03-01 and topped up on 03-10: today 80.00 is free, but 40.00 dated 02-25 would take
    // 03-01's balance (30.00) below zero.
    await spendDesignated(backend, elderly.id, 7_000, '2026-03-01');
    await receiveDesignated(backend, elderly.id, 5_000, '2026-03-10');
    const between = await spendingDraft(elderly.id, 4_000, '2026-02-25');
    expect(await refused(() => backend.as('approver').send('fund.postVoucher', { id: between }))).toBe(
      '限定用途「助老」在 2026-02-25 及以后的可用余额最低为 30.00 元，本凭证需要 40.00 元：' +
        '凭证日期不能早于所用资金到账的日期',
    );
    const onTheDay = await spendingDraft(elderly.id, 3_000, '2026-02-20');
    await backend.as('approver').call('fund.postVoucher', { id: onTheDay });
    expect((await balanceOf(elderly.id)).availableFen).toBe(5_000);
  });

  it('is restored when the spending is reversed: the release is reversed in red too', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 10_000);
    const spent = await spendDesignated(backend, elderly.id, 4_000);
    const reversal = await backend.call('fund.reverseVoucher', {
      id: spent.id,
      date: '2026-03-10',
      reason: '错记',
    });
    const posted = await backend.as('approver').call('fund.postVoucher', { id: reversal.id });
    expect(posted.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual([
      ['5101', -4_000, 0],
      ['1002', 0, -4_000],
    ]);
    const release = await backend.call('fund.voucher', { id: spent.release!.id });
    expect(release.reversedBy).not.toBeNull();
    const red = await backend.call('fund.voucher', { id: release.reversedBy!.id });
    expect(red.kind).toBe('reversal');
    expect(red.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual([
      ['3102', -4_000, 0],
      ['3101', 0, -4_000],
    ]);
    expect(await balanceOf(elderly.id)).toMatchObject({ usedFen: 0, releasedFen: 0, availableFen: 10_000 });
    // A release is reversed through its source only.
    const direct = await refused(() =>
      backend.send('fund.reverseVoucher', { id: spent.release!.id, date: '2026-03-10', reason: '单独冲' }),
    );
    expect(direct).toContain('是自动生成的限定性净资产解除凭证，请冲销它的来源凭证');
  });

  it('refuses reversing a donation already spent: the designation would go below zero', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    const received = await receiveDesignated(backend, elderly.id, 10_000);
    await spendDesignated(backend, elderly.id, 7_000);
    const reversal = await backend.call('fund.reverseVoucher', {
      id: received.id,
      date: '2026-03-10',
      reason: '退回',
    });
    expect(await refused(() => backend.as('approver').send('fund.postVoucher', { id: reversal.id }))).toBe(
      '限定用途「助老」余额不足：已收到 100.00 元，已使用 70.00 元，可用 30.00 元，本凭证需要 100.00 元',
    );
  });

  it('is lifted with the consent: the remainder released, nothing more taken', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 10_000);
    await spendDesignated(backend, elderly.id, 3_000);
    const lift = await backend.call('fund.liftDesignation', {
      designationId: elderly.id,
      date: '2026-03-12',
      consent: '2026-03-11 捐赠方书面同意，函号 001',
      summary: '助老项目结余解除限制',
    });
    expect(lift.state).toBe('submitted');
    expect(lift.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual([
      ['3102', 7_000, 0],
      ['3101', 0, 7_000],
    ]);
    const pending = await refused(() =>
      backend.send('fund.liftDesignation', {
        designationId: elderly.id,
        date: '2026-03-12',
        consent: '再次',
        summary: '再次',
      }),
    );
    expect(pending).toBe('限定用途「助老」已有待审核的解除限制凭证');
    await backend.as('approver').call('fund.postVoucher', { id: lift.id });
    expect(await balanceOf(elderly.id)).toMatchObject({
      lifted: true,
      liftConsent: '2026-03-11 捐赠方书面同意，函号 001',
      releasedFen: 10_000,
      liftedFen: 7_000,
      availableFen: 0,
    });
    const more = voucherInput('2026-03-13', '再收', [
      await debit(backend, '1002', 100),
      await credit(backend, '4101', 100, elderly.id),
    ]);
    expect(await refused(() => backend.send('fund.createVoucher', more))).toBe(
      '第 2 行：限定用途「助老」已解除限制，不能再记入',
    );
  });

  it('refuses a lift posted after the available balance changed', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    await receiveDesignated(backend, elderly.id, 10_000);
    const lift = await backend.call('fund.liftDesignation', {
      designationId: elderly.id,
      date: '2026-03-12',
      consent: '捐赠方同意',
      summary: '解除限制',
    });
    await spendDesignated(backend, elderly.id, 1_000);
    expect(await refused(() => backend.as('approver').send('fund.postVoucher', { id: lift.id }))).toBe(
      '限定用途「助老」可用余额已变化（现为 90.00 元，凭证为 100.00 元），请重新办理',
    );
  });

  it('with a time restriction cannot be spent before its date', async () => {
    backend = await openFundBackend();
    const later = await designation(backend, '年底慰问', {
      restrictionKind: 'time',
      usableFrom: '2026-03-10',
    });
    await receiveDesignated(backend, later.id, 10_000);
    const early = voucherInput('2026-03-09', '提前支出', [
      await debit(backend, '5101', 1_000, later.id),
      await credit(backend, '1002', 1_000),
    ]);
    expect(await refused(() => backend.send('fund.createVoucher', early))).toBe(
      '第 1 行：限定用途「年底慰问」限定时间，2026-03-10 起才能使用（凭证日期 2026-03-09）',
    );
    await spendDesignated(backend, later.id, 1_000, '2026-03-10');
    expect((await balanceOf(later.id)).availableFen).toBe(9_000);
  });

  it('follows the designation rules: 3102 requires one, assets refuse one', async () => {
    backend = await openFundBackend();
    const elderly = await designation(backend, '助老');
    const without = voucherInput('2026-02-01', '转入', [
      await debit(backend, '3101', 100),
      await credit(backend, '3102', 100),
    ]);
    expect(await refused(() => backend.send('fund.createVoucher', without))).toBe(
      '第 2 行：会计科目 3102 限定性净资产须选择限定用途',
    );
    const onAsset = voucherInput('2026-02-01', '收款', [
      await debit(backend, '1002', 100, elderly.id),
      await credit(backend, '4101', 100, elderly.id),
    ]);
    expect(await refused(() => backend.send('fund.createVoucher', onAsset))).toBe(
      '第 1 行：会计科目 1002 银行存款不核算限定用途，请去掉限定用途',
    );
  });
});
