// OWNER: the acknowledgements slice of the micro-fund: one spec per channel of ./channels.
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { FileOutput } from '../../../contract/files';
import {
  acknowledgementIdInput,
  acknowledgementIssueInput,
  acknowledgementListInput,
  acknowledgementVoidInput,
} from './acknowledgement-fields';
import type { fundAcknowledgementsChannels } from './channels';
import type { Acknowledgement, AcknowledgementPage } from './outputs';

export * from './outputs';

export const fundAcknowledgementsContract = {
  'fund.acknowledgements': channel<AcknowledgementPage>()(acknowledgementListInput),
  'fund.issueAcknowledgement': channel<Acknowledgement>()(acknowledgementIssueInput),
  'fund.voidAcknowledgement': channel<Acknowledgement>()(acknowledgementVoidInput),
  'fund.recordAcknowledgementPrint': channel<Acknowledgement>()(acknowledgementIdInput),
  'fund.acknowledgementPdf': channel<FileOutput>()(acknowledgementIdInput),
} satisfies ContractFor<typeof fundAcknowledgementsChannels>;
