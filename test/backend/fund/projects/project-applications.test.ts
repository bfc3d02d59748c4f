// A welfare project's application on a real SQLite file: what it must hold, correcting it while 申请中,
// withdrawing it with a reason, and the 管委会 refusing it.
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../fixtures/backend';
import { providerInput } from '../../../fixtures/contracts';
import { yuan } from '../../../fixtures/fund-donations';
import { application, decisionNo, projectIn, refused, world } from './project-world';

const auditOf = async (id: number) => (await world.backend.call('fund.projectAudit', { id })).rows;

describe('an application', () => {
  it('takes a provider’s name from the register, and refuses what does not fit its applicant', async () => {
    const created = await world.backend.call(
      'fund.applyProject',
      application({ applicantKind: 'provider', providerId: world.providerId, applicantName: '' }),
    );
    expect(created).toMatchObject({ applicantName: providerInput().name, providerId: world.providerId });
    await refused(
      'fund.applyProject',
      application({ applicantKind: 'provider' }),
      '承接主体：申请主体为承接主体时必须选择',
    );
    await refused(
      'fund.applyProject',
      application({ providerId: world.providerId }),
      '承接主体：申请主体为居民自组织时不选择承接主体',
    );
    await refused(
      'fund.applyProject',
      application({ applicantName: '' }),
      '居民自组织名称：申请主体为居民自组织时必须填写',
    );
    await refused(
      'fund.applyProject',
      application({ periodEnd: '2026-02-28' }),
      '实施结束日期：不能早于开始日期 2026-03-01',
    );
    await refused('fund.applyProject', application({ appliedOn: '2026-03-16' }), '申请日期：不能晚于今天');
    await refused('fund.applyProject', application({ budgetLines: [] }), '预算明细：至少填写一项');
  });
});

describe('correcting an application', () => {
  it('replaces its fields and budget lines while 申请中, keeping its number, audited before and after', async () => {
    const id = await projectIn('submitted');
    const corrected = await world.backend.call('fund.updateProject', {
      id,
      ...application({
        title: '独居老人助餐（扩面）',
        budgetFen: yuan(2_400),
        budgetLines: [
          { item: '餐费', amountFen: yuan(1_800) },
          { item: '交通', amountFen: yuan(400) },
          { item: '保险', amountFen: yuan(200), note: '志愿者意外险' },
        ],
      }),
    });
    expect(corrected).toMatchObject({
      number: '微基金项目〔2026〕1号',
      state: 'submitted',
      title: '独居老人助餐（扩面）',
      budgetFen: yuan(2_400),
    });
    expect(corrected.budgetLines.map((line) => [line.lineNo, line.item, line.amountFen, line.note])).toEqual([
      [1, '餐费', yuan(1_800), ''],
      [2, '交通', yuan(400), ''],
      [3, '保险', yuan(200), '志愿者意外险'],
    ]);
    const [update] = await auditOf(id);
    expect(update).toMatchObject({
      action: 'update',
      actor: '测试员',
      summary: '修改公益项目申请 微基金项目〔2026〕1号「独居老人助餐（扩面）」（申请 2,400.00 元）',
      before: expect.objectContaining({ title: '独居老人助餐', budgetFen: yuan(2_000) }),
      after: expect.objectContaining({ title: '独居老人助餐（扩面）', budgetFen: yuan(2_400) }),
    });
  });

  it('refuses lines that do not add up, another year, and any correction after the review', async () => {
    const id = await projectIn('submitted');
    await refused(
      'fund.updateProject',
      { id, ...application({ budgetFen: yuan(1_999) }) },
      '预算明细：合计 2,000.00 元，与申请金额 1,999.00 元不一致',
    );
    await refused(
      'fund.updateProject',
      { id, ...application({ appliedOn: '2025-12-30' }) },
      '申请日期：项目编号按 2026 年编定，不能改到其他年度',
    );
    const reviewed = await projectIn('reviewed');
    await refused(
      'fund.updateProject',
      { id: reviewed, ...application({ title: '改名' }) },
      '该项目已经初审，申请内容不能再修改',
    );
    expect((await world.backend.call('fund.project', { id: reviewed })).title).toBe('独居老人助餐');
  });
});

describe('withdrawing an application', () => {
  it('keeps the withdrawn project with its reason and number, audited, and numbers the next one on', async () => {
    const id = await projectIn('reviewed');
    await refused('fund.withdrawProject', { id, reason: '' }, '撤回原因：不能为空');
    const reason = '社区另有安排。\n明年再申请。';
    const withdrawn = await world.backend.call('fund.withdrawProject', { id, reason });
    expect(withdrawn).toMatchObject({
      state: 'withdrawn',
      stateLabel: '已撤回',
      withdrawReason: reason,
      allowedActions: [],
    });
    const [row] = await auditOf(id);
    expect(row).toMatchObject({
      action: 'withdraw',
      summary: `撤回公益项目 微基金项目〔2026〕1号「独居老人助餐」，理由：${reason}`,
      before: expect.objectContaining({ state: 'reviewed' }),
      after: expect.objectContaining({ state: 'withdrawn' }),
    });
    const next = await world.backend.call('fund.applyProject', application());
    expect(next.number).toBe('微基金项目〔2026〕2号');
  });
});

describe('the 管委会 refusing an application', () => {
  it('records the decision with its reason and the members present, and ends the project', async () => {
    const id = await projectIn('reviewed');
    const refusal = {
      id,
      result: 'rejected' as const,
      decidedOn: '2026-03-06',
      decisionNo: decisionNo(id),
      conditions: '与已资助项目重复',
    };
    await refused(
      'fund.decideProject',
      { ...refusal, approvedFen: yuan(100) },
      '批准金额：不予资助时不填写',
      'approver',
    );
    const before = fingerprint(world.backend.dbPath);
    const rejected = await world.backend.as('approver').call('fund.decideProject', refusal);
    expect(fingerprint(world.backend.dbPath)).not.toBe(before);
    expect(rejected).toMatchObject({
      state: 'rejected',
      stateLabel: '不予资助',
      approvedFen: null,
      remainingFen: 0,
      allowedActions: [],
      decision: {
        purpose: 'approval',
        result: 'rejected',
        decidedOn: '2026-03-06',
        decisionNo: decisionNo(id),
        approvedFen: null,
        conditions: '与已资助项目重复',
        members: [
          { name: '张主任', duty: 'chair' },
          { name: '李委员', duty: 'member' },
        ],
      },
    });
    const [row] = await auditOf(id);
    expect(row).toMatchObject({
      action: 'decide',
      actor: '审核员',
      summary: `管委会决定公益项目 微基金项目〔2026〕1号「独居老人助餐」不予资助（${decisionNo(id)}，2026-03-06）`,
    });
    await refused(
      'fund.decideProject',
      { ...refusal, result: 'approved', approvedFen: yuan(100), decisionNo: '管委〔2026〕99号' },
      '管委会已决定不予资助，不能再作决定；如需重新申请，请提交新的项目申请',
      'approver',
    );
  });
});
