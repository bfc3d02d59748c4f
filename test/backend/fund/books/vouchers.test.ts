// Vouchers through the channels: balance, separation of duties, gapless monthly numbers, rolled-back
// postings, closed months, red reversals.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, type TestBackend } from '../../../fixtures/backend';
import {
  accountId,
  credit,
  debit,
  openFundBackend,
  postVoucher,
  submitAndPost,
  voucherInput,
} from '../../../fixtures/fund';

let backend: TestBackend;
afterEach(() => backend?.dispose());

async function bankCharge(date: string, fen = 1_000) {
  return voucherInput(date, '银行手续费', [
    await debit(backend, '5201', fen),
    await credit(backend, '1002', fen),
  ]);
}

async function refusedUnchanged<T>(send: () => Promise<{ ok: boolean; error?: { message: string } } & T>) {
  const before = fingerprint(backend.dbPath);
  const result = await send();
  expect(result.ok).toBe(false);
  expect(fingerprint(backend.dbPath)).toBe(before);
  return (result as unknown as { error: { message: string; code: string } }).error;
}

describe('drafting a voucher', () => {
  it('refuses an unbalanced voucher naming both totals and the difference', async () => {
    backend = await openFundBackend();
    const input = voucherInput('2026-02-01', '手续费', [
      await debit(backend, '5201', 1_050),
      await credit(backend, '1002', 1_000),
    ]);
    const error = await refusedUnchanged(() => backend.send('fund.createVoucher', input));
    expect(error.message).toBe('借贷不平：借方合计 10.50 元，贷方合计 10.00 元，相差 0.50 元');
  });

  it('refuses a line with both sides, a non-leaf account, a date after today or before the opening date', async () => {
    backend = await openFundBackend();
    const both = voucherInput('2026-02-01', '错', [
      { ...(await debit(backend, '5201', 100)), creditFen: 100 },
      await credit(backend, '1002', 100),
    ]);
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', both))).message).toBe(
      '第 1 行：借方金额与贷方金额须填且只填一个',
    );
    await backend.as('administrator').call('fund.createAccount', {
      parentId: await accountId(backend, '5201'),
      code: '520101',
      name: '办公费',
    });
    const parent = await bankCharge('2026-02-01');
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', parent))).message).toBe(
      '第 1 行：会计科目 5201 管理费用有明细科目，请记入明细科目',
    );
    const late = voucherInput('2026-03-16', '手续费', [
      await debit(backend, '520101', 100),
      await credit(backend, '1002', 100),
    ]);
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', late))).message).toBe(
      '凭证日期：不能晚于今天 2026-03-15',
    );
    const early = { ...late, date: '2025-12-31' };
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', early))).message).toBe(
      '凭证日期：不能早于建账日期 2026-01-01',
    );
  });

  it('refuses a second opening voucher', async () => {
    backend = await openFundBackend();
    const input = { ...(await bankCharge('2026-01-01')), kind: 'opening' as const };
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', input))).message).toBe(
      '凭证类型：已有期初凭证，只能有一张',
    );
  });
});

