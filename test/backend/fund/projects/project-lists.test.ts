// The projects list (filters, paging, the amounts of each row) and a project's 操作日志 (a row for every
// step, with the project before and after it) on a real SQLite file.
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { communityInput } from '../../../fixtures/builders';
import { yuan } from '../../../fixtures/fund-donations';
import { approvedFen, projectIn, step, world } from './project-world';

describe('the projects list', () => {
  it('filters by state, community and year, newest first, with each row’s amounts', async () => {
    const other = await world.backend.call('communities.create', communityInput({ name: '和平社区' }));
    const submitted = await projectIn('submitted');
    const running = await projectIn('in_progress');
    const elsewhere = await projectIn('agreed', { communityId: other.id, title: '儿童托管' });
    const lastYear = await projectIn('submitted', { appliedOn: '2025-12-20', title: '冬季送温暖' });

    const all = await world.backend.call('fund.projects', {});
    expect(all.total).toBe(4);
    expect(all.rows.map((row) => row.number)).toEqual([
      '微基金项目〔2026〕3号',
      '微基金项目〔2026〕2号',
      '微基金项目〔2026〕1号',
      '微基金项目〔2025〕1号',
    ]);
    const byId = Object.fromEntries(all.rows.map((row) => [row.id, row]));
    expect(byId[running]).toMatchObject({
      state: 'in_progress',
      stateLabel: '实施中',
      communityName: '幸福社区',
      applicantName: '幸福社区银龄互助队',
      budgetFen: yuan(2_000),
      approvedFen,
      paidFen: yuan(1_000),
      remainingFen: yuan(800),
    });
    expect(byId[submitted]).toMatchObject({ approvedFen: null, paidFen: 0, remainingFen: 0 });
    expect(byId[elsewhere]).toMatchObject({
      communityName: '和平社区',
      paidFen: 0,
      remainingFen: approvedFen,
    });

    const ids = async (filter: ChannelInput<'fund.projects'>) => {
      const page = await world.backend.call('fund.projects', filter);
      return [page.total, page.rows.map((row) => row.id)];
    };
    expect(await ids({ state: 'submitted' })).toEqual([2, [submitted, lastYear]]);
    expect(await ids({ communityId: other.id })).toEqual([1, [elsewhere]]);
    expect(await ids({ year: 2025 })).toEqual([1, [lastYear]]);
    expect(await ids({ year: 2026, state: 'submitted' })).toEqual([1, [submitted]]);
    expect(await ids({ state: 'closed' })).toEqual([0, []]);
    expect(await ids({ pageSize: 3, page: 2 })).toEqual([4, [lastYear]]);
  });

  it('refuses a state it does not know, naming the field', async () => {
    const result = await world.backend.send('fund.projects', { state: 'paid' as never });
    expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', field: 'state' });
    expect(!result.ok && result.error.message).toMatch(/^状态：/u);
  });
});

describe('a project’s 操作日志', () => {
  it('has a row for every step, newest first, each with the project before and after it', async () => {
    const id = await projectIn('submitted');
    for (const action of ['edit', 'review', 'approve', 'agree', 'pay', 'report'] as const)
      await step(id, action);
    const page = await world.backend.call('fund.projectAudit', { id });
    const rows = [...page.rows].reverse();
    expect(page.total).toBe(7);
    expect(rows.map((row) => [row.action, row.actor])).toEqual([
      ['submit', '测试员'],
      ['update', '测试员'],
      ['review', '审核员'],
      ['decide', '审核员'],
      ['sign', '测试员'],
      ['create', '测试员'],
      ['report', '测试员'],
    ]);
    expect(rows.every((row) => row.entity === 'fund_project' && row.entityId === id)).toBe(true);
    const states = rows.map((row) => [
      (row.before as { state: string } | null)?.state ?? null,
      (row.after as { state: string }).state,
    ]);
    expect(states).toEqual([
      [null, 'submitted'],
      ['submitted', 'submitted'],
      ['submitted', 'reviewed'],
      ['reviewed', 'approved'],
      ['approved', 'agreed'],
      ['agreed', 'in_progress'],
      ['in_progress', 'in_progress'],
    ]);
    expect(rows[3]!.before).toMatchObject({ approvedFen: null });
    expect(rows[3]!.after).toMatchObject({ approvedFen, number: '微基金项目〔2026〕1号' });

    const second = await world.backend.call('fund.projectAudit', { id, offset: 2, limit: 2 });
    expect(second.total).toBe(7);
    expect(second.rows.map((row) => row.action)).toEqual(['sign', 'decide']);
  });

  it('keeps each project’s rows to itself and answers a missing project as not found', async () => {
    const first = await projectIn('reviewed');
    const second = await projectIn('submitted');
    expect((await world.backend.call('fund.projectAudit', { id: first })).total).toBe(2);
    expect((await world.backend.call('fund.projectAudit', { id: second })).total).toBe(1);
    const missing = await world.backend.send('fund.projectAudit', { id: 999 });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});
