// Paying a welfare project's instalments on a real SQLite file: each drafts a grant voucher on the project's
// designation (its balance checked), is paid once that voucher is posted, never twice, and is unpaid again
// when the voucher is reversed.
import { describe, expect, it } from 'vitest';
import { designation, spendDesignated } from '../../../fixtures/fund';
import { donationInput, yuan } from '../../../fixtures/fund-donations';
import { postPayments, projectIn, refused, world } from './project-world';

async function instalments(id: number) {
  return (await world.backend.call('fund.project', { id })).agreement!.instalments;
}

describe('paying an instalment', () => {
  it('drafts a grant voucher on the project’s designation, paid once the voucher is posted', async () => {
    const id = await projectIn('agreed');
    const [first] = await instalments(id);
    const { voucherId } = await world.backend.call('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-12',
      attachments: 2,
    });
    expect(world.voucher(voucherId)).toMatchObject({
      kind: 'grant',
      state: 'draft',
      counterparty: '幸福社区银龄互助队',
    });
    expect(world.linesOf(voucherId)).toEqual([
      ['5101', world.designationId, yuan(1_000), 0],
      ['1002', null, 0, yuan(1_000)],
    ]);
    const drafted = await world.backend.call('fund.project', { id });
    expect(drafted).toMatchObject({ state: 'in_progress', paidFen: 0, remainingFen: yuan(1_800) });
    expect(drafted.agreement!.instalments[0]).toMatchObject({
      state: 'draft',
      voucherId,
      voucherNumber: null,
    });
    const [audit] = (await world.backend.call('fund.projectAudit', { id })).rows;
    expect(audit).toMatchObject({
      action: 'create',
      summary: '拨付公益项目 微基金项目〔2026〕1号 第 1 期 1,000.00 元（起草记账凭证）',
      before: expect.objectContaining({ state: 'agreed' }),
      after: expect.objectContaining({ state: 'in_progress' }),
    });

    await postPayments(id);
    const voucher = await world.backend.call('fund.voucher', { id: voucherId });
    expect(voucher.summary).toBe('拨付微基金项目〔2026〕1号第1期资助款');
    const paid = await world.backend.call('fund.project', { id });
    expect(paid).toMatchObject({ paidFen: yuan(1_000), remainingFen: yuan(800) });
    expect(paid.agreement!.instalments.map((i) => [i.stateLabel, i.voucherNumber])).toEqual([
      ['已拨付', voucher.number],
      ['未拨付', null],
    ]);
  });

  it('refuses an instalment already drafted, waiting or paid, and a day before the agreement', async () => {
    const id = await projectIn('agreed');
    const [first, second] = await instalments(id);
    await refused(
      'fund.payInstalment',
      { instalmentId: first!.id, date: '2026-03-07' },
      '拨付日期：不能早于协议签订日期 2026-03-08',
    );
    const { voucherId } = await world.backend.call('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-12',
      submit: true,
    });
    const again = { instalmentId: first!.id, date: '2026-03-13' };
    await refused('fund.payInstalment', again, '拨付期次：第 1 期已有拨付凭证（待审核），不能重复拨付');
    await world.post(voucherId);
    await refused('fund.payInstalment', again, '拨付期次：第 1 期已有拨付凭证（已拨付），不能重复拨付');
    await world.backend.call('fund.payInstalment', { instalmentId: second!.id, date: '2026-03-13' });
    await refused(
      'fund.payInstalment',
      { instalmentId: second!.id, date: '2026-03-13' },
      '拨付期次：第 2 期已有拨付凭证（草稿），不能重复拨付',
    );
  });

  it('keeps the promised money from a grant outside the projects, and refuses paying more than the designation holds', async () => {
    const small = await designation(world.backend, '助残服务');
    const gift = await world.backend.call(
      'fund.recordDonation',
      donationInput(world.donorId, { amountFen: yuan(2_000), designationId: small.id, submit: true }),
    );
    await world.post(gift.voucherId);
    const id = await projectIn('agreed', {
      designationId: small.id,
      budgetFen: yuan(1_800),
      budgetLines: [{ item: '康复器材', amountFen: yuan(1_800) }],
    });
    // A grant outside the projects may not spend what the 管委会 promised the project (1,800.00 of 2,000.00).
    await refused(
      'fund.payGrant',
      {
        providerId: world.providerId,
        date: '2026-03-11',
        amountFen: yuan(1_500),
        designationId: small.id,
        submit: true,
      },
      '限定用途「助残服务」可用 2,000.00 元，其中 1,800.00 元已由管委会批准给公益项目、尚未拨付，' +
        '本次最多可用 200.00 元，本次 1,500.00 元',
    );
    // The books' own voucher is held only to the balance: spent that way, the project is short.
    await spendDesignated(world.backend, small.id, yuan(1_500), '2026-03-11');
    const [first] = await instalments(id);
    await refused(
      'fund.payInstalment',
      { instalmentId: first!.id, date: '2026-03-12' },
      '限定用途「助残服务」余额不足：已收 2,000.00 元，已用 1,500.00 元，可用 500.00 元，本次 1,000.00 元',
    );
    expect((await world.backend.call('fund.project', { id })).state).toBe('agreed');
  });
});

describe('a reversed payment', () => {
  it('makes the instalment unpaid again, the remaining amount back, and lets it be paid anew', async () => {
    const id = await projectIn('in_progress');
    const [first] = await instalments(id);
    const reversal = await world.backend.call('fund.reverseVoucher', {
      id: first!.voucherId!,
      date: '2026-03-13',
      reason: '收款账户有误',
    });
    // Waiting for review, the reversal does not yet undo the payment.
    expect((await world.backend.call('fund.project', { id })).paidFen).toBe(yuan(1_000));
    await world.post(reversal.id);
    const undone = await world.backend.call('fund.project', { id });
    expect(undone).toMatchObject({ state: 'in_progress', paidFen: 0, remainingFen: yuan(1_800) });
    expect(undone.agreement!.instalments[0]).toMatchObject({
      state: 'unpaid',
      voucherId: null,
      voucherNumber: null,
    });
    const anew = await world.backend.call('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-14',
      submit: true,
    });
    expect(anew.voucherId).not.toBe(first!.voucherId);
    await world.post(anew.voucherId);
    expect(await world.backend.call('fund.project', { id })).toMatchObject({
      paidFen: yuan(1_000),
      remainingFen: yuan(800),
    });
  });

  it('lets a discarded draft be drafted again', async () => {
    const id = await projectIn('agreed');
    const [first] = await instalments(id);
    const { voucherId } = await world.backend.call('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-12',
    });
    const discarded = await world.backend.send('fund.discardVoucher', { id: voucherId });
    expect(discarded.ok ? 'discarded' : discarded.error.message).toBe('discarded');
    expect((await instalments(id))[0]!.state).toBe('unpaid');
    const again = await world.backend.send('fund.payInstalment', {
      instalmentId: first!.id,
      date: '2026-03-12',
    });
    expect(again.ok ? 'drafted' : again.error.message).toBe('drafted');
  });
});
