// OWNER: the disclosure slice's handlers: the quarter's figures and its 收支公示, a project's 公益项目公示,
// the annual report and the year's project list, the register of what was posted and the calendar of deadlines.
import type { fundDisclosureChannels } from '../../../../shared/features/fund/disclosure/channels';
import type { HandlersOf } from '../../core/handler';
import { exportAnnualReport } from './annual-report';
import { disclosureDeadlines } from './disclosure-deadlines';
import { exportProjectNotice, exportQuarterNotice } from './disclosure-notices';
import { listDisclosures, recordDisclosure } from './disclosure-register';
import { exportProjectList } from './project-list';
import { quarterDisclosure } from './quarter-disclosure';

export const fundDisclosureHandlers: HandlersOf<typeof fundDisclosureChannels> = {
  'fund.quarterDisclosure': (ctx, input) => quarterDisclosure(ctx.db, input),
  'fund.quarterNoticePdf': exportQuarterNotice,
  'fund.projectNoticePdf': exportProjectNotice,
  'fund.annualReportXlsx': exportAnnualReport,
  'fund.projectsXlsx': exportProjectList,
  'fund.disclosureDeadlines': disclosureDeadlines,
  'fund.disclosures': (ctx, input) => listDisclosures(ctx.db, input),
  'fund.recordDisclosure': recordDisclosure,
};
