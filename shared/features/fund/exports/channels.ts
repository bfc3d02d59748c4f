// OWNER: the exports slice: the fund's reports as xlsx files, and as PDFs for the print window. Everyone
// may print what they may read.
import { declareChannels, file } from '../../../contract/channel-kinds';
import { anyRole } from '../../../contract/roles';

export const fundExportsChannels = declareChannels({
  'fund.trialBalanceXlsx': file({ roles: anyRole }),
  'fund.ledgerXlsx': file({ roles: anyRole }),
  'fund.designationXlsx': file({ roles: anyRole }),
  'fund.donationIncomeXlsx': file({ roles: anyRole }),
  'fund.activityXlsx': file({ roles: anyRole }),
  'fund.balanceSheetXlsx': file({ roles: anyRole }),
  'fund.trialBalancePdf': file({ printable: true, roles: anyRole }),
  'fund.ledgerPdf': file({ printable: true, roles: anyRole }),
  'fund.designationPdf': file({ printable: true, roles: anyRole }),
  'fund.donationIncomePdf': file({ printable: true, roles: anyRole }),
  'fund.activityPdf': file({ printable: true, roles: anyRole }),
  'fund.balanceSheetPdf': file({ printable: true, roles: anyRole }),
});
