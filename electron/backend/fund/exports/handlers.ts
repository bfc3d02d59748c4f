// OWNER: the exports slice's handlers: each report the clerk sees on screen, as an xlsx file and as a PDF
// for the print window, both from the same table spec. The five statements are read by the periods
// slice's own report queries (the file shows what the screen shows); the 明细账 is read line by line and
// streamed, because a year of one account may hold 100,000 lines (its PDF is capped: ledger.pdf.ts).
import type { Workbook } from 'exceljs';
import type { FileOutput } from '../../../../shared/contract/files';
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import type { ParsedInput } from '../../../../shared/contract';
import type { fundExportsChannels } from '../../../../shared/features/fund/exports/channels';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { fileOutput, pdfMime, xlsxMime } from '../../core/file-output';
import type { HandlersOf } from '../../core/handler';
import { trialBalanceRowsToShow } from '../../../../shared/features/fund/exports/trial-balance-rows';
import {
  activitySpec,
  balanceSheetSpec,
  designationSpec,
  donationIncomeSpec,
  trialBalanceSpec,
} from '../documents/fund-report-specs';
import { buildFundTable, buildFundWorkbook, type FundTableSpec } from '../documents/fund-table.xlsx';
import { renderFundTablePdf } from '../documents/fund-table.pdf';
import { ledgerPdfSpec } from '../documents/ledger.pdf';
import { buildLedgerXlsx, ledgerTitle } from '../documents/ledger.xlsx';
import type { FundHeading, TrialBalanceData } from '../documents/report-types';
import { activityStatement } from '../reports/activity-statement';
import { balanceSheet } from '../reports/balance-sheet';
import { designationReport } from '../reports/designation-report';
import { donationIncome } from '../reports/donation-income';
import { trialBalance } from '../reports/trial-balance';
import { ledgerSheetData } from './ledger-rows';

/** The fund and its host, as every report names them (编制单位); refused before the settings are saved. */
export function fundHeading(ctx: ServiceContext): FundHeading {
  const settings = ctx.db
    .prepare('SELECT fund_name AS fundName, host_name AS hostName FROM fund_settings WHERE id = 1')
    .get() as { fundName: string; hostName: string } | undefined;
  if (!settings) {
    throw new AppError('conflict', '基金设置：请先保存基金设置（基金名称、主办单位），报表以其名义编制');
  }
  return { ...settings, reportDate: toLocalIsoDate(ctx.clock()) };
}

/** A workbook of several sheets (the annual report), named after the fund and `title`. */
export async function fundWorkbookFile(
  ctx: ServiceContext,
  title: string,
  write: (workbook: Workbook, heading: FundHeading) => void,
): Promise<FileOutput> {
  const heading = fundHeading(ctx);
  const bytes = await buildFundWorkbook(title, heading, (workbook) => write(workbook, heading));
  return fileOutput(`${heading.fundName}${title}.xlsx`, xlsxMime, bytes);
}

const xlsx = async (spec: FundTableSpec): Promise<FileOutput> =>
  fileOutput(`${spec.title}.xlsx`, xlsxMime, await buildFundTable(spec));

const pdf = async (ctx: ServiceContext, spec: FundTableSpec): Promise<FileOutput> =>
  fileOutput(`${spec.title}.pdf`, pdfMime, await renderFundTablePdf(spec, ctx.resourcesDir));

/** The 科目余额表 as the clerk chose to see it: with or without the accounts that show nothing. */
function trialBalanceShown(
  ctx: ServiceContext,
  input: ParsedInput<'fund.trialBalancePdf'>,
): TrialBalanceData {
  const data = trialBalance(ctx.db, input);
  return { ...data, rows: trialBalanceRowsToShow(data.rows, input.hideEmpty) };
}

export const fundExportsHandlers: HandlersOf<typeof fundExportsChannels> = {
  'fund.trialBalanceXlsx': async (ctx, input) =>
    xlsx(trialBalanceSpec(fundHeading(ctx), trialBalanceShown(ctx, input))),
  'fund.ledgerXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = ledgerSheetData(ctx.db, input);
    return fileOutput(
      `${ledgerTitle(input.year, data.account)}.xlsx`,
      xlsxMime,
      await buildLedgerXlsx(heading, data),
    );
  },
  'fund.designationXlsx': async (ctx, input) =>
    xlsx(designationSpec(fundHeading(ctx), designationReport(ctx.db, input))),
  'fund.donationIncomeXlsx': async (ctx, input) =>
    xlsx(donationIncomeSpec(fundHeading(ctx), donationIncome(ctx.db, input))),
  'fund.activityXlsx': async (ctx, input) =>
    xlsx(activitySpec(fundHeading(ctx), activityStatement(ctx.db, input))),
  'fund.balanceSheetXlsx': async (ctx, input) =>
    xlsx(balanceSheetSpec(fundHeading(ctx), balanceSheet(ctx.db, input))),
  'fund.trialBalancePdf': async (ctx, input) =>
    pdf(ctx, trialBalanceSpec(fundHeading(ctx), trialBalanceShown(ctx, input))),
  'fund.ledgerPdf': async (ctx, input) =>
    pdf(ctx, ledgerPdfSpec(fundHeading(ctx), ledgerSheetData(ctx.db, input))),
  'fund.designationPdf': async (ctx, input) =>
    pdf(ctx, designationSpec(fundHeading(ctx), designationReport(ctx.db, input))),
  'fund.donationIncomePdf': async (ctx, input) =>
    pdf(ctx, donationIncomeSpec(fundHeading(ctx), donationIncome(ctx.db, input))),
  'fund.activityPdf': async (ctx, input) =>
    pdf(ctx, activitySpec(fundHeading(ctx), activityStatement(ctx.db, input))),
  'fund.balanceSheetPdf': async (ctx, input) =>
    pdf(ctx, balanceSheetSpec(fundHeading(ctx), balanceSheet(ctx.db, input))),
};
