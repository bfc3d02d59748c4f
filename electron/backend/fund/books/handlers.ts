// OWNER: the books slice's handlers.
import type { fundBooksChannels } from '../../../../shared/features/fund/books/channels';
import type { HandlersOf } from '../../core/handler';
import { createDesignation, liftDesignation, selectDesignations } from './designations';
import {
  createAccount,
  saveFundSettings,
  selectAccounts,
  selectFundSettings,
  updateAccount,
} from './settings-accounts';
import {
  createVoucher,
  discardVoucher,
  rejectVoucher,
  submitVoucher,
  updateVoucher,
  voucherOrRefuse,
} from './voucher-lifecycle';
import { postVoucher } from './voucher-posting';
import { selectVoucherAudit, selectVouchers } from './voucher-queries';
import { reverseVoucher } from './voucher-reversal';

export const fundBooksHandlers: HandlersOf<typeof fundBooksChannels> = {
  'fund.settings': (ctx) => ({ settings: selectFundSettings(ctx.db) }),
  'fund.saveSettings': saveFundSettings,
  'fund.accounts': (ctx) => selectAccounts(ctx.db),
  'fund.createAccount': createAccount,
  'fund.updateAccount': updateAccount,
  'fund.designations': (ctx) => selectDesignations(ctx.db),
  'fund.createDesignation': createDesignation,
  'fund.liftDesignation': liftDesignation,
  'fund.vouchers': (ctx, input) => selectVouchers(ctx.db, input),
  'fund.voucher': (ctx, input) => voucherOrRefuse(ctx, input.id),
  'fund.createVoucher': createVoucher,
  'fund.updateVoucher': updateVoucher,
  'fund.discardVoucher': discardVoucher,
  'fund.submitVoucher': submitVoucher,
  'fund.rejectVoucher': rejectVoucher,
  'fund.postVoucher': postVoucher,
  'fund.reverseVoucher': reverseVoucher,
  'fund.audit': (ctx, input) => selectVoucherAudit(ctx.db, input.id),
};
