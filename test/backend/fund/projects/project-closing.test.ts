// 结项 on a real SQLite file: used and returned add up to what was paid, no payment left unposted, the
// leftover of the approved amount goes back to its designation (free again for other projects) or to
// another by a 管委会 decision; after it nothing is paid, reported or closed again.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { designation } from '../../../fixtures/fund';
import { yuan } from '../../../fixtures/fund-donations';
import { application, closingInput, decisionNo, projectIn, refused, step, world } from './project-world';

const closing = closingInput;

const closeRefused = (input: ChannelInput<'fund.closeProject'>, message: string) =>
  refused('fund.closeProject', input, message, 'approver');

describe('closing a project', () => {
  it('keeps what was paid, used, returned and left over, audited as concluded', async () => {
    const id = await projectIn('in_progress');
    const closed = await world.backend.as('approver').call('fund.closeProject', closing(id));
    expect(closed).toMatchObject({ state: 'closed', stateLabel: '已结项', allowedActions: [] });
    expect(closed.closing).toEqual({
      closedOn: '2026-03-15',
      paidFen: yuan(1_000),
      usedFen: yuan(900),
      returnedFen: yuan(100),
      leftoverFen: yuan(900),
      disposition: 'return_to_designation',
      redesignationDecisionId: null,
      targetDesignationId: null,
      targetDesignationName: null,
      report: '送餐服务按期完成',
      // The 100.00 returned is booked by a voucher the closing submits for another 审核人 to post.
      voucherId: expect.any(Number),
      voucherState: 'submitted',
      voucherNumber: null,
    });
    const [row] = (await world.backend.call('fund.projectAudit', { id })).rows;
    expect(row).toMatchObject({
      action: 'conclude',
      actor: '审核员',
      summary:
        '公益项目 微基金项目〔2026〕1号「独居老人助餐」结项：已拨付 1,000.00 元，使用 900.00 元，' +
        `退回 100.00 元，结余 900.00 元退回原限定用途，结项凭证 #${closed.closing!.voucherId} 已提交审核`,
      before: expect.objectContaining({ state: 'in_progress' }),
      after: expect.objectContaining({ state: 'closed' }),
    });
  });

  it('refuses sums that do not meet what was paid, an unposted payment, or a day before the last payment', async () => {
    const id = await projectIn('in_progress');
    await closeRefused(
      closing(id, { returnedFen: yuan(50) }),
      '退回资金：实际使用 900.00 元加退回 50.00 元，应等于已拨付的 1,000.00 元',
    );
    await closeRefused(closing(id, { closedOn: '2026-03-07' }), '结项日期：不能早于 2026-03-12');
    await closeRefused(closing(id, { report: '' }), '结项报告：不能为空');
    await world.backend.call('fund.reportProject', {
      id,
      reportedOn: '2026-03-14',
      progress: '已送餐 300 份',
      usedFen: yuan(950),
    });
    await closeRefused(
      closing(id),
      '实际使用资金：900.00 元少于最近一次进展报告（2026-03-14）的累计使用 950.00 元',
    );
    await step(id, 'pay');
    await closeRefused(closing(id), '结项：还有 1 张拨付凭证未记账（草稿或待审核），请先记账或删除后再结项');
    expect((await world.backend.call('fund.project', { id })).closing).toBeNull();
  });

  it('gives the leftover back to the designation, for other projects to be approved on', async () => {
    const whole = { budgetFen: yuan(19_000), budgetLines: [{ item: '全年餐费', amountFen: yuan(19_000) }] };
    const { id: big } = await world.backend.call('fund.applyProject', application(whole));
    const approver = world.backend.as('approver');
    await step(big, 'review');
    await approver.call('fund.decideProject', {
      id: big,
      result: 'approved',
      decidedOn: '2026-03-06',
      decisionNo: decisionNo(big),
      approvedFen: yuan(19_000),
    });
    const agreed = await world.backend.call('fund.agreeProject', {
      id: big,
      agreementNo: '资助〔2026〕大1号',
      signedOn: '2026-03-08',
      instalments: [
        { plannedOn: '2026-03-10', amountFen: yuan(10_000) },
        { plannedOn: '2026-06-10', amountFen: yuan(9_000) },
      ],
    });
    const paid = await world.backend.call('fund.payInstalment', {
      instalmentId: agreed.agreement!.instalments[0]!.id,
      date: '2026-03-12',
      submit: true,
    });
    await world.post(paid.voucherId);
    // 20,000 received, 10,000 spent, 9,000 still promised to the big project: 1,000 may be approved.
    const id = await projectIn('reviewed');
    const decide = { id, result: 'approved' as const, decidedOn: '2026-03-06', decisionNo: decisionNo(id) };
    await refused(
      'fund.decideProject',
      { ...decide, approvedFen: yuan(1_800) },
      '可用 10,000.00 元，其他项目已批准未拨付 9,000.00 元，最多可批准 1,000.00 元',
      'approver',
    );
    await approver.call('fund.closeProject', closing(big, { usedFen: yuan(10_000), returnedFen: 0 }));
    const approved = await approver.call('fund.decideProject', { ...decide, approvedFen: yuan(1_800) });
    expect(approved.state).toBe('approved');
  });
});

