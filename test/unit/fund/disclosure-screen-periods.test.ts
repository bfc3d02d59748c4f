import { describe, expect, it } from 'vitest';
import {
  disclosureDeadlineItems,
  type DeadlineFacts,
} from '../../../shared/features/fund/disclosure/disclosure-deadlines';
import type {
  DisclosureDeadlines,
  DisclosureRecord,
} from '../../../shared/features/fund/disclosure/contract';
import {
  cardDeadlines,
  deadlinePath,
  quarterLabel,
  quarterOf,
  runningPeriodDeadlines,
} from '../../../renderer/features/fund/disclosure/disclosure-periods';

function posted(
  entry: Pick<DisclosureRecord, 'kind' | 'year' | 'quarter' | 'publishedOn'>,
): DisclosureRecord {
  return {
    id: 1,
    kindLabel: '',
    projectId: null,
    projectNumber: null,
    projectTitle: null,
    workingDays: 5,
    createdAt: `${entry.publishedOn}T09:00:00.000Z`,
    ...entry,
  };
}

function calendarOf(facts: DeadlineFacts, asOf: string): DisclosureDeadlines {
  const items = disclosureDeadlineItems(facts, asOf);
  return {
    asOf,
    items,
    overdueCount: items.filter((item) => item.status === 'overdue').length,
    dueSoonCount: items.filter((item) => item.status === 'due_soon').length,
  };
}

const project = {
  id: 7,
  number: '微基金项目〔2026〕3号',
  title: '高龄老人助餐',
  state: 'in_progress',
  periodStart: '2026-03-01',
  periodEnd: '2027-02-28',
  agreedOn: '2026-03-10',
  closedOn: null,
};

describe('the disclosure screens’ periods', () => {
  it('puts a day in its quarter and names the quarter', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-12-04'].map(quarterOf)).toEqual([
      1, 1, 2, 3, 4,
    ]);
    expect(quarterLabel(2026, 4)).toBe('2026年第4季度');
  });

  it('sends every deadline to the 信息公开 screen, a quarter’s or a year’s on its quarter', () => {
    expect(deadlinePath({ kind: 'project_update', year: 2026, quarter: null, projectId: 7 })).toBe(
      '/fund/disclosure',
    );
    expect(deadlinePath({ kind: 'quarterly', year: 2026, quarter: 3, projectId: null })).toBe(
      '/fund/disclosure?year=2026&quarter=3',
    );
    expect(deadlinePath({ kind: 'annual', year: 2025, quarter: null, projectId: null })).toBe(
      '/fund/disclosure?year=2025&quarter=1',
    );
  });

  it('owes this quarter’s notice by the end of the next month and this year’s report by 5月31日', () => {
    const running = runningPeriodDeadlines('2026-12-04', []);
    expect(running.map((item) => [item.what, item.dueOn, item.status])).toEqual([
      ['2026年第4季度收支公示', '2027-01-31', 'pending'],
      ['2026年度报告', '2027-05-31', 'pending'],
    ]);
  });

  it('counts this quarter’s notice as done once the register holds it', () => {
    const register = [posted({ kind: 'quarterly', year: 2026, quarter: 4, publishedOn: '2026-12-03' })];
    const [quarterly] = runningPeriodDeadlines('2026-12-04', register);
    expect(quarterly).toMatchObject({ status: 'done', statusLabel: '已完成', doneOn: '2026-12-03' });
  });

  it('lists what is late apart from what comes next, each by due date, leaving out what is done', () => {
    const facts: DeadlineFacts = {
      fundOpenedOn: '2026-04-01',
      disclosures: [
        { kind: 'quarterly', year: 2026, quarter: 2, projectId: null, publishedOn: '2026-07-10' },
      ],
      projects: [project],
    };
    const { late, lateHidden, next } = cardDeadlines(calendarOf(facts, '2026-12-04'), [], 10);
    expect(late.map((row) => row.what)).toEqual([
      '微基金项目〔2026〕3号 高龄老人助餐 项目进展公示',
      '2026年第3季度收支公示',
    ]);
    expect(lateHidden).toBe(0);
    expect(next.map((row) => [row.what, row.status])).toEqual([
      ['2026年第4季度收支公示', 'pending'],
      ['2026年度报告', 'pending'],
    ]);
  });

  it('keeps the next deadlines in view behind a long backlog, counting the late ones left out', () => {
    const facts: DeadlineFacts = { fundOpenedOn: '2025-01-01', disclosures: [], projects: [] };
    const calendar = calendarOf(facts, '2026-12-04');
    const { late, lateHidden, next } = cardDeadlines(calendar, [], 4);
    expect(late).toHaveLength(4);
    expect(late[0]?.what).toBe('2025年第1季度收支公示');
    expect(lateHidden).toBe(calendar.overdueCount - 4);
    expect(next.map((row) => row.what)).toEqual(['2026年第4季度收支公示', '2026年度报告']);
  });
});
