// OWNER: the periods slice's handlers.
import type { fundPeriodsChannels } from '../../../../shared/features/fund/periods/channels';
import type { HandlersOf } from '../../core/handler';
import { AppError } from '../../core/errors';

const pending = (): never => {
  throw new AppError('conflict', '该功能尚未完成');
};

export const fundPeriodsHandlers: HandlersOf<typeof fundPeriodsChannels> = {
  'fund.periods': pending,
  'fund.closeCheck': pending,
  'fund.closeMonth': pending,
  'fund.reopenMonth': pending,
  'fund.trialBalance': pending,
  'fund.ledger': pending,
  'fund.designationReport': pending,
  'fund.donationIncome': pending,
  'fund.activityStatement': pending,
  'fund.balanceSheet': pending,
  'fund.balances': pending,
};