describe('re-designating the leftover', () => {
  it('records the 管委会’s decision with the members present and where the leftover goes', async () => {
    const target = await designation(world.backend, '助残服务');
    const id = await projectIn('in_progress');
    const redesignation = {
      decidedOn: '2026-03-14',
      decisionNo: '管委〔2026〕改1号',
      targetDesignationId: target.id,
    };
    const closed = await world.backend
      .as('approver')
      .call('fund.closeProject', closing(id, { disposition: 'redesignate', redesignation }));
    expect(closed.closing).toMatchObject({
      disposition: 'redesignate',
      leftoverFen: yuan(900),
      targetDesignationId: target.id,
      targetDesignationName: '助残服务',
      redesignationDecisionId: closed.redesignation!.id,
    });
    expect(closed.redesignation).toMatchObject({
      purpose: 'redesignation',
      decidedOn: '2026-03-14',
      decisionNo: '管委〔2026〕改1号',
      result: 'approved',
      approvedFen: yuan(900),
      conditions: '结余资金改用于「助残服务」',
      members: [
        { name: '张主任', duty: 'chair' },
        { name: '李委员', duty: 'member' },
      ],
    });
    expect(closed.decision!.purpose).toBe('approval');
    const [row] = (await world.backend.call('fund.projectAudit', { id })).rows;
    expect(row!.summary).toMatch(/结余 900\.00 元经管委会决议改用于「助残服务」，结项凭证 #\d+ 已提交审核$/u);
  });

  it('refuses a re-designation without its decision, to the same designation, or under a used number', async () => {
    const target = await designation(world.backend, '助残服务');
    const id = await projectIn('in_progress');
    const redesignation = {
      decidedOn: '2026-03-14',
      decisionNo: decisionNo(id),
      targetDesignationId: target.id,
    };
    await closeRefused(
      closing(id, { disposition: 'redesignate' }),
      '改变用途：经管委会决议改变用途时必须填写决议和新的限定用途',
    );
    await closeRefused(closing(id, { redesignation }), '改变用途：退回原限定用途时不填写改变用途决议');
    await closeRefused(
      closing(id, {
        disposition: 'redesignate',
        redesignation: { ...redesignation, targetDesignationId: world.designationId },
      }),
      '改变后的限定用途：与项目原限定用途相同，请选择「退回原限定用途」',
    );
    await closeRefused(
      closing(id, { disposition: 'redesignate', redesignation }),
      `改变用途决议文号：「${decisionNo(id)}」已被其他决议使用`,
    );
    await closeRefused(
      closing(id, {
        disposition: 'redesignate',
        redesignation: { ...redesignation, decidedOn: '2026-03-05' },
      }),
      '改变用途决议日期：不能早于 2026-03-06',
    );
  });
});

describe('a closed project’s payments', () => {
  it('are settled: reversing one is refused, changing nothing', async () => {
    const id = await projectIn('closed');
    const [first] = (await world.backend.call('fund.project', { id })).agreement!.instalments;
    await refused(
      'fund.reverseVoucher',
      { id: first!.voucherId!, date: '2026-03-15', reason: '收款账户有误' },
      `记账凭证 ${first!.voucherNumber} 是已结项的公益项目 微基金项目〔2026〕1号 的拨付凭证，结项时已按它核定已拨付金额，不能冲销`,
    );
    expect(await world.backend.call('fund.project', { id })).toMatchObject({ paidFen: yuan(1_000) });
  });

  it('wait for a reversal under review before the project may be closed', async () => {
    const id = await projectIn('in_progress');
    const [first] = (await world.backend.call('fund.project', { id })).agreement!.instalments;
    await world.backend.call('fund.reverseVoucher', {
      id: first!.voucherId!,
      date: '2026-03-14',
      reason: '收款账户有误',
    });
    await closeRefused(
      closing(id),
      `结项：拨付凭证 ${first!.voucherNumber} 的冲销凭证还未记账，请先记账或删除后再结项`,
    );
  });
});
