// The 管委会's decision and the grant agreement on a real SQLite file: the decision's date, number, members
// present, approved amount (within the budget and what the designation has not promised to others) and
// conditions; the agreement's instalments adding up to the approved amount.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { fundSettings } from '../../../fixtures/fund';
import { yuan } from '../../../fixtures/fund-donations';
import {
  agreementNo,
  approvedFen,
  decisionNo,
  instalmentPlan,
  projectIn,
  refused,
  step,
  world,
} from './project-world';

const approval = (id: number, over: Partial<ChannelInput<'fund.decideProject'>> = {}) => ({
  id,
  result: 'approved' as const,
  decidedOn: '2026-03-06',
  decisionNo: decisionNo(id),
  approvedFen,
  ...over,
});

const agreement = (id: number, over: Partial<ChannelInput<'fund.agreeProject'>> = {}) => ({
  id,
  agreementNo: agreementNo(id),
  signedOn: '2026-03-08',
  instalments: instalmentPlan,
  ...over,
});

describe('the 管委会’s decision', () => {
  it('keeps its date, number, amount, conditions and the members present at the time', async () => {
    const id = await projectIn('reviewed');
    const decided = await world.backend
      .as('approver')
      .call('fund.decideProject', approval(id, { conditions: '须每月报送送餐台账' }));
    expect(decided).toMatchObject({ state: 'approved', approvedFen, paidFen: 0, remainingFen: approvedFen });
    expect(decided.decision).toMatchObject({
      decidedOn: '2026-03-06',
      decisionNo: decisionNo(id),
      result: 'approved',
      approvedFen,
      conditions: '须每月报送送餐台账',
    });
    // A later change of the committee leaves the members who were present on the decision.
    await world.backend.as('administrator').call('fund.saveSettings', {
      ...fundSettings,
      committee: [{ name: '赵主任', duty: 'chair', affiliation: '幸福街道办事处', phone: '' }],
    });
    const later = await world.backend.call('fund.project', { id });
    expect(later.decision!.members.map((member) => member.name)).toEqual(['张主任', '李委员']);
  });

  it('refuses a decision without an amount, out of its dates, or under a number already used', async () => {
    const first = await projectIn('approved');
    const id = await projectIn('reviewed');
    const refusedAs = (input: ChannelInput<'fund.decideProject'>, message: string) =>
      refused('fund.decideProject', input, message, 'approver');
    await refusedAs(approval(id, { approvedFen: null }), '批准金额：批准资助时必须填写');
    await refusedAs(approval(id, { decidedOn: '2026-03-04' }), '决议日期：不能早于 2026-03-05');
    await refusedAs(approval(id, { decidedOn: '2026-03-16' }), '决议日期：不能晚于今天（2026-03-15）');
    await refusedAs(
      approval(id, { decisionNo: decisionNo(first) }),
      `决议文号：「${decisionNo(first)}」已被其他决议使用`,
    );
    await refusedAs(
      approval(id, { approvedFen: yuan(2_000) + 1 }),
      '批准金额：2,000.01 元超过申请金额 2,000.00 元',
    );
    await refusedAs(approval(id, { decisionNo: ' ' }), '决议文号：不能为空');
  });

  it('approves no more than the designation has not promised to other projects', async () => {
    const whole = { budgetFen: yuan(20_000), budgetLines: [{ item: '全年餐费', amountFen: yuan(20_000) }] };
    const big = await projectIn('reviewed', whole);
    await world.backend
      .as('approver')
      .call('fund.decideProject', approval(big, { approvedFen: yuan(19_000) }));
    const id = await projectIn('reviewed');
    await refused(
      'fund.decideProject',
      approval(id),
      '批准金额：限定用途「助老服务」可用 20,000.00 元，其他项目已批准未拨付 19,000.00 元，最多可批准 1,000.00 元',
      'approver',
    );
    await world.backend.as('approver').call('fund.decideProject', approval(id, { approvedFen: yuan(1_000) }));
    // A withdrawn project gives back what it was promised.
    await world.backend.call('fund.withdrawProject', { id: big, reason: '社区另有安排' });
    const third = await projectIn('reviewed');
    await step(third, 'approve');
    expect((await world.backend.call('fund.project', { id: third })).approvedFen).toBe(approvedFen);
  });
});

describe('the grant agreement', () => {
  it('records the instalments, unpaid, in order, audited as signed', async () => {
    const id = await projectIn('approved');
    const agreed = await world.backend.call('fund.agreeProject', {
      ...agreement(id),
      terms: '按月报送台账',
      instalments: [
        { plannedOn: '2026-03-10', amountFen: yuan(1_000), condition: '签约后' },
        { plannedOn: '2026-06-10', amountFen: yuan(800), condition: '中期报告通过后' },
      ],
    });
    expect(agreed).toMatchObject({ state: 'agreed', stateLabel: '已签协议' });
    expect(agreed.agreement).toMatchObject({ agreementNo: agreementNo(id), signedOn: '2026-03-08' });
    expect(
      agreed.agreement!.instalments.map((i) => [i.seq, i.plannedOn, i.amountFen, i.condition, i.stateLabel]),
    ).toEqual([
      [1, '2026-03-10', yuan(1_000), '签约后', '未拨付'],
      [2, '2026-06-10', yuan(800), '中期报告通过后', '未拨付'],
    ]);
    const [row] = (await world.backend.call('fund.projectAudit', { id })).rows;
    expect(row).toMatchObject({
      action: 'sign',
      summary: `签订公益项目 微基金项目〔2026〕1号「独居老人助餐」资助协议 ${agreementNo(id)}（2 期，共 1,800.00 元）`,
      before: expect.objectContaining({ state: 'approved' }),
      after: expect.objectContaining({ state: 'agreed' }),
    });
  });

  it('refuses instalments that do not add up, a day before the decision, or a number in use', async () => {
    const first = await projectIn('agreed');
    const id = await projectIn('approved');
    await refused(
      'fund.agreeProject',
      agreement(id, { instalments: [...instalmentPlan, { plannedOn: '2026-09-10', amountFen: 1 }] }),
      '拨付计划：各期合计 1,800.01 元，与批准金额 1,800.00 元不一致',
    );
    await refused('fund.agreeProject', agreement(id, { instalments: [] }), '拨付计划：至少一期');
    await refused(
      'fund.agreeProject',
      agreement(id, { signedOn: '2026-03-05' }),
      '签订日期：不能早于 2026-03-06',
    );
    await refused(
      'fund.agreeProject',
      agreement(id, { agreementNo: agreementNo(first) }),
      `协议编号：「${agreementNo(first)}」已被其他协议使用`,
    );
    expect((await world.backend.call('fund.project', { id })).agreement).toBeNull();
  });
});
