// The register of what was posted (信息公开登记簿): 经办人 records each notice once it is on the board, and
// the calendar of deadlines reads these rows to tell what is done. A row never changes (the table's
// triggers refuse it); a wrong entry stays, and the right one is recorded beside it.
import type { z } from 'zod';
import {
  disclosureKindLabels,
  disclosureTitle,
  type DisclosureKind,
  type disclosuresInput,
  type recordDisclosureInput,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import type { DisclosureRecord } from '../../../../shared/features/fund/disclosure/outputs';
import { recordAudit } from '../../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { AppError, conflict, notFound } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { projectNumbers } from '../fund-records';

type RecordInput = z.output<typeof recordDisclosureInput>;

interface RecordRow {
  id: number;
  kind: DisclosureKind;
  year: number;
  quarter: number | null;
  project_id: number | null;
  project_year: number | null;
  project_seq: number | null;
  project_title: string | null;
  published_on: string;
  working_days: number;
  created_at: string;
}

const selectRecords = `
  SELECT d.id, d.kind, d.year, d.quarter, d.project_id, p.year AS project_year, p.seq AS project_seq,
         p.title AS project_title, d.published_on, d.working_days, d.created_at
    FROM fund_disclosure d LEFT JOIN fund_project p ON p.id = d.project_id`;

function recordOf(row: RecordRow): DisclosureRecord {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: disclosureKindLabels[row.kind],
    year: row.year,
    quarter: row.quarter,
    projectId: row.project_id,
    projectNumber:
      row.project_year === null || row.project_seq === null
        ? null
        : projectNumbers.format(row.project_year, row.project_seq),
    projectTitle: row.project_title,
    publishedOn: row.published_on,
    workingDays: row.working_days,
    createdAt: row.created_at,
  };
}

/** The register, newest first; one year's rows when a year is given. */
export function listDisclosures(db: Db, input: z.output<typeof disclosuresInput>): DisclosureRecord[] {
  const rows = db
    .prepare(
      `${selectRecords} WHERE (@year IS NULL OR d.year = @year) ORDER BY d.published_on DESC, d.id DESC`,
    )
    .all({ year: input.year }) as RecordRow[];
  return rows.map(recordOf);
}

function requireRecord(db: Db, id: number): DisclosureRecord {
  const row = db.prepare(`${selectRecords} WHERE d.id = ?`).get(id) as RecordRow | undefined;
  if (!row) throw notFound('信息公开记录');
  return recordOf(row);
}

function refuseUnknownProject(ctx: ServiceContext, projectId: number | null): void {
  if (projectId === null) return;
  const found = ctx.db.prepare('SELECT 1 FROM fund_project WHERE id = ?').get(projectId);
  if (!found) throw notFound('公益项目');
}

/** A quarter's 收支公示 and a year's report are posted once; a project's updates recur. */
function refuseSecondPosting(ctx: ServiceContext, input: RecordInput): void {
  if (input.kind !== 'quarterly' && input.kind !== 'annual') return;
  const found = ctx.db
    .prepare(`SELECT published_on FROM fund_disclosure WHERE kind = ? AND year = ? AND quarter IS ?`)
    .get(input.kind, input.year, input.quarter) as { published_on: string } | undefined;
  if (found)
    throw conflict(`公开类型：${describe(input)}已于 ${found.published_on} 登记公示，不能重复登记`, 'kind');
}

function describe(input: { kind: DisclosureKind; year: number; quarter: number | null }): string {
  return disclosureTitle(input.kind, input.year, input.quarter);
}

export function recordDisclosure(ctx: ServiceContext, input: RecordInput): DisclosureRecord {
  return inTransaction(ctx, () => {
    if (input.publishedOn > today(ctx))
      throw new AppError('invalid_input', `公示日期：不能晚于今天（${today(ctx)}）`, 'publishedOn');
    refuseUnknownProject(ctx, input.projectId);
    refuseSecondPosting(ctx, input);
    const id = Number(
      ctx.db
        .prepare(
          `INSERT INTO fund_disclosure (kind, year, quarter, project_id, published_on, working_days, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.kind,
          input.year,
          input.quarter,
          input.projectId,
          input.publishedOn,
          input.workingDays,
          nowIso(ctx),
        ).lastInsertRowid,
    );
    const record = requireRecord(ctx.db, id);
    const project = record.projectNumber === null ? '' : `（${record.projectNumber}）`;
    recordAudit(ctx, {
      action: 'publish',
      entity: 'fund_disclosure',
      entityId: id,
      summary: `登记${describe(input)}${project}：${input.publishedOn} 起公示 ${input.workingDays} 个工作日`,
      after: record,
    });
    return record;
  });
}
