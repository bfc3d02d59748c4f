// OWNER: the periods slice of the micro-fund. Channel names, kinds and roles only (the preload bundles this).
// Everyone reads the periods and the reports; 审核人 closes a month (结账); 管理员 alone reopens one.
import { command, declareChannels, query } from '../../../contract/channel-kinds';
import { administrators, anyRole, approvers } from '../../../contract/roles';

export const fundPeriodsChannels = declareChannels({
  'fund.periods': query(anyRole),
  'fund.closeCheck': query(anyRole),
  'fund.closeMonth': command({ invalidates: ['fund'], roles: approvers }),
  'fund.reopenMonth': command({ invalidates: ['fund'], roles: administrators }),
  'fund.trialBalance': query(anyRole),
  'fund.ledger': query(anyRole),
  'fund.designationReport': query(anyRole),
  'fund.donationIncome': query(anyRole),
  'fund.activityStatement': query(anyRole),
  'fund.balanceSheet': query(anyRole),
  'fund.balances': query(anyRole),
});
