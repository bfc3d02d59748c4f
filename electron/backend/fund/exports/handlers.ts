// OWNER: the exports slice's handlers: each report the clerk sees on screen, as an xlsx file. The five
// statements are read by the periods slice's own report queries (the file shows what the screen shows); the 明细账 is read line by line and streamed, because a year of one account may hold 100,000 lines.
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
import type { FundHeading } from '../documents/report-types';
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

const xlsx = (title: string, bytes: Uint8Array): FileOutput => fileOutput(`${title}.xlsx`, xlsxMime, bytes);

export const fundExportsHandlers: HandlersOf<typeof fundExportsChannels> = {
  'fund.trialBalanceXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = trialBalance(ctx.db, input);
    return xlsx(trialBalanceTitle(input.year), await buildTrialBalanceXlsx(heading, data));
  },
  'fund.ledgerXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = ledgerSheetData(ctx.db, input);
    return xlsx(ledgerTitle(input.year, data.account), await buildLedgerXlsx(heading, data));
  },
  'fund.designationXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = designationReport(ctx.db, input);
    return xlsx(designationTitle(input.year), await buildDesignationXlsx(heading, data));
  },
  'fund.donationIncomeXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = donationIncome(ctx.db, input);
    return xlsx(donationIncomeTitle(input.year), await buildDonationIncomeXlsx(heading, data));
  },
  'fund.activityXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = activityStatement(ctx.db, input);
    return xlsx(activityTitle(input.year), await buildActivityXlsx(heading, data));
  },
  'fund.balanceSheetXlsx': async (ctx, input) => {
    const heading = fundHeading(ctx);
    const data = balanceSheet(ctx.db, input);
    return xlsx(balanceSheetTitle(input.year, input.month), await buildBalanceSheetXlsx(heading, data));
  },
};
