// OWNER: the donations slice's handlers: donors, donations and their 票据, and the forms that write a voucher.
// Interim: the donation and form channels wait for the books slice's voucher store.
import type { fundDonationsChannels } from '../../../../shared/features/fund/donations/channels';
import type { HandlersOf } from '../../core/handler';
import { AppError } from '../../core/errors';
import { createDonor, getDonor, listDonors, updateDonor } from './donors';

const pending = (): never => {
  throw new AppError('conflict', '此功能正在接入记账凭证，暂不可用');
};

export const fundDonationsHandlers: HandlersOf<typeof fundDonationsChannels> = {
  'fund.donors': listDonors,
  'fund.donor': getDonor,
  'fund.createDonor': createDonor,
  'fund.updateDonor': updateDonor,
  'fund.donations': pending,
  'fund.recordDonation': pending,
  'fund.updateDonation': pending,
  'fund.recordReceipt': pending,
  'fund.receiptRegister': pending,
  'fund.payGrant': pending,
  'fund.bankCharge': pending,
  'fund.interest': pending,
  'fund.refundDonation': pending,
};
