// The annual fund report for the yearly audit: the books' own statements for the year (the same table specs
// as each report's xlsx, one sheet each) and a 项目一览 of the year's welfare projects.
import type { Workbook } from 'exceljs';
import type { z } from 'zod';
import type { FileOutput } from '../../../../shared/contract/files';
import type { annualReportInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import {
  projectStateLabels,
  type ProjectState,
} from '../../../../shared/features/fund/projects/project-workflow';
import type { ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import { fileOutput, xlsxMime } from '../../core/file-output';
import { newReportWorkbook, workbookToBuffer } from '../../documents/excel/excel-style';
import {
  activitySpec,
  balanceSheetSpec,
  designationSpec,
  donationIncomeSpec,
  trialBalanceSpec,
} from '../documents/fund-report-specs';
import { writeFundSheet, type FundTableSpec } from '../documents/fund-table.xlsx';
import type { FundHeading } from '../documents/report-types';
import { fundHeading } from '../exports/handlers';
import { projectNumbers } from '../fund-records';
import { activityStatement } from '../reports/activity-statement';
import { balanceSheet } from '../reports/balance-sheet';
import { designationReport } from '../reports/designation-report';
import { donationIncome } from '../reports/donation-income';
import { trialBalance } from '../reports/trial-balance';

export const annualReportTitle = (year: number) => `${year}年度基金年度报告`;

interface ProjectLine {
  year: number;
  seq: number;
  community: string;
  applicant: string;
  title: string;
  approvedFen: number | null;
  paidFen: number;
  usedFen: number | null;
  returnedFen: number | null;
  state: ProjectState;
}

/** The year's projects; paid is what posted vouchers paid (a red reversal takes its part back). */
function projectLines(db: Db, year: number): ProjectLine[] {
  return db
    .prepare(
      `SELECT p.year, p.seq, c.name AS community, p.applicant_name AS applicant, p.title,
              p.approved_fen AS approvedFen, p.state,
              (SELECT coalesce(sum(l.debit_fen - l.credit_fen), 0)
                 FROM fund_project_instalment i
                 JOIN fund_project_payment pp ON pp.instalment_id = i.id
                 JOIN fund_voucher v ON (v.id = pp.voucher_id OR v.reverses_id = pp.voucher_id)
                                    AND v.state = 'posted'
                 JOIN fund_voucher_line l ON l.voucher_id = v.id
                 JOIN fund_account a ON a.id = l.account_id AND a.kind = 'expense'
                WHERE i.project_id = p.id) AS paidFen,
              k.used_fen AS usedFen, k.returned_fen AS returnedFen
         FROM fund_project p
         JOIN community c ON c.id = p.community_id
         LEFT JOIN fund_project_closing k ON k.project_id = p.id
        WHERE p.year = ?
        ORDER BY p.seq`,
    )
    .all(year) as ProjectLine[];
}

const fen = (value: number | null) => (value === null ? null : { fen: value });

function projectListSpec(heading: FundHeading, year: number, lines: ProjectLine[]): FundTableSpec {
  return {
    title: `${year}年度公益项目一览`,
    sheetName: '项目一览',
    heading,
    periodText: `${year}年度`,
    columns: [
      { label: '项目编号', width: 22 },
      { label: '社区', width: 14 },
      { label: '申请人', width: 20 },
      { label: '项目名称', width: 24 },
      { label: '批准金额', width: 14 },
      { label: '已拨付', width: 14 },
      { label: '已使用', width: 14 },
      { label: '退回', width: 14 },
      { label: '状态', width: 10 },
    ],
    rows: lines.map((line) => ({
      cells: [
        projectNumbers.format(line.year, line.seq),
        line.community,
        line.applicant,
        line.title,
        fen(line.approvedFen),
        fen(line.paidFen),
        fen(line.usedFen),
        fen(line.returnedFen),
        projectStateLabels[line.state],
      ],
    })),
    totals: [],
    freezeColumn: 1,
    textColumns: [2, 3, 4],
  };
}

function statementSpecs(db: Db, heading: FundHeading, year: number): FundTableSpec[] {
  const wholeYear = { year, fromMonth: 1, toMonth: 12 };
  return [
    balanceSheetSpec(heading, balanceSheet(db, { year, month: 12 })),
    activitySpec(heading, activityStatement(db, { year, toMonth: 12 })),
    trialBalanceSpec(heading, trialBalance(db, wholeYear)),
    designationSpec(heading, designationReport(db, { year })),
    donationIncomeSpec(heading, donationIncome(db, wholeYear)),
  ];
}

export async function exportAnnualReport(
  ctx: ServiceContext,
  input: z.output<typeof annualReportInput>,
): Promise<FileOutput> {
  const heading = fundHeading(ctx);
  const title = annualReportTitle(input.year);
  const workbook: Workbook = newReportWorkbook({
    title,
    subject: `${heading.fundName}${title}`,
    date: heading.reportDate,
  });
  const specs = [
    ...statementSpecs(ctx.db, heading, input.year),
    projectListSpec(heading, input.year, projectLines(ctx.db, input.year)),
  ];
  for (const spec of specs) writeFundSheet(workbook, spec);
  return fileOutput(`${heading.fundName}${title}.xlsx`, xlsxMime, await workbookToBuffer(workbook));
}
