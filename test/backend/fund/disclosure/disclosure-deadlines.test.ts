// The calendar of disclosure deadlines on a real SQLite file: quarters and years from the fund's opening,
// a long project's next update counted from its last recorded update, a closed project's closing, each
// marked 已完成 by the register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  disclosureDeadlinesInput,
  recordDisclosureInput,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { disclosureDeadlines } from '../../../../electron/backend/fund/disclosure/disclosure-deadlines';
import { recordDisclosure } from '../../../../electron/backend/fund/disclosure/disclosure-register';
import type { TestBackend } from '../../../fixtures/backend';
import { fundWorld } from '../../../fixtures/fund';
import { yuan } from '../../../fixtures/fund-donations';
import { closeProject, insertProject } from './disclosure-world';

let backend: TestBackend;
const ids = { long: 0, short: 0, closed: 0 };

beforeAll(async () => {
  ({ backend } = await fundWorld());
  const db = backend.db;
  ids.long = insertProject(db, { state: 'in_progress', seq: 1 });
  ids.short = insertProject(db, { state: 'agreed', seq: 2, title: '儿童托管', periodEnd: '2026-06-30' });
  ids.closed = insertProject(db, {
    state: 'in_progress',
    seq: 3,
    title: '楼道清洁',
    periodEnd: '2026-02-28',
  });
  closeProject(db, ids.closed, {
    closedOn: '2026-02-10',
    paidFen: yuan(600),
    usedFen: yuan(550),
    leftoverFen: yuan(450),
  });
  const record = (input: Record<string, unknown>) =>
    recordDisclosure(
      backend.contextAs(),
      recordDisclosureInput.parse({ year: 2026, workingDays: 7, ...input }),
    );
  record({ kind: 'project_update', projectId: ids.long, publishedOn: '2026-03-01' });
  record({ kind: 'project_closing', projectId: ids.closed, publishedOn: '2026-03-10' });
});
afterAll(() => backend.dispose());

const calendar = (asOf?: string) =>
  disclosureDeadlines(backend.contextAs(), disclosureDeadlinesInput.parse({ asOf }));

describe('the calendar of disclosure deadlines', () => {
  it('is as of today by default: nothing of 2026’s first quarter is owed yet', () => {
    const today = calendar();
    expect(today.asOf).toBe('2026-03-15');
    expect(today.items.map((item) => [item.what, item.dueOn, item.statusLabel])).toEqual([
      ['微基金项目〔2026〕3号 楼道清洁 项目结项公示', '2026-05-10', '已完成'],
      ['微基金项目〔2026〕1号 长者助餐 项目进展公示', '2026-06-01', '待办'],
    ]);
    expect(today.items.find((item) => item.projectId === ids.short)).toBeUndefined();
  });

  it('shows the first quarter’s notice late after 4月30日 and counts what is late and near', () => {
    const may = calendar('2026-05-20');
    expect(may.items.map((item) => [item.kind, item.dueOn, item.status, item.doneOn])).toEqual([
      ['quarterly', '2026-04-30', 'overdue', null],
      ['project_closing', '2026-05-10', 'done', '2026-03-10'],
      ['project_update', '2026-06-01', 'due_soon', null],
    ]);
    expect(may).toMatchObject({ overdueCount: 1, dueSoonCount: 1 });
  });

  it('marks the quarter 已完成 once its notice is recorded, and owes the year’s report by next 5月31日', () => {
    recordDisclosure(
      backend.contextAs(),
      recordDisclosureInput.parse({
        kind: 'quarterly',
        year: 2026,
        quarter: 1,
        publishedOn: '2026-03-15',
        workingDays: 7,
      }),
    );
    const nextYear = calendar('2027-05-20');
    const q1 = nextYear.items.find((item) => item.kind === 'quarterly' && item.quarter === 1)!;
    expect(q1).toMatchObject({ status: 'done', statusLabel: '已完成', doneOn: '2026-03-15' });
    const annual = nextYear.items.find((item) => item.kind === 'annual')!;
    expect(annual).toMatchObject({ what: '2026年度报告', dueOn: '2027-05-31', statusLabel: '即将到期' });
    expect(
      nextYear.items.filter((item) => item.kind === 'quarterly').map((item) => item.statusLabel),
      // 2026's four quarters, then 2027's first, due 4月30日.
    ).toEqual(['已完成', '已逾期', '已逾期', '已逾期', '已逾期']);
  });

  it('refuses a malformed date, naming the field', () => {
    const parsed = disclosureDeadlinesInput.safeParse({ asOf: '2026-13-01' });
    expect(parsed.error?.issues[0]?.message).toMatch(/^截止日期：/u);
  });
});
