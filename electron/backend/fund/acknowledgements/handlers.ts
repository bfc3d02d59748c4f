// OWNER: the acknowledgements slice's handlers: the register, issuing, voiding, the PDF and its prints.
import type { fundAcknowledgementsChannels } from '../../../../shared/features/fund/acknowledgements/channels';
import type { HandlersOf } from '../../core/handler';
import { exportAcknowledgementPdf } from './acknowledgement-document';
import {
  issueAcknowledgement,
  listAcknowledgements,
  recordAcknowledgementPrint,
  voidAcknowledgement,
} from './acknowledgements';

export const fundAcknowledgementsHandlers: HandlersOf<typeof fundAcknowledgementsChannels> = {
  'fund.acknowledgements': listAcknowledgements,
  'fund.issueAcknowledgement': issueAcknowledgement,
  'fund.voidAcknowledgement': voidAcknowledgement,
  'fund.recordAcknowledgementPrint': recordAcknowledgementPrint,
  'fund.acknowledgementPdf': exportAcknowledgementPdf,
};