describe('posting a voucher', () => {
  it('refuses the preparer as reviewer (制单与审核分离)', async () => {
    backend = await openFundBackend();
    const draft = await backend.call('fund.createVoucher', await bankCharge('2026-02-01'));
    await backend.call('fund.submitVoucher', { id: draft.id });
    // 审核人 who also edited it cannot post it.
    const edited = await backend.as('approver').call('fund.createVoucher', await bankCharge('2026-02-02'));
    await backend.as('approver').call('fund.submitVoucher', { id: edited.id });
    const error = await refusedUnchanged(() =>
      backend.as('approver').send('fund.postVoucher', { id: edited.id }),
    );
    expect(error.message).toContain('审核员编制或修改过这份记录，须由另一位审核人审核（制单与审核分离）');
    const posted = await backend.as('approver').call('fund.postVoucher', { id: draft.id });
    expect(posted.number).toBe('记-2026-02-0001');
  });

  it('numbers 记-YYYY-MM-0001, 0002 gapless per month, restarting each month', async () => {
    backend = await openFundBackend();
    const a = await postVoucher(backend, await bankCharge('2026-02-03'));
    const b = await postVoucher(backend, await bankCharge('2026-03-01'));
    const c = await postVoucher(backend, await bankCharge('2026-02-20'));
    const d = await postVoucher(backend, await bankCharge('2026-03-02'));
    expect([a.number, b.number, c.number, d.number]).toEqual([
      '记-2026-02-0001',
      '记-2026-03-0001',
      '记-2026-02-0002',
      '记-2026-03-0002',
    ]);
    const page = await backend.call('fund.vouchers', { period: '2026-02' });
    expect(page.count).toBe(2);
    expect(page.debitTotalFen).toBe(2_000);
    const search = await backend.call('fund.vouchers', { search: '记-2026-03-0002' });
    expect(search.rows.map((row) => row.id)).toEqual([d.id]);
  });

  it('leaves no gap when a posting is rolled back after drawing its number', async () => {
    backend = await openFundBackend({ opening: false });
    // 3101 gets an inactive 明细科目: the release written after the number was drawn has nowhere to go.
    const admin = backend.as('administrator');
    const child = await admin.call('fund.createAccount', {
      parentId: await accountId(backend, '3101'),
      code: '310101',
      name: '非限定性净资产明细',
    });
    await admin.call('fund.updateAccount', { id: child.id, name: child.name, active: false });
    const spent = await backend.call('fund.createDesignation', {
      name: '助老',
      target: 'purpose',
      purpose: '助老服务',
      restrictionKind: 'use',
    });
    await postVoucher(
      backend,
      voucherInput('2026-02-01', '限定捐赠', [
        await debit(backend, '1002', 5_000),
        await credit(backend, '4101', 5_000, spent.id),
      ]),
    );
    const draft = await backend.call(
      'fund.createVoucher',
      voucherInput('2026-02-05', '助老支出', [
        await debit(backend, '5101', 1_000, spent.id),
        await credit(backend, '1002', 1_000),
      ]),
    );
    await backend.call('fund.submitVoucher', { id: draft.id });
    const error = await refusedUnchanged(() =>
      backend.as('approver').send('fund.postVoucher', { id: draft.id }),
    );
    expect(error.message).toBe('会计科目 3101 非限定性净资产：没有可记账的明细科目');
    expect((await backend.call('fund.voucher', { id: draft.id })).state).toBe('submitted');
    await admin.call('fund.updateAccount', { id: child.id, name: child.name, active: true });
    const posted = await backend.as('approver').call('fund.postVoucher', { id: draft.id });
    expect(posted.number).toBe('记-2026-02-0002');
    expect(posted.release?.number).toBe('记-2026-02-0003');
    const release = await backend.call('fund.voucher', { id: posted.release!.id });
    expect(release.lines.map((line) => line.accountCode)).toEqual(['3102', '310101']);
  });

  it('refuses posting into a closed month and leaves everything as it was', async () => {
    backend = await openFundBackend();
    const draft = await backend.call('fund.createVoucher', await bankCharge('2026-02-10'));
    await backend.call('fund.submitVoucher', { id: draft.id });
    backend.db
      .prepare(
        `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by)
         VALUES ('fund', '2026-02-01', '2026-02-28', '2026-03-05T10:00:00', '审核员')`,
      )
      .run();
    const error = await refusedUnchanged(() =>
      backend.as('approver').send('fund.postVoucher', { id: draft.id }),
    );
    expect(error.message).toContain('凭证日期：2026-02-10 所在的期间 2026-02-01 至 2026-02-28 已结账');
    const fresh = await bankCharge('2026-02-11');
    expect((await refusedUnchanged(() => backend.send('fund.createVoucher', fresh))).message).toContain(
      '已结账',
    );
  });

  it('returns a submitted voucher to draft with the reason; the clerk corrects and resubmits', async () => {
    backend = await openFundBackend();
    const draft = await backend.call('fund.createVoucher', await bankCharge('2026-02-10'));
    await backend.call('fund.submitVoucher', { id: draft.id });
    const returned = await backend
      .as('approver')
      .call('fund.rejectVoucher', { id: draft.id, reason: '金额有误' });
    expect(returned.state).toBe('draft');
    expect(returned.rejectReason).toBe('金额有误');
    await backend.call('fund.updateVoucher', { id: draft.id, ...(await bankCharge('2026-02-10', 1_200)) });
    const posted = await submitAndPost(backend, draft.id);
    expect(posted.debitTotalFen).toBe(1_200);
    const audit = await backend.call('fund.audit', { id: draft.id });
    expect(audit.rows.map((row) => row.action)).toEqual([
      'post',
      'submit',
      'update',
      'reject',
      'submit',
      'create',
    ]);
  });

  it('discards only a draft', async () => {
    backend = await openFundBackend();
    const draft = await backend.call('fund.createVoucher', await bankCharge('2026-02-10'));
    await backend.call('fund.discardVoucher', { id: draft.id });
    expect((await backend.send('fund.voucher', { id: draft.id })).ok).toBe(false);
    const posted = await postVoucher(backend, await bankCharge('2026-02-11'));
    const error = await refusedUnchanged(() => backend.send('fund.discardVoucher', { id: posted.id }));
    expect(error.message).toBe('记账凭证 记-2026-02-0001：只有草稿可以删除（已记账的凭证请冲销）');
  });
});

