// The annual fund report for the yearly audit: the books' own statements for the year (the same table specs
// as each report's xlsx, one sheet each) and the 项目一览 of the year's welfare projects (./project-list).
import type { z } from 'zod';
import type { FileOutput } from '../../../../shared/contract/files';
import type { annualReportInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import type { ServiceContext } from '../../core/context';
import type { Db } from '../../core/db/connection';
import {
  activitySpec,
  balanceSheetSpec,
  designationSpec,
  donationIncomeSpec,
  trialBalanceSpec,
} from '../documents/fund-report-specs';
import { writeFundSheet, type FundTableSpec } from '../documents/fund-table.xlsx';
import type { FundHeading } from '../documents/report-types';
import { fundWorkbookFile } from '../exports/handlers';
import { activityStatement } from '../reports/activity-statement';
import { balanceSheet } from '../reports/balance-sheet';
import { designationReport } from '../reports/designation-report';
import { donationIncome } from '../reports/donation-income';
import { trialBalance } from '../reports/trial-balance';
import { writeProjectListSheet } from './project-list';

export const annualReportTitle = (year: number) => `${year}年度基金年度报告`;

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

export function exportAnnualReport(
  ctx: ServiceContext,
  input: z.output<typeof annualReportInput>,
): Promise<FileOutput> {
  return fundWorkbookFile(ctx, annualReportTitle(input.year), (workbook, heading) => {
    for (const spec of statementSpecs(ctx.db, heading, input.year)) writeFundSheet(workbook, spec);
    writeProjectListSheet(workbook, ctx.db, heading, input.year);
  });
}
