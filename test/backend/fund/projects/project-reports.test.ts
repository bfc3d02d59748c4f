// Progress reports and the reminder list on a real SQLite file: the money used to date stays within what
// was paid and never goes down; a project in progress longer than six months is reminded three months
// after its last report (or its agreement), 15 days ahead (待更新) or once late (已逾期). Today is 2026-03-15.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { yuan } from '../../../fixtures/fund-donations';
import { application, postPayments, projectIn, refused, world } from './project-world';

const report = (id: number, over: Partial<ChannelInput<'fund.reportProject'>> = {}) => ({
  id,
  reportedOn: '2026-03-14',
  progress: '已送餐 200 份',
  usedFen: yuan(600),
  ...over,
});

describe('a progress report', () => {
  it('keeps what was done and the money used to date, audited', async () => {
    const id = await projectIn('in_progress');
    await world.backend.call(
      'fund.reportProject',
      report(id, { reportedOn: '2026-03-13', usedFen: yuan(400) }),
    );
    const reported = await world.backend.call('fund.reportProject', report(id));
    expect(reported.state).toBe('in_progress');
    expect(reported.reports.map((r) => [r.reportedOn, r.progress, r.usedFen])).toEqual([
      ['2026-03-13', '已送餐 200 份', yuan(400)],
      ['2026-03-14', '已送餐 200 份', yuan(600)],
    ]);
    const [row] = (await world.backend.call('fund.projectAudit', { id })).rows;
    expect(row).toMatchObject({
      action: 'report',
      summary: '公益项目 微基金项目〔2026〕1号「独居老人助餐」进展报告（2026-03-14，累计使用 600.00 元）',
      before: expect.objectContaining({ state: 'in_progress' }),
      after: expect.objectContaining({ state: 'in_progress' }),
    });
  });

  it('refuses more used than paid (a draft payment is not paid), less than last time, or out of its dates', async () => {
    const id = await projectIn('agreed');
    const early = report(id, { reportedOn: '2026-03-07', usedFen: 0 });
    await refused('fund.reportProject', early, '报告日期：不能早于 2026-03-08');
    await world.backend.call('fund.reportProject', report(id, { usedFen: 0 }));
    const [first] = (await world.backend.call('fund.project', { id })).agreement!.instalments;
    await world.backend.call('fund.payInstalment', { instalmentId: first!.id, date: '2026-03-12' });
    await refused('fund.reportProject', report(id), '累计使用资金：600.00 元超过已拨付的 0.00 元');
    await postPayments(id);
    await world.backend.call('fund.reportProject', report(id));
    await refused(
      'fund.reportProject',
      report(id, { usedFen: yuan(500) }),
      '累计使用资金：是累计数，不能少于上次报告（2026-03-14）的 600.00 元',
    );
    await refused(
      'fund.reportProject',
      report(id, { usedFen: yuan(1_000) + 1 }),
      '累计使用资金：1,000.01 元超过已拨付的 1,000.00 元',
    );
    await refused('fund.reportProject', report(id, { reportedOn: '2026-03-16' }), '报告日期：不能晚于今天');
    await refused('fund.reportProject', report(id, { progress: '' }), '进展情况：不能为空');
    // A report dated before the last one would put the cumulative figures out of order.
    await refused(
      'fund.reportProject',
      report(id, { reportedOn: '2026-03-13', usedFen: yuan(700) }),
      '报告日期：不能早于 2026-03-14',
    );
  });
});

/** A project on unrestricted money, agreed on `signedOn` and its first instalment drafted: 实施中. */
async function running(title: string, periodStart: string, periodEnd: string, signedOn: string) {
  const { backend } = world;
  const approver = backend.as('approver');
  const { id } = await backend.call(
    'fund.applyProject',
    application({ title, periodStart, periodEnd, appliedOn: '2025-12-01', designationId: null }),
  );
  await approver.call('fund.reviewProject', { id, reviewedOn: '2025-12-02', opinion: '同意' });
  await approver.call('fund.decideProject', {
    id,
    result: 'approved',
    decidedOn: '2025-12-03',
    decisionNo: `管委〔2025〕${id}号`,
    approvedFen: yuan(1_000),
  });
  const agreed = await backend.call('fund.agreeProject', {
    id,
    agreementNo: `资助〔2025〕${id}号`,
    signedOn,
    instalments: [{ plannedOn: signedOn, amountFen: yuan(1_000) }],
  });
  await backend.call('fund.payInstalment', {
    instalmentId: agreed.agreement!.instalments[0]!.id,
    date: '2026-01-15',
  });
  return id;
}

describe('the reminder list', () => {
  it('lists the long projects whose update is due within 15 days or late, the earliest first', async () => {
    const late = await running('逾期项目', '2025-12-01', '2026-11-30', '2025-12-10');
    const due = await running('待更新项目', '2025-12-01', '2026-11-30', '2025-12-30');
    await running('尚早项目', '2025-12-01', '2026-11-30', '2025-12-31');
    // Six months exactly is not longer than six months: only its result is disclosed, at its end.
    await running('短期项目', '2025-12-01', '2026-06-01', '2025-12-10');
    const reported = await running('已报告项目', '2025-12-01', '2026-11-30', '2025-12-10');
    await world.backend.call(
      'fund.reportProject',
      report(reported, { reportedOn: '2026-03-01', usedFen: 0 }),
    );
    // Agreed but not started: nothing carried out yet, nothing to disclose.
    await projectIn('agreed', {
      periodStart: '2025-12-01',
      periodEnd: '2026-11-30',
      appliedOn: '2025-12-01',
    });

    const reminders = await world.backend.call('fund.projectReminders', {});
    expect(reminders.map((r) => [r.id, r.title, r.lastUpdateOn, r.dueOn, r.stateLabel])).toEqual([
      [late, '逾期项目', '2025-12-10', '2026-03-10', '已逾期'],
      [due, '待更新项目', '2025-12-30', '2026-03-30', '待更新'],
    ]);
    expect(reminders[0]).toMatchObject({ number: '微基金项目〔2025〕1号', communityName: '幸福社区' });

    const list = await world.backend.call('fund.projects', { state: 'in_progress' });
    const nextDue = Object.fromEntries(list.rows.map((row) => [row.title, row.nextUpdateDue]));
    expect(nextDue).toEqual({
      逾期项目: '2026-03-10',
      待更新项目: '2026-03-30',
      尚早项目: '2026-03-31',
      短期项目: null,
      已报告项目: '2026-06-01',
    });
  });

  it('drops a late project once it reports', async () => {
    const late = await running('逾期项目', '2025-12-01', '2026-11-30', '2025-12-10');
    await world.backend.call('fund.reportProject', report(late, { reportedOn: '2026-03-15', usedFen: 0 }));
    expect(await world.backend.call('fund.projectReminders', {})).toEqual([]);
  });
});
