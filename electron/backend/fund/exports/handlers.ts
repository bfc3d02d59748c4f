// OWNER: the exports slice's handlers: each report the clerk sees on screen, as an xlsx file. The five
// statements are read through the periods slice's own report handlers (the file shows what the screen
// shows); the 明细账 is read line by line and streamed, because a year of one account may hold 100,000 lines.
import type { FileOutput } from '../../../../shared/contract/files';
import { toLocalIsoDate } from '../../../../shared/domain/dates';
import type { fundExportsChannels } from '../../../../shared/features/fund/exports/channels';
import type { ServiceContext } from '../../core/context';
import { AppError } from '../../core/errors';
import { fileOutput, xlsxMime } from '../../core/file-output';
import type { HandlersOf } from '../../core/handler';
import {
  activityTitle,
  balanceSheetTitle,
  buildActivityXlsx,
  buildBalanceSheetXlsx,
  buildDesignationXlsx,
  buildDonationIncomeXlsx,
  buildTrialBalanceXlsx,
  designationTitle,
  donationIncomeTitle,
  trialBalanceTitle,
} from '../documents/fund-reports.xlsx';
import { buildLedgerXlsx, ledgerTitle } from '../documents/ledger.xlsx';
import type {
  ActivityStatementData,
  BalanceSheetData,
  DesignationReportData,
  DonationIncomeData,
  FundHeading,
  TrialBalanceData,
} from '../documents/report-types';
import { fundPeriodsHandlers } from '../periods/handlers';
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

type ReportHandler = (ctx: ServiceContext, input: unknown) => unknown;

/** A report as the periods slice answers it on its query channel. */
async function report<T>(ctx: ServiceContext, channel: string, input: unknown): Promise<T> {
  const handler = (fundPeriodsHandlers as unknown as Record<string, ReportHandler | undefined>)[channel];
  if (!handler) throw new AppError('conflict', `报表：${channel} 尚不可用`);
  return (await handler(ctx, input)) as T;
}

const xlsx = (title: string, bytes: Uint8Array): FileOutput => fileOutput(`${title}.xlsx`, xlsxMime, bytes);

export const fundExportsHandlers: HandlersOf<typeof fundExportsChannels> = {
  'fund.trialBalanceXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = await report<TrialBalanceData>(ctx, 'fund.trialBalance', input);
    return xlsx(trialBalanceTitle(input.year), await buildTrialBalanceXlsx(heading, data));
  },
  'fund.ledgerXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = ledgerSheetData(ctx.db, input);
    return xlsx(ledgerTitle(input.year, data.account), await buildLedgerXlsx(heading, data));
  },
  'fund.designationXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = await report<DesignationReportData>(ctx, 'fund.designationReport', input);
    return xlsx(designationTitle(input.year), await buildDesignationXlsx(heading, data));
  },
  'fund.donationIncomeXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = await report<DonationIncomeData>(ctx, 'fund.donationIncome', input);
    return xlsx(donationIncomeTitle(input.year), await buildDonationIncomeXlsx(heading, data));
  },
  'fund.activityXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = await report<ActivityStatementData>(ctx, 'fund.activityStatement', input);
    return xlsx(activityTitle(input.year), await buildActivityXlsx(heading, data));
  },
  'fund.balanceSheetXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = await report<BalanceSheetData>(ctx, 'fund.balanceSheet', input);
    return xlsx(balanceSheetTitle(input.year, input.month), await buildBalanceSheetXlsx(heading, data));
  },
};
