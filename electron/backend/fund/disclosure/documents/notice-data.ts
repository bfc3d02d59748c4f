// The plain data the disclosure notices are built from; the builders here never touch the database.
import type { OfficeSettings } from '../../../../../shared/contract/office';
import type { QuarterDisclosure } from '../../../../../shared/features/fund/disclosure/outputs';
import type { NoticeSection } from '../../../documents/pdf/notice-document';

export interface DisclosureNoticeFrame {
  office: OfficeSettings;
  fundName: string;
  hostName: string;
  posting: NoticeSection['posting'];
  contacts: NoticeSection['contacts'];
}

export interface QuarterNoticeData extends DisclosureNoticeFrame {
  disclosure: QuarterDisclosure;
}
