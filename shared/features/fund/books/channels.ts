// OWNER: the books slice of the micro-fund. Channel names, kinds and roles only (the preload bundles this).
// 管理员 keeps the settings and the chart; 经办人 drafts vouchers and designations; 审核人 posts vouchers,
// never one they prepared (制单与审核分离).
import { command, declareChannels, query } from '../../../contract/channel-kinds';
import { administrators, anyRole, approvers, preparers, type ChannelRoles } from '../../../contract/roles';

const fundChange = (roles: ChannelRoles) => command({ invalidates: ['fund'], roles });

export const fundBooksChannels = declareChannels({
  'fund.settings': query(anyRole),
  'fund.saveSettings': fundChange(administrators),
  'fund.accounts': query(anyRole),
  'fund.createAccount': fundChange(administrators),
  'fund.updateAccount': fundChange(administrators),
  'fund.designations': query(anyRole),
  'fund.createDesignation': fundChange(preparers),
  'fund.liftDesignation': fundChange(preparers),
  'fund.vouchers': query(anyRole),
  'fund.voucher': query(anyRole),
  'fund.createVoucher': fundChange(preparers),
  'fund.updateVoucher': fundChange(preparers),
  'fund.discardVoucher': fundChange(preparers),
  'fund.submitVoucher': fundChange(preparers),
  'fund.rejectVoucher': fundChange(approvers),
  'fund.postVoucher': fundChange(approvers),
  'fund.reverseVoucher': fundChange(preparers),
  'fund.audit': query(anyRole),
});
