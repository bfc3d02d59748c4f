// 结项 in the books, on a real SQLite file: the closing submits a voucher that another 审核人 posts; once
// posted the bank has the returned money back, 业务活动成本 falls by it and it is restricted again on the
// project's designation; a re-designation moves the leftover from that designation to the target. The
// trial balance stays balanced and the designation report foots. The world (./project-world): 20,000.00 元
// given to 助老服务, a project approved for 1,800.00 元 with 1,000.00 元 paid, closed 900 used, 100 returned.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { designation, spendDesignated } from '../../../fixtures/fund';
import { donationInput, yuan } from '../../../fixtures/fund-donations';
import { addApprover } from '../../../fixtures/separation';
import { closingInput, projectIn, refused, world } from './project-world';

const closing = closingInput;

/** 结项 re-designating the leftover to `targetId` by the 管委会's decision `decisionNo`. */
const redesignating = (id: number, targetId: number, decisionNo: string) =>
  closing(id, {
    disposition: 'redesignate',
    redesignation: { decidedOn: '2026-03-14', decisionNo, targetDesignationId: targetId },
  });

const refusedClosing = (input: ChannelInput<'fund.closeProject'>, message: string) =>
  refused('fund.closeProject', input, message, 'approver');

const unrestrictedReturn = [
  ['1002', null],
  ['5101', null],
];

/** A voucher's lines as [account code, designation]. */
async function accountsOf(voucherId: number) {
  const voucher = await world.backend.call('fund.voucher', { id: voucherId });
  return voucher.lines.map((line) => [line.accountCode, line.designationId]);
}

/** 经办人 records a gift and 审核人 posts it. */
async function give(amountFen: number, designationId: number | null) {
  const gift = await world.backend.call(
    'fund.recordDonation',
    donationInput(world.donorId, { amountFen, designationId, submit: true }),
  );
  await world.post(gift.voucherId);
}

async function closeAndPost(input: ChannelInput<'fund.closeProject'>) {
  const closed = await world.backend.as('approver').call('fund.closeProject', input);
  const voucherId = closed.closing!.voucherId!;
  const other = await addApprover(world.backend);
  await other.call('fund.postVoucher', { id: voucherId });
  return { closed, voucherId };
}

async function designationRow(id: number) {
  const rows = await world.backend.call('fund.designations', {});
  const row = rows.find((candidate) => candidate.id === id)!;
  const { receivedFen, usedFen, releasedFen, availableFen } = row;
  return { receivedFen, usedFen, releasedFen, availableFen };
}

async function reportRow(id: number) {
  const report = await world.backend.call('fund.designationReport', { year: 2026 });
  const row = report.rows.find((candidate) => candidate.designationId === id)!;
  // The report foots: what was available plus what came in, less what was released, is what is left.
  expect(row.openingAvailableFen + row.receivedFen - row.releasedFen - row.liftedFen).toBe(
    row.closingAvailableFen,
  );
  return row;
}

async function booksOf(code: string) {
  const trial = await world.backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 3 });
  expect(trial.balanced).toBe(true);
  const row = trial.rows.find((candidate) => candidate.code === code)!;
  return row.closingDebitFen - row.closingCreditFen;
}

async function activity(key: string) {
  const statement = await world.backend.call('fund.activityStatement', { year: 2026, toMonth: 3 });
  return statement.rows.find((row) => row.key === key)!;
}

