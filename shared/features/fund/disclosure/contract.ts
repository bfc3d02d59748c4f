// OWNER: the disclosure slice of the micro-fund (信息公开): one spec per channel of ./channels.
import type { FileOutput } from '../../../contract/files';
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { fundDisclosureChannels } from './channels';
import {
  annualReportInput,
  disclosureDeadlinesInput,
  disclosuresInput,
  projectListInput,
  projectNoticeInput,
  quarterInput,
  quarterNoticeInput,
  recordDisclosureInput,
} from './disclosure-fields';
import type { DisclosureDeadlines, DisclosureRecord, QuarterDisclosure } from './outputs';

export * from './outputs';
export {
  disclosureKindLabels,
  disclosureKinds,
  disclosureTitle,
  type DisclosureKind,
} from './disclosure-fields';

export const fundDisclosureContract = {
  'fund.quarterDisclosure': channel<QuarterDisclosure>()(quarterInput),
  'fund.quarterNoticePdf': channel<FileOutput>()(quarterNoticeInput),
  'fund.projectNoticePdf': channel<FileOutput>()(projectNoticeInput),
  'fund.annualReportXlsx': channel<FileOutput>()(annualReportInput),
  'fund.projectsXlsx': channel<FileOutput>()(projectListInput),
  'fund.disclosureDeadlines': channel<DisclosureDeadlines>()(disclosureDeadlinesInput),
  'fund.disclosures': channel<DisclosureRecord[]>()(disclosuresInput),
  'fund.recordDisclosure': channel<DisclosureRecord>()(recordDisclosureInput),
} satisfies ContractFor<typeof fundDisclosureChannels>;
