// OWNER: the books slice of the micro-fund: one spec per channel of ./channels.
import type { AuditPage } from '../../../contract/audit';
import { channel, noInput, type ContractFor } from '../../../contract/channel-spec';
import type { fundBooksChannels } from './channels';
import {
  accountCreateInput,
  accountUpdateInput,
  designationInput,
  designationLiftInput,
  fundSettingsInput,
  voucherIdInput,
  voucherInput,
  voucherListInput,
  voucherRejectInput,
  voucherReverseInput,
  voucherUpdateInput,
} from './fields';
import type {
  FundAccountRow,
  FundDesignationRow,
  FundSettings,
  FundSettingsAnswer,
  VoucherDetail,
  VoucherPage,
} from './outputs';

export * from './fields';
export * from './outputs';

export const fundBooksContract = {
  'fund.settings': channel<FundSettingsAnswer>()(noInput),
  'fund.saveSettings': channel<FundSettings>()(fundSettingsInput),
  'fund.accounts': channel<FundAccountRow[]>()(noInput),
  'fund.createAccount': channel<FundAccountRow>()(accountCreateInput),
  'fund.updateAccount': channel<FundAccountRow>()(accountUpdateInput),
  'fund.designations': channel<FundDesignationRow[]>()(noInput),
  'fund.createDesignation': channel<FundDesignationRow>()(designationInput),
  'fund.liftDesignation': channel<VoucherDetail>()(designationLiftInput),
  'fund.vouchers': channel<VoucherPage>()(voucherListInput),
  'fund.voucher': channel<VoucherDetail>()(voucherIdInput),
  'fund.createVoucher': channel<VoucherDetail>()(voucherInput),
  'fund.updateVoucher': channel<VoucherDetail>()(voucherUpdateInput),
  'fund.discardVoucher': channel<{ id: number }>()(voucherIdInput),
  'fund.submitVoucher': channel<VoucherDetail>()(voucherIdInput),
  'fund.rejectVoucher': channel<VoucherDetail>()(voucherRejectInput),
  'fund.postVoucher': channel<VoucherDetail>()(voucherIdInput),
  'fund.reverseVoucher': channel<VoucherDetail>()(voucherReverseInput),
  'fund.audit': channel<AuditPage>()(voucherIdInput),
} satisfies ContractFor<typeof fundBooksChannels>;
