import { describe, expect, it } from 'vitest';
import {
  addMonths,
  annualReportDue,
  deadlineStatus,
  disclosureDeadlineItems,
  quarterNoticeDue,
  runsLongerThanSixMonths,
  type DeadlineFacts,
  type ProjectFacts,
} from '../../../shared/features/fund/disclosure/disclosure-deadlines';

describe('the disclosure date rules', () => {
  it('owes a quarter’s notice by the end of the month after it, Q4 in the next January', () => {
    expect([1, 2, 3, 4].map((q) => quarterNoticeDue(2026, q))).toEqual([
      '2026-04-30',
      '2026-07-31',
      '2026-10-31',
      '2027-01-31',
    ]);
  });

  it('owes the annual report by 5月31日 of the next year', () => {
    expect(annualReportDue(2026)).toBe('2027-05-31');
    expect(annualReportDue(2027)).toBe('2028-05-31');
  });

  it('adds months keeping the day, or the month’s last day, leap years included', () => {
    expect(addMonths('2026-01-12', 3)).toBe('2026-04-12');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-10-31', 3)).toBe('2027-01-31');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
  });

  it('counts a project as longer than six months only past six months to the day', () => {
    expect(runsLongerThanSixMonths('2026-01-15', '2026-07-15')).toBe(false);
    expect(runsLongerThanSixMonths('2026-01-15', '2026-07-16')).toBe(true);
    expect(runsLongerThanSixMonths('2026-08-31', '2027-02-28')).toBe(false);
    expect(runsLongerThanSixMonths('2027-08-31', '2028-02-29')).toBe(false);
    expect(runsLongerThanSixMonths('2027-08-31', '2028-03-01')).toBe(true);
  });

  it('gives 已逾期 the day after, 即将到期 within 15 days, 待办 before, 已完成 once posted', () => {
    expect(deadlineStatus('2026-04-30', '2026-05-01', false)).toBe('overdue');
    expect(deadlineStatus('2026-04-30', '2026-04-30', false)).toBe('due_soon');
    expect(deadlineStatus('2026-04-30', '2026-04-15', false)).toBe('due_soon');
    expect(deadlineStatus('2026-04-30', '2026-04-14', false)).toBe('pending');
    expect(deadlineStatus('2026-03-01', '2026-02-14', false)).toBe('due_soon');
    expect(deadlineStatus('2026-04-30', '2026-06-01', true)).toBe('done');
  });
});

const project = (overrides: Partial<ProjectFacts>): ProjectFacts => ({
  id: 1,
  number: '微基金项目〔2026〕1号',
  title: '长者助餐',
  state: 'in_progress',
  periodStart: '2026-01-15',
  periodEnd: '2026-12-31',
  agreedOn: '2026-01-12',
  closedOn: null,
  ...overrides,
});

describe('the calendar of deadlines', () => {
  const facts: DeadlineFacts = {
    fundOpenedOn: '2025-11-01',
    disclosures: [
      { kind: 'quarterly', year: 2025, quarter: 4, projectId: null, publishedOn: '2026-01-10' },
      { kind: 'project_update', year: 2026, quarter: null, projectId: 1, publishedOn: '2026-04-01' },
      { kind: 'project_closing', year: 2026, quarter: null, projectId: 3, publishedOn: '2026-05-20' },
    ],
    projects: [
      project({}),
      project({ id: 2, number: '微基金项目〔2026〕2号', periodEnd: '2026-06-30' }),
      project({ id: 3, number: '微基金项目〔2026〕3号', state: 'closed', closedOn: '2026-03-31' }),
      project({ id: 4, number: '微基金项目〔2026〕4号', state: 'closed', closedOn: '2026-05-31' }),
      project({ id: 5, number: '微基金项目〔2026〕5号', state: 'approved', agreedOn: null }),
    ],
  };

  it('lists what is owed as of a day with its status, the earliest due first', () => {
    const items = disclosureDeadlineItems(facts, '2026-07-20');
    expect(items.map((item) => [item.what, item.dueOn, item.statusLabel, item.doneOn])).toEqual([
      ['2025年第4季度收支公示', '2026-01-31', '已完成', '2026-01-10'],
      ['2026年第1季度收支公示', '2026-04-30', '已逾期', null],
      ['2025年度报告', '2026-05-31', '已逾期', null],
      ['微基金项目〔2026〕3号 长者助餐 项目结项公示', '2026-06-30', '已完成', '2026-05-20'],
      // Three months after the last update (04-01), not after the agreement.
      ['微基金项目〔2026〕1号 长者助餐 项目进展公示', '2026-07-01', '已逾期', null],
      ['2026年第2季度收支公示', '2026-07-31', '即将到期', null],
      ['微基金项目〔2026〕4号 长者助餐 项目结项公示', '2026-08-31', '待办', null],
    ]);
  });

  it('starts at the fund’s opening quarter and owes nothing for a quarter or year not yet ended', () => {
    const items = disclosureDeadlineItems({ ...facts, projects: [] }, '2025-12-30');
    expect(items).toEqual([]);
    const after = disclosureDeadlineItems({ ...facts, projects: [] }, '2025-12-31');
    expect(after.map((item) => [item.what, item.statusLabel])).toEqual([
      ['2025年第4季度收支公示', '已完成'],
      ['2025年度报告', '待办'],
    ]);
  });
});
