// OWNER: the acknowledgements slice (捐赠确认书). Channel names, kinds and roles only (the preload bundles this).
// 经办人 issues an acknowledgement for a posted donation, records each print (a reprint is 副本) and voids
// one with a reason; everyone may read the register and print.
import { command, declareChannels, file, query } from '../../../contract/channel-kinds';
import { anyRole, preparers } from '../../../contract/roles';

const fundChange = command({ invalidates: ['fund'], roles: preparers });

export const fundAcknowledgementsChannels = declareChannels({
  'fund.acknowledgements': query(anyRole),
  'fund.issueAcknowledgement': fundChange,
  'fund.voidAcknowledgement': fundChange,
  'fund.recordAcknowledgementPrint': fundChange,
  'fund.acknowledgementPdf': file({ printable: true, roles: anyRole }),
});
