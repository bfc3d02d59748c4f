// OWNER: the exports slice: the fund's reports as xlsx files. Everyone may print what they may read.
import { declareChannels, file } from '../../../contract/channel-kinds';
import { anyRole } from '../../../contract/roles';

export const fundExportsChannels = declareChannels({
  'fund.trialBalanceXlsx': file({ roles: anyRole }),
  'fund.ledgerXlsx': file({ roles: anyRole }),
  'fund.designationXlsx': file({ roles: anyRole }),
  'fund.donationIncomeXlsx': file({ roles: anyRole }),
  'fund.activityXlsx': file({ roles: anyRole }),
  'fund.balanceSheetXlsx': file({ roles: anyRole }),
});
