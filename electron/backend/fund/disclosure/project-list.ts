// The 公益项目一览 of a year: one sheet the annual fund report carries for the yearly audit and
// `fund.projectsXlsx` gives alone. Each project with its period, budget, what was approved, paid and is
// still to pay, what was used and left over, and when its next three-monthly update is due; a 合计 row.
import type { Workbook } from 'exceljs';
import type { z } from 'zod';
import type { FileOutput } from '../../../../shared/contract/files';
import type { projectListInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import {
  nextUpdateDue,
  owesQuarterlyUpdates,
} from '../../../../shared/features/fund/projects/progress-updates';
import {
  projectStateLabels,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import type { ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { writeFundSheet, type FundCell, type FundTableSpec } from '../documents/fund-table.xlsx';
import type { FundHeading } from '../documents/report-types';
import { fundWorkbookFile } from '../exports/handlers';
import { projectNumbers } from '../fund-records';
import { lastUpdateOn } from '../projects/project-queries';

export const projectListTitle = (year: number) => `${year}年度公益项目一览`;

interface ProjectLine {
  id: number;
  year: number;
  seq: number;
  community: string;
  applicant: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  budgetFen: number;
  approvedFen: number | null;
  paidFen: number;
  /** The closing's figure; before it, the last progress report's cumulative use. */
  usedFen: number | null;
  returnedFen: number | null;
  leftoverFen: number | null;
  state: ProjectState;
}

/** The year's projects; paid is what posted vouchers paid (a red reversal takes its part back). */
function projectLines(db: Db, year: number): ProjectLine[] {
  return db
    .prepare(
      `SELECT p.id, p.year, p.seq, c.name AS community, p.applicant_name AS applicant, p.title,
              p.period_start AS periodStart, p.period_end AS periodEnd, p.budget_fen AS budgetFen,
              p.approved_fen AS approvedFen, p.state,
              (SELECT coalesce(sum(l.debit_fen - l.credit_fen), 0)
                 FROM fund_project_instalment i
                 JOIN fund_project_payment pp ON pp.instalment_id = i.id
                 JOIN fund_voucher v ON (v.id = pp.voucher_id OR v.reverses_id = pp.voucher_id)
                                    AND v.state = 'posted'
                 JOIN fund_voucher_line l ON l.voucher_id = v.id
                 JOIN fund_account a ON a.id = l.account_id AND a.kind = 'expense'
                WHERE i.project_id = p.id) AS paidFen,
              coalesce(k.used_fen, (SELECT r.used_fen FROM fund_project_report r WHERE r.project_id = p.id
                                     ORDER BY r.reported_on DESC, r.id DESC LIMIT 1)) AS usedFen,
              k.returned_fen AS returnedFen, k.leftover_fen AS leftoverFen
         FROM fund_project p
         JOIN community c ON c.id = p.community_id
         LEFT JOIN fund_project_closing k ON k.project_id = p.id
        WHERE p.year = ?
        ORDER BY p.seq`,
    )
    .all(year) as ProjectLine[];
}

const live: readonly ProjectState[] = ['approved', 'agreed', 'in_progress'];

/** Approved and not yet paid, for a project that may still be paid; blank once it ended. */
function remainingFen(line: ProjectLine): number | null {
  return line.approvedFen !== null && live.includes(line.state) ? line.approvedFen - line.paidFen : null;
}

/** A project in progress that is longer than six months owes an update three months after the last. */
function updateDueOn(db: Db, line: ProjectLine): string {
  if (line.state !== 'in_progress' || !owesQuarterlyUpdates(line.periodStart, line.periodEnd)) return '';
  const last = lastUpdateOn(db, line.id);
  return last === null ? '' : nextUpdateDue(last);
}

const fen = (value: number | null): FundCell => (value === null ? null : { fen: value });
const sum = (values: (number | null)[]) => values.reduce<number>((total, value) => total + (value ?? 0), 0);

/** Columns 7–13 hold the amounts the 合计 row adds up (SUM formulas with their results). */
const moneyColumns = [7, 8, 9, 10, 11, 12, 13];

function projectListSpec(db: Db, heading: FundHeading, year: number): FundTableSpec {
  const lines = projectLines(db, year);
  const amounts = (line: ProjectLine) => [
    line.budgetFen,
    line.approvedFen,
    line.paidFen,
    remainingFen(line),
    line.usedFen,
    line.returnedFen,
    line.leftoverFen,
  ];
  const totals = moneyColumns.map((_, index) => sum(lines.map((line) => amounts(line)[index]!)));
  return {
    title: projectListTitle(year),
    sheetName: '项目一览',
    heading,
    periodText: `${year}年度`,
    columns: [
      { label: '项目编号', width: 22 },
      { label: '项目名称', width: 22 },
      { label: '社区', width: 12 },
      { label: '申请人', width: 18 },
      { label: '状态', width: 12 },
      { label: '实施期间', width: 23 },
      { label: '预算金额', width: 13 },
      { label: '批准金额', width: 13 },
      { label: '已拨付', width: 13 },
      { label: '未拨付', width: 13 },
      { label: '已使用', width: 13 },
      { label: '退回', width: 12 },
      { label: '结余', width: 12 },
      { label: '下次进展公示', width: 13 },
    ],
    rows: lines.map((line) => ({
      cells: [
        projectNumbers.format(line.year, line.seq),
        line.title,
        line.community,
        line.applicant,
        projectStateLabels[line.state],
        `${line.periodStart}至${line.periodEnd}`,
        ...amounts(line).map(fen),
        updateDueOn(db, line),
      ],
    })),
    totals: [
      { cells: [`合计（${lines.length} 个项目）`, null, null, null, null, null, ...totals.map(fen), null] },
    ],
    sumColumns: moneyColumns,
    freezeColumn: 2,
    textColumns: [2, 3, 4],
  };
}

/** The year's project list as a sheet of `workbook` (the annual report's last sheet). */
export function writeProjectListSheet(workbook: Workbook, db: Db, heading: FundHeading, year: number): void {
  writeFundSheet(workbook, projectListSpec(db, heading, year));
}

export function exportProjectList(
  ctx: ServiceContext,
  input: z.output<typeof projectListInput>,
): Promise<FileOutput> {
  return fundWorkbookFile(ctx, projectListTitle(input.year), (workbook, heading) =>
    writeProjectListSheet(workbook, ctx.db, heading, input.year),
  );
}
