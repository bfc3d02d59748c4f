// The fund's reports as xlsx: each statement's table spec (fund-report-specs.ts) written as one sheet.
import {
  activitySpec,
  balanceSheetSpec,
  designationSpec,
  donationIncomeSpec,
  trialBalanceSpec,
} from './fund-report-specs';
import { buildFundTable } from './fund-table.xlsx';
import type {
  ActivityStatementData,
  BalanceSheetData,
  DesignationReportData,
  DonationIncomeData,
  FundHeading,
  TrialBalanceData,
} from './report-types';

export {
  activityTitle,
  balanceSheetTitle,
  designationTitle,
  donationChannelLabels,
  donationIncomeTitle,
  trialBalanceTitle,
} from './fund-report-specs';

export const buildTrialBalanceXlsx = (heading: FundHeading, report: TrialBalanceData): Promise<Buffer> =>
  buildFundTable(trialBalanceSpec(heading, report));

export const buildDesignationXlsx = (heading: FundHeading, report: DesignationReportData): Promise<Buffer> =>
  buildFundTable(designationSpec(heading, report));

export const buildDonationIncomeXlsx = (heading: FundHeading, report: DonationIncomeData): Promise<Buffer> =>
  buildFundTable(donationIncomeSpec(heading, report));

export const buildActivityXlsx = (heading: FundHeading, report: ActivityStatementData): Promise<Buffer> =>
  buildFundTable(activitySpec(heading, report));

export const buildBalanceSheetXlsx = (heading: FundHeading, report: BalanceSheetData): Promise<Buffer> =>
  buildFundTable(balanceSheetSpec(heading, report));
