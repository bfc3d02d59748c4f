// OWNER: the books slice's handlers.
import type { fundBooksChannels } from '../../../../shared/features/fund/books/channels';
import { conflict } from '../../core/errors';
import type { HandlersOf } from '../../core/handler';

const pending = () => {
  throw conflict('尚未实现');
};

export const fundBooksHandlers: HandlersOf<typeof fundBooksChannels> = {
  'fund.settings': pending,
  'fund.saveSettings': pending,
  'fund.accounts': pending,
  'fund.createAccount': pending,
  'fund.updateAccount': pending,
  'fund.designations': pending,
  'fund.createDesignation': pending,
  'fund.liftDesignation': pending,
  'fund.vouchers': pending,
  'fund.voucher': pending,
  'fund.createVoucher': pending,
  'fund.updateVoucher': pending,
  'fund.discardVoucher': pending,
  'fund.submitVoucher': pending,
  'fund.rejectVoucher': pending,
  'fund.postVoucher': pending,
  'fund.reverseVoucher': pending,
  'fund.audit': pending,
};
