// OWNER: the disclosure slice (信息公开, 《慈善组织信息公开办法》). Channel names, kinds and roles only (the
// preload bundles this). Everyone may preview and print what the public sees, and export the year's project
// list; 经办人 records that a notice
// was posted, which the calendar of disclosure deadlines reads.
import { command, declareChannels, file, query } from '../../../contract/channel-kinds';
import { anyRole, preparers } from '../../../contract/roles';

export const fundDisclosureChannels = declareChannels({
  'fund.quarterDisclosure': query(anyRole),
  'fund.quarterNoticePdf': file({ printable: true, roles: anyRole }),
  'fund.projectNoticePdf': file({ printable: true, roles: anyRole }),
  'fund.annualReportXlsx': file({ roles: anyRole }),
  'fund.projectsXlsx': file({ roles: anyRole }),
  'fund.disclosureDeadlines': query(anyRole),
  'fund.disclosures': query(anyRole),
  'fund.recordDisclosure': command({ invalidates: ['fund'], roles: preparers }),
});