describe('a red reversal', () => {
  it('posts the original lines negated, names its original and refuses a second reversal', async () => {
    backend = await openFundBackend();
    const original = await postVoucher(backend, await bankCharge('2026-02-10', 2_500));
    const early = await refusedUnchanged(() =>
      backend.send('fund.reverseVoucher', { id: original.id, date: '2026-02-09', reason: '重复记账' }),
    );
    expect(early.message).toBe(
      '冲销日期：应在 2026-02-10 至 2026-03-15 之间（不早于原凭证日期 2026-02-10，不晚于今天）',
    );
    const reversal = await backend.call('fund.reverseVoucher', {
      id: original.id,
      date: '2026-03-02',
      reason: '重复记账',
    });
    expect(reversal.state).toBe('submitted');
    expect(reversal.summary).toBe('冲销 记-2026-02-0001：重复记账');
    // Before it is posted the reviewer already sees (and the list totals) what posting will write.
    const pendingLines = [
      ['5201', -2_500, 0],
      ['1002', 0, -2_500],
    ];
    expect(reversal.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual(
      pendingLines,
    );
    expect([reversal.debitTotalFen, reversal.creditTotalFen]).toEqual([-2_500, -2_500]);
    const submitted = await backend.call('fund.vouchers', { period: '2026-03', state: 'submitted' });
    expect([submitted.count, submitted.debitTotalFen]).toEqual([1, -2_500]);
    const twice = await refusedUnchanged(() =>
      backend.send('fund.reverseVoucher', { id: original.id, date: '2026-03-02', reason: '再冲' }),
    );
    expect(twice.message).toBe('记账凭证 记-2026-02-0001 已有待审核的冲销凭证');
    const posted = await backend.as('approver').call('fund.postVoucher', { id: reversal.id });
    expect(posted.number).toBe('记-2026-03-0001');
    expect(posted.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual(
      pendingLines,
    );
    const after = await backend.call('fund.voucher', { id: original.id });
    expect(after.reversedBy).toEqual({ id: reversal.id, number: '记-2026-03-0001' });
    const again = await refusedUnchanged(() =>
      backend.send('fund.reverseVoucher', { id: posted.id, date: '2026-03-02', reason: '再冲' }),
    );
    expect(again.message).toBe('记账凭证 记-2026-03-0001 是冲销凭证，不能再冲销');
  });

  it('is refused when dated in a closed month', async () => {
    backend = await openFundBackend();
    const original = await postVoucher(backend, await bankCharge('2026-02-10'));
    backend.db
      .prepare(
        `INSERT INTO closed_period (ledger, period_start, period_end, closed_at, closed_by)
         VALUES ('fund', '2026-02-01', '2026-02-28', '2026-03-05T10:00:00', '审核员')`,
      )
      .run();
    const error = await refusedUnchanged(() =>
      backend.send('fund.reverseVoucher', { id: original.id, date: '2026-02-20', reason: '错记' }),
    );
    expect(error.message).toContain('冲销日期：2026-02-20 所在的期间 2026-02-01 至 2026-02-28 已结账');
    const reversal = await backend.call('fund.reverseVoucher', {
      id: original.id,
      date: '2026-03-01',
      reason: '错记',
    });
    const posted = await backend.as('approver').call('fund.postVoucher', { id: reversal.id });
    expect(posted.number).toBe('记-2026-03-0001');
  });
});
