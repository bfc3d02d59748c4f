// OWNER: the periods slice's handlers: month close and reopen, and the reports.
import type { fundPeriodsChannels } from '../../../../shared/features/fund/periods/channels';
import type { HandlersOf } from '../../core/handler';
import { today } from '../../core/posting/posting-dates';
import { accountLedger } from '../reports/account-ledger';
import { activityStatement } from '../reports/activity-statement';
import { balanceSheet } from '../reports/balance-sheet';
import { designationReport } from '../reports/designation-report';
import { donationIncome } from '../reports/donation-income';
import { fundBalances } from '../reports/fund-balances';
import { trialBalance } from '../reports/trial-balance';
import { closeCheck } from './close-blockers';
import { closeMonth, reopenMonth } from './month-close';
import { periodsOfYear } from './period-year';

export const fundPeriodsHandlers: HandlersOf<typeof fundPeriodsChannels> = {
  'fund.periods': (ctx, input) => periodsOfYear(ctx.db, input.year, today(ctx)),
  'fund.closeCheck': (ctx, input) => closeCheck(ctx.db, input.month, today(ctx)),
  'fund.closeMonth': (ctx, input) => closeMonth(ctx, input.month),
  'fund.reopenMonth': (ctx, input) => reopenMonth(ctx, input.month, input.reason),
  'fund.trialBalance': (ctx, input) => trialBalance(ctx.db, input),
  'fund.ledger': (ctx, input) => accountLedger(ctx.db, input),
  'fund.designationReport': (ctx, input) => designationReport(ctx.db, input),
  'fund.donationIncome': (ctx, input) => donationIncome(ctx.db, input),
  'fund.activityStatement': (ctx, input) => activityStatement(ctx.db, input),
  'fund.balanceSheet': (ctx, input) => balanceSheet(ctx.db, input),
  'fund.balances': (ctx) => fundBalances(ctx.db, today(ctx)),
};
