// The register of posted disclosures on a real SQLite file: each kind recorded with an audit row, bad
// input refused with the field named and nothing written, and a quarter's notice registered only once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  disclosuresInput,
  recordDisclosureInput,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import {
  listDisclosures,
  recordDisclosure,
} from '../../../../electron/backend/fund/disclosure/disclosure-register';
import type { TestBackend } from '../../../fixtures/backend';
import { fundWorld } from '../../../fixtures/fund';
import { insertProject } from './disclosure-world';

let backend: TestBackend;
let projectId: number;

beforeAll(async () => {
  ({ backend } = await fundWorld());
  projectId = insertProject(backend.db, { state: 'in_progress' });
});
afterAll(() => backend.dispose());

const record = (input: Record<string, unknown>) =>
  recordDisclosure(backend.contextAs(), recordDisclosureInput.parse(input));

const count = () =>
  (backend.db.prepare('SELECT COUNT(*) AS n FROM fund_disclosure').get() as { n: number }).n;

function auditOf(id: number) {
  return backend.db
    .prepare(
      `SELECT action, actor, summary FROM audit_log WHERE entity = 'fund_disclosure' AND entity_id = ?`,
    )
    .all(id) as { action: string; actor: string; summary: string }[];
}

describe('recording a disclosure', () => {
  it('records a quarter’s 收支公示 with an audit row naming it', () => {
    const row = record({
      kind: 'quarterly',
      year: 2026,
      quarter: 1,
      publishedOn: '2026-03-10',
      workingDays: 7,
    });
    expect(row).toMatchObject({
      kind: 'quarterly',
      kindLabel: '季度收支公示',
      year: 2026,
      quarter: 1,
      projectId: null,
      publishedOn: '2026-03-10',
      workingDays: 7,
    });
    const audit = auditOf(row.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'publish' });
    expect(audit[0]!.summary).toBe('登记2026年第1季度收支公示：2026-03-10 起公示 7 个工作日');
  });

  it('records a project’s update with the project’s number and title', () => {
    const row = record({
      kind: 'project_update',
      year: 2026,
      projectId,
      publishedOn: '2026-03-12',
      workingDays: 5,
    });
    expect(row).toMatchObject({
      projectId,
      projectNumber: '微基金项目〔2026〕1号',
      projectTitle: '长者助餐',
    });
    expect(auditOf(row.id)[0]!.summary).toContain('（微基金项目〔2026〕1号）');
  });

  it('refuses a second 收支公示 for the same quarter, and writes nothing', () => {
    const before = count();
    expect(() =>
      record({ kind: 'quarterly', year: 2026, quarter: 1, publishedOn: '2026-03-11', workingDays: 7 }),
    ).toThrow('公开类型：2026年第1季度收支公示已于 2026-03-10 登记公示，不能重复登记');
    expect(count()).toBe(before);
  });

  it('refuses a date after today, an unknown project and mismatched fields, naming the field', () => {
    const before = count();
    expect(() => record({ kind: 'annual', year: 2025, publishedOn: '2026-03-16', workingDays: 7 })).toThrow(
      '公示日期：不能晚于今天（2026-03-15）',
    );
    expect(() =>
      record({
        kind: 'project_closing',
        year: 2026,
        projectId: 999,
        publishedOn: '2026-03-10',
        workingDays: 7,
      }),
    ).toThrow('公益项目不存在或已被删除');
    const noQuarter = recordDisclosureInput.safeParse({
      kind: 'quarterly',
      year: 2026,
      publishedOn: '2026-03-10',
      workingDays: 7,
    });
    expect(noQuarter.error?.issues[0]).toMatchObject({
      path: ['quarter'],
      message: '季度：季度收支公示必须选择季度',
    });
    const noProject = recordDisclosureInput.safeParse({
      kind: 'project_update',
      year: 2026,
      publishedOn: '2026-03-10',
      workingDays: 7,
    });
    expect(noProject.error?.issues[0]?.message).toBe('公益项目：项目公示必须选择项目');
    const tooLong = recordDisclosureInput.safeParse({
      kind: 'annual',
      year: 2025,
      publishedOn: '2026-03-10',
      workingDays: 61,
    });
    expect(tooLong.error?.issues[0]?.message).toMatch(/^公示期工作日数：/u);
    expect(count()).toBe(before);
  });
});

describe('the register', () => {
  it('lists every disclosure newest first, and one year’s when asked', () => {
    record({ kind: 'annual', year: 2025, publishedOn: '2026-03-14', workingDays: 10 });
    const all = listDisclosures(backend.db, disclosuresInput.parse({}));
    expect(all.map((row) => [row.kind, row.publishedOn])).toEqual([
      ['annual', '2026-03-14'],
      ['project_update', '2026-03-12'],
      ['quarterly', '2026-03-10'],
    ]);
    const of2025 = listDisclosures(backend.db, disclosuresInput.parse({ year: 2025 }));
    expect(of2025.map((row) => row.kindLabel)).toEqual(['年度报告']);
  });
});
