// OWNER: the donations slice's handlers: donors, donations and their 票据, and the forms that write a voucher.
import type { fundDonationsChannels } from '../../../../shared/features/fund/donations/channels';
import type { HandlersOf } from '../../core/handler';
import { listDonations, receiptRegister, recordDonation, recordReceipt, updateDonation } from './donations';
import { createDonor, getDonor, listDonors, updateDonor } from './donors';
import { bankCharge, interest, payGrant, refundDonation } from './forms';

export const fundDonationsHandlers: HandlersOf<typeof fundDonationsChannels> = {
  'fund.donors': listDonors,
  'fund.donor': getDonor,
  'fund.createDonor': createDonor,
  'fund.updateDonor': updateDonor,
  'fund.donations': listDonations,
  'fund.recordDonation': recordDonation,
  'fund.updateDonation': updateDonation,
  'fund.recordReceipt': recordReceipt,
  'fund.receiptRegister': receiptRegister,
  'fund.payGrant': payGrant,
  'fund.bankCharge': bankCharge,
  'fund.interest': interest,
  'fund.refundDonation': refundDonation,
};
