// OWNER: the donations slice of the micro-fund. Channel names, kinds and roles only (the preload bundles this).
// 经办人 keeps the donors, records donations and their 票据, and fills the forms that write a voucher
// (资助、银行手续费、利息、退还捐赠); 审核人 may do the same, and reviews the vouchers in the books slice.
import { command, declareChannels, query } from '../../../contract/channel-kinds';
import { anyRole, preparers } from '../../../contract/roles';

const fundChange = command({ invalidates: ['fund'], roles: preparers });

export const fundDonationsChannels = declareChannels({
  'fund.donors': query(anyRole),
  'fund.donor': query(anyRole),
  'fund.createDonor': fundChange,
  'fund.updateDonor': fundChange,
  'fund.donations': query(anyRole),
  'fund.recordDonation': fundChange,
  'fund.updateDonation': fundChange,
  'fund.recordReceipt': fundChange,
  'fund.receiptRegister': query(anyRole),
  'fund.payGrant': fundChange,
  'fund.bankCharge': fundChange,
  'fund.interest': fundChange,
  'fund.refundDonation': fundChange,
});