describe('结项 in the books', () => {
  it('puts the returned money back in the bank, off the project’s expense and under its restriction', async () => {
    const id = await projectIn('in_progress');
    const bankBefore = await booksOf('1002');
    const { closed, voucherId } = await closeAndPost(closing(id));
    const voucher = await world.backend.call('fund.voucher', { id: voucherId });
    expect(voucher).toMatchObject({ kind: 'grant', state: 'posted', date: '2026-03-15' });
    expect(voucher.lines.map((line) => [line.accountCode, line.debitFen, line.creditFen])).toEqual([
      ['1002', yuan(100), 0],
      ['5101', 0, yuan(100)],
    ]);
    expect((await world.backend.call('fund.project', { id })).closing).toMatchObject({
      voucherId,
      voucherState: 'posted',
      voucherNumber: voucher.number,
    });
    expect(closed.closing!.voucherState).toBe('submitted');
    expect(await booksOf('1002')).toBe(bankBefore + yuan(100));
    expect(await booksOf('5101')).toBe(yuan(900));
    expect((await activity('expense_5101')).totalFen).toBe(yuan(900));
    expect((await activity('release')).restrictedFen).toBe(-yuan(900));
    expect(await designationRow(world.designationId)).toEqual({
      receivedFen: yuan(20_000),
      usedFen: yuan(900),
      releasedFen: yuan(900),
      availableFen: yuan(19_100),
    });
    // The quarter's disclosure lists the money given back as a negative grant of the project.
    const quarter = await world.backend.call('fund.quarterDisclosure', { year: 2026, quarter: 1 });
    expect(quarter.grants.find((grant) => grant.voucherId === voucherId)).toMatchObject({
      projectNumber: '微基金项目〔2026〕1号',
      amountFen: -yuan(100),
    });
    expect(await reportRow(world.designationId)).toMatchObject({
      receivedFen: yuan(20_000),
      usedFen: yuan(900),
      releasedFen: yuan(900),
      closingAvailableFen: yuan(19_100),
    });
  });

  it('moves the leftover to the designation the 管委会 chose', async () => {
    const target = await designation(world.backend, '助残服务');
    const id = await projectIn('in_progress');
    const { voucherId } = await closeAndPost(redesignating(id, target.id, '管委〔2026〕改1号'));
    const voucher = await world.backend.call('fund.voucher', { id: voucherId });
    expect(
      voucher.lines.map((line) => [line.accountCode, line.designationId, line.debitFen, line.creditFen]),
    ).toEqual([
      ['1002', null, yuan(100), 0],
      ['5101', world.designationId, 0, yuan(100)],
      ['3102', world.designationId, yuan(900), 0],
      ['3102', target.id, 0, yuan(900)],
    ]);
    // 20,000 received, 1,000 paid, 100 back, the 900 leftover (800 never paid + 100 returned) gone.
    expect(await designationRow(world.designationId)).toEqual({
      receivedFen: yuan(19_100),
      usedFen: yuan(900),
      releasedFen: yuan(900),
      availableFen: yuan(18_200),
    });
    expect(await designationRow(target.id)).toEqual({
      receivedFen: yuan(900),
      usedFen: 0,
      releasedFen: 0,
      availableFen: yuan(900),
    });
    expect(await reportRow(world.designationId)).toMatchObject({ closingAvailableFen: yuan(18_200) });
    expect(await reportRow(target.id)).toMatchObject({
      receivedFen: yuan(900),
      closingAvailableFen: yuan(900),
    });
    // On 3102 as a whole the transfer nets to nothing: what is left is the net release of the 900 used.
    expect(await booksOf('3102')).toBe(yuan(900));
  });

  it('drafts no voucher when all that was paid was used and the leftover stays', async () => {
    const id = await projectIn('in_progress');
    const closed = await world.backend
      .as('approver')
      .call('fund.closeProject', closing(id, { usedFen: yuan(1_000), returnedFen: 0 }));
    expect(closed.closing).toMatchObject({ voucherId: null, voucherState: null, voucherNumber: null });
  });

  it('refuses re-designating unrestricted money, changing nothing', async () => {
    const target = await designation(world.backend, '助残服务');
    await give(yuan(5_000), null);
    const id = await projectIn('in_progress', { designationId: null });
    await refusedClosing(
      redesignating(id, target.id, '管委〔2026〕改2号'),
      '结余资金处理：项目使用的是非限定性资金，结余不受限定用途约束，不能经决议改为限定用途；请选择「退回原限定用途」',
    );
    // Given back to the fund instead, the return is booked on unrestricted money: no restriction moves.
    const { voucherId } = await closeAndPost(closing(id));
    expect(await accountsOf(voucherId)).toEqual(unrestrictedReturn);
    expect((await activity('expense_5101')).totalFen).toBe(yuan(900));
    expect(await designationRow(world.designationId)).toMatchObject({
      usedFen: 0,
      availableFen: yuan(20_000),
    });
  });

  it('refuses moving a leftover the designation no longer has, changing nothing', async () => {
    const small = await designation(world.backend, '助残服务');
    const target = await designation(world.backend, '困难老人慰问');
    await give(yuan(2_000), small.id);
    const id = await projectIn('in_progress', { designationId: small.id });
    // The 800 never paid was spent by the books' own voucher after it was approved (a grant form would
    // refuse: it is promised to the project), so only the 100 returned
    // of the 900 leftover is there to move.
    await spendDesignated(world.backend, small.id, yuan(1_000), '2026-03-13');
    await refusedClosing(
      redesignating(id, target.id, '管委〔2026〕改3号'),
      '改变用途：限定用途「助残服务」可用 0.00 元，加退回 100.00 元共 100.00 元，不足以转出结余 900.00 元',
    );
  });

  it('returns to unrestricted money once the designation was lifted, and moves none of it', async () => {
    const target = await designation(world.backend, '助残服务');
    const id = await projectIn('in_progress');
    const lift = await world.backend.call('fund.liftDesignation', {
      designationId: world.designationId,
      date: '2026-03-13',
      consent: '2026-03-13 捐赠方书面同意，函号 002',
      summary: '助老服务解除限制',
    });
    await world.post(lift.id);
    await refusedClosing(
      redesignating(id, target.id, '管委〔2026〕改4号'),
      '结余资金处理：项目的限定用途「助老服务」已解除限制，结余已是非限定性资金',
    );
    const { voucherId } = await closeAndPost(closing(id));
    expect(await accountsOf(voucherId)).toEqual(unrestrictedReturn);
    expect(await booksOf('5101')).toBe(yuan(900));
  });

  it('keeps the closing’s voucher: it is neither discarded nor reversed', async () => {
    const id = await projectIn('in_progress');
    const closed = await world.backend.as('approver').call('fund.closeProject', closing(id));
    const voucherId = closed.closing!.voucherId!;
    const other = await addApprover(world.backend);
    await other.call('fund.rejectVoucher', { id: voucherId, reason: '附件不全' });
    await refused(
      'fund.discardVoucher',
      { id: voucherId },
      '是公益项目 微基金项目〔2026〕1号 结项的记账凭证，结项已按它登记退回和结余资金，不能删除',
      'approver',
    );
    await world.backend.as('approver').call('fund.submitVoucher', { id: voucherId });
    await other.call('fund.postVoucher', { id: voucherId });
    await refused(
      'fund.reverseVoucher',
      { id: voucherId, date: '2026-03-15', reason: '金额有误' },
      '结项已按它登记退回和结余资金，不能冲销',
    );
  });
});
