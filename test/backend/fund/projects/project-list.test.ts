// The 公益项目 list on a real SQLite file: its totals are those of every project the filter matches, not
// of the page shown; the filters (state, community, year, a word) and the sort reach the whole list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../../../shared/contract';
import { communityInput } from '../../../fixtures/builders';
import { yuan } from '../../../fixtures/fund-donations';
import {
  agreedProject,
  openProjectsWorld,
  projectApplication,
  type ProjectsWorld,
} from '../../../fixtures/fund-projects';

let world: ProjectsWorld;
let paidId: number;
let agreedId: number;
let appliedId: number;
let otherCommunityId: number;

/** Three projects: one with 1,000.00 of its 1,800.00 paid, one agreed and unpaid, one only applied. */
beforeEach(async () => {
  world = await openProjectsWorld();
  const paid = await agreedProject(world, { title: '独居老人助餐' });
  const voucher = await world.backend.call('fund.payInstalment', {
    instalmentId: paid.instalmentIds[0]!,
    date: '2026-03-12',
    submit: true,
  });
  await world.post(voucher.voucherId);
  paidId = paid.id;
  agreedId = (await agreedProject(world, { title: '楼道微更新' })).id;
  otherCommunityId = (await world.backend.call('communities.create', communityInput())).id;
  appliedId = (
    await world.backend.call(
      'fund.applyProject',
      projectApplication(world, {
        communityId: otherCommunityId,
        title: '儿童阅读角',
        applicantName: '阳光读书会',
        appliedOn: '2026-03-03',
      }),
    )
  ).id;
});
afterEach(() => world.backend.dispose());

const list = (input: Partial<ChannelInput<'fund.projects'>> = {}) =>
  world.backend.call('fund.projects', input);

describe('the projects list', () => {
  it('sums approved, paid and remaining over every matching project, whatever page is shown', async () => {
    const firstPage = await list({ pageSize: 1 });
    expect(firstPage.rows).toHaveLength(1);
    expect(firstPage.total).toBe(3);
    expect(firstPage.totals).toEqual({
      approvedFen: yuan(3_600),
      paidFen: yuan(1_000),
      remainingFen: yuan(2_600),
    });
    expect((await list({ pageSize: 1, page: 3 })).totals).toEqual(firstPage.totals);
  });

  it('sums only what the filter matches', async () => {
    const inProgress = await list({ state: 'in_progress' });
    expect(inProgress.rows.map((row) => row.id)).toEqual([paidId]);
    expect(inProgress.totals).toEqual({
      approvedFen: yuan(1_800),
      paidFen: yuan(1_000),
      remainingFen: yuan(800),
    });
    const other = await list({ communityId: otherCommunityId });
    expect(other.rows.map((row) => row.id)).toEqual([appliedId]);
    expect(other.totals).toEqual({ approvedFen: 0, paidFen: 0, remainingFen: 0 });
    expect((await list({ year: 2025 })).total).toBe(0);
  });

  it('finds a project by a word of its title, applicant or number', async () => {
    expect((await list({ search: '阅读' })).rows.map((row) => row.id)).toEqual([appliedId]);
    expect((await list({ search: '读书会' })).rows.map((row) => row.id)).toEqual([appliedId]);
    expect((await list({ search: '〔2026〕2号' })).rows.map((row) => row.id)).toEqual([agreedId]);
    expect((await list({ search: '100%' })).total).toBe(0);
  });

  it('sorts the whole filtered list before it is paged', async () => {
    // Newest number first unless asked otherwise.
    expect((await list()).rows.map((row) => row.id)).toEqual([appliedId, agreedId, paidId]);
    const byRemaining = await list({ sort: 'remainingFen', order: 'descend', pageSize: 1 });
    expect(byRemaining.rows.map((row) => row.id)).toEqual([agreedId]);
    // In pinyin order, 独 (dú) < 儿 (ér) < 楼 (lóu); by code point 独 would come last.
    const byTitle = await list({ sort: 'title', order: 'ascend' });
    expect(byTitle.rows.map((row) => row.title)).toEqual(['独居老人助餐', '儿童阅读角', '楼道微更新']);
  });
});
