// OWNER: the projects slice of the micro-fund. Channel names, kinds and roles only (the preload bundles this).
// 经办人 enters a community's application, records the agreement, drafts each instalment's grant voucher
// and the progress reports; 审核人 does the office's review (街道初审), records the 管委会's decision and
// closes the project (结项), never on one they prepared (制单与审核分离).
import { command, declareChannels, query } from '../../../contract/channel-kinds';
import { anyRole, approvers, preparers, type ChannelRoles } from '../../../contract/roles';

const fundChange = (roles: ChannelRoles) => command({ invalidates: ['fund'], roles });

export const fundProjectsChannels = declareChannels({
  'fund.projects': query(anyRole),
  'fund.project': query(anyRole),
  'fund.projectReminders': query(anyRole),
  'fund.projectAudit': query(anyRole),
  'fund.applyProject': fundChange(preparers),
  'fund.updateProject': fundChange(preparers),
  'fund.reviewProject': fundChange(approvers),
  'fund.decideProject': fundChange(approvers),
  'fund.agreeProject': fundChange(preparers),
  'fund.payInstalment': fundChange(preparers),
  'fund.reportProject': fundChange(preparers),
  'fund.closeProject': fundChange(approvers),
  'fund.withdrawProject': fundChange(preparers),
});
