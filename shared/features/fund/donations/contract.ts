// OWNER: the donations slice of the micro-fund: one spec per channel of ./channels.
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { fundDonationsChannels } from './channels';
import {
  bankChargeInput,
  donationInput,
  donationListInput,
  donationUpdateInput,
  donorIdInput,
  donorInput,
  donorListInput,
  donorUpdateInput,
  grantInput,
  interestInput,
  receiptInput,
  receiptRegisterInput,
  refundInput,
} from './donation-fields';
import type {
  Donation,
  DonationPage,
  Donor,
  DonorDetail,
  DonorPage,
  FormVoucherResult,
  ReceiptRegister,
  RecordedDonation,
} from './outputs';

export * from './outputs';
export * from './voucher-forms';
export {
  anonymousPublishedName,
  donorKindLabels,
  donorKinds,
  type DonationInput,
  type DonorInput,
} from './donation-fields';

export const fundDonationsContract = {
  'fund.donors': channel<DonorPage>()(donorListInput),
  'fund.donor': channel<DonorDetail>()(donorIdInput),
  'fund.createDonor': channel<Donor>()(donorInput),
  'fund.updateDonor': channel<Donor>()(donorUpdateInput),
  'fund.donations': channel<DonationPage>()(donationListInput),
  'fund.recordDonation': channel<RecordedDonation>()(donationInput),
  'fund.updateDonation': channel<RecordedDonation>()(donationUpdateInput),
  'fund.recordReceipt': channel<Donation>()(receiptInput),
  'fund.receiptRegister': channel<ReceiptRegister>()(receiptRegisterInput),
  'fund.payGrant': channel<FormVoucherResult>()(grantInput),
  'fund.bankCharge': channel<FormVoucherResult>()(bankChargeInput),
  'fund.interest': channel<FormVoucherResult>()(interestInput),
  'fund.refundDonation': channel<FormVoucherResult>()(refundInput),
} satisfies ContractFor<typeof fundDonationsChannels>;
