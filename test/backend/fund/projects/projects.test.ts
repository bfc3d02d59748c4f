// Welfare projects through the channels on a real SQLite file: the whole way from application to 结项 and
// the closed project refusing payment (every (state, action) pair is walked in project-steps.test.ts).
import { describe, expect, it } from 'vitest';
import { yuan } from '../../../fixtures/fund-donations';
import { application, refused, world } from './project-world';

async function agreedProject(): Promise<{ id: number; instalmentIds: number[] }> {
  const { id } = await world.backend.call('fund.applyProject', application());
  const approver = world.backend.as('approver');
  await approver.call('fund.reviewProject', { id, reviewedOn: '2026-03-05', opinion: '同意报管委会' });
  await approver.call('fund.decideProject', {
    id,
    result: 'approved',
    decidedOn: '2026-03-06',
    decisionNo: '管委〔2026〕1号',
    approvedFen: yuan(1_800),
  });
  const agreed = await world.backend.call('fund.agreeProject', {
    id,
    agreementNo: '资助〔2026〕1号',
    signedOn: '2026-03-08',
    instalments: [
      { plannedOn: '2026-03-10', amountFen: yuan(1_000) },
      { plannedOn: '2026-06-10', amountFen: yuan(800) },
    ],
  });
  return { id, instalmentIds: agreed.agreement!.instalments.map((instalment) => instalment.id) };
}

describe('welfare projects', () => {
  it('numbers an application 微基金项目〔2026〕1号 and refuses budget lines that do not add up', async () => {
    const created = await world.backend.call('fund.applyProject', application());
    expect(created).toMatchObject({
      number: '微基金项目〔2026〕1号',
      state: 'submitted',
      stateLabel: '申请中',
    });
    await refused(
      'fund.applyProject',
      application({ budgetFen: yuan(2_001) }),
      '预算明细：合计 2,000.00 元，与申请金额 2,001.00 元不一致',
    );
  });

  it('goes from application to 结项, audited, and a closed project refuses payment', async () => {
    const { id, instalmentIds } = await agreedProject();
    const paid = await world.backend.call('fund.payInstalment', {
      instalmentId: instalmentIds[0]!,
      date: '2026-03-12',
      submit: true,
    });
    await world.post(paid.voucherId);
    const detail = await world.backend.call('fund.project', { id });
    expect(detail).toMatchObject({ state: 'in_progress', paidFen: yuan(1_000), remainingFen: yuan(800) });
    expect(detail.decision?.members.map((member) => member.name)).toEqual(['张主任', '李委员']);
    await world.backend.call('fund.reportProject', {
      id,
      reportedOn: '2026-03-14',
      progress: '已送餐 200 份',
      usedFen: yuan(600),
    });
    const closed = await world.backend.as('administrator').send('fund.closeProject', {
      id,
      closedOn: '2026-03-15',
      usedFen: yuan(900),
      returnedFen: yuan(100),
      disposition: 'return_to_designation',
      report: '完成',
    });
    expect(closed.ok).toBe(false);
    await world.backend.as('approver').call('fund.closeProject', {
      id,
      closedOn: '2026-03-15',
      usedFen: yuan(900),
      returnedFen: yuan(100),
      disposition: 'return_to_designation',
      report: '完成',
    });
    await refused(
      'fund.payInstalment',
      { instalmentId: instalmentIds[1]!, date: '2026-03-15' },
      '该项目已结项，不能再拨付任何款项',
    );
    const audit = await world.backend.call('fund.projectAudit', { id });
    expect(audit.rows.map((row) => row.action)).toEqual([
      'conclude',
      'report',
      'create',
      'sign',
      'decide',
      'review',
      'submit',
    ]);
  });

  it('refuses the reviewer who prepared the application (制单与审核分离)', async () => {
    const { id } = await world.backend.as('approver').call('fund.applyProject', application());
    await refused(
      'fund.reviewProject',
      { id, reviewedOn: '2026-03-05', opinion: '同意' },
      '制单与审核分离',
      'approver',
    );
  });

  it('refuses instalments that do not add up to the approved amount', async () => {
    const { id } = await world.backend.call('fund.applyProject', application());
    const approver = world.backend.as('approver');
    await approver.call('fund.reviewProject', { id, reviewedOn: '2026-03-05', opinion: '同意' });
    await refused(
      'fund.decideProject',
      {
        id,
        result: 'approved',
        decidedOn: '2026-03-06',
        decisionNo: '管委〔2026〕2号',
        approvedFen: yuan(2_500),
      },
      '超过申请金额',
      'approver',
    );
    await approver.call('fund.decideProject', {
      id,
      result: 'approved',
      decidedOn: '2026-03-06',
      decisionNo: '管委〔2026〕2号',
      approvedFen: yuan(1_800),
    });
    await refused(
      'fund.agreeProject',
      {
        id,
        agreementNo: 'X1',
        signedOn: '2026-03-08',
        instalments: [{ plannedOn: '2026-03-10', amountFen: yuan(1_000) }],
      },
      '拨付计划：各期合计 1,000.00 元，与批准金额 1,800.00 元不一致',
    );
  });

  it('refuses withdrawing a project once paid, with the workflow sentence, changing nothing', async () => {
    const { id, instalmentIds } = await agreedProject();
    await world.backend.call('fund.payInstalment', { instalmentId: instalmentIds[0]!, date: '2026-03-12' });
    await refused('fund.withdrawProject', { id, reason: '不办了' }, '该项目已拨付款项，不能撤回');
    await refused(
      'fund.payInstalment',
      { instalmentId: instalmentIds[0]!, date: '2026-03-12' },
      '已有拨付凭证（草稿）',
    );
  });
});
