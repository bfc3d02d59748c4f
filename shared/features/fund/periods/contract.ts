// OWNER: the periods slice of the micro-fund: one spec per channel of ./channels.
import { channel, noInput, type ContractFor } from '../../../contract/channel-spec';
import type { fundPeriodsChannels } from './channels';
import type {
  AccountLedgerPage,
  ActivityStatement,
  BalanceSheet,
  DesignationReport,
  DonationIncomeReport,
  FundBalances,
  FundCloseCheck,
  FundPeriodChange,
  FundPeriodYear,
  TrialBalance,
} from './outputs';
import {
  fundActivityInput,
  fundBalanceSheetInput,
  fundLedgerInput,
  fundMonthInput,
  fundMonthRangeInput,
  fundReopenInput,
  fundYearInput,
} from './period-fields';

export * from './outputs';

export const fundPeriodsContract = {
  'fund.periods': channel<FundPeriodYear>()(fundYearInput),
  'fund.closeCheck': channel<FundCloseCheck>()(fundMonthInput),
  'fund.closeMonth': channel<FundPeriodChange>()(fundMonthInput),
  'fund.reopenMonth': channel<FundPeriodChange>()(fundReopenInput),
  'fund.trialBalance': channel<TrialBalance>()(fundMonthRangeInput),
  'fund.ledger': channel<AccountLedgerPage>()(fundLedgerInput),
  'fund.designationReport': channel<DesignationReport>()(fundYearInput),
  'fund.donationIncome': channel<DonationIncomeReport>()(fundMonthRangeInput),
  'fund.activityStatement': channel<ActivityStatement>()(fundActivityInput),
  'fund.balanceSheet': channel<BalanceSheet>()(fundBalanceSheetInput),
  'fund.balances': channel<FundBalances>()(noInput),
} satisfies ContractFor<typeof fundPeriodsChannels>;
