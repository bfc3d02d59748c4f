// Channel inputs and outputs of the public lists every community posts (社区工作事项清单, 社区印章使用清单
// and Kunming's three lists): versions, their items, drafts, publishing, history, Excel template and import.
import { z } from 'zod';
import type { ComparedField } from './list-diff';
import type { ListItemField } from './list-item-fields';
import { fileTooLargeMessage, maxImportBase64Length } from '../../domain/import-limits';
import {
  documentDateRange,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
} from '../../contract/fields';
import { fileBatchInput, type ImportError } from '../../contract/files';
import type { listsChannels } from './channels';
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { FileOutput } from '../../contract/files';

export const listKinds = [
  'work_items',
  'seal_usage',
  'statutory_duties',
  'assisting_duties',
  'certificates',
] as const;
export type ListKind = (typeof listKinds)[number];
export const listKindLabels: Record<ListKind, string> = {
  work_items: '社区工作事项清单',
  seal_usage: '社区印章使用清单',
  statutory_duties: '社区依法履行职责清单',
  assisting_duties: '社区依法协助政府工作职责清单',
  certificates: '社区开具证明清单',
};

export type { ListItemField };
/** Column headers of the template and the labels in messages: one wording everywhere. */
export const listItemLabels: Record<ListItemField, string> = {
  seq: '序号',
  title: '事项名称',
  content: '事项内容',
  legalBasis: '依据',
  responsibleUnit: '责任单位',
  communityRole: '社区职责',
  remarks: '备注',
};
/** Longest text per field, in characters; shared by the form, the channel and the Excel import. */
export const listItemLimits: Record<ComparedField, number> = {
  title: 200,
  content: 2000,
  legalBasis: 1000,
  responsibleUnit: 200,
  communityRole: 1000,
  remarks: 500,
};
/** What the shipped examples say in 备注. */
export const sampleRemark = '示例，请以官方清单导入替换';

const kind = oneOf('清单', listKinds);
const versionId = recordId('清单版本');

export const listKindInput = z.object({ kind });
export const listVersionIdInput = z.object({ versionId });

export const listItemInput = z.object({
  versionId,
  /** The item to change; absent for a new item, which goes to the end of the list. */
  itemId: recordId('清单事项').optional(),
  title: requiredText(listItemLabels.title, listItemLimits.title),
  content: optionalText(listItemLabels.content, listItemLimits.content, multiline),
  legalBasis: optionalText(listItemLabels.legalBasis, listItemLimits.legalBasis, multiline),
  responsibleUnit: optionalText(listItemLabels.responsibleUnit, listItemLimits.responsibleUnit),
  communityRole: optionalText(listItemLabels.communityRole, listItemLimits.communityRole, multiline),
  remarks: optionalText(listItemLabels.remarks, listItemLimits.remarks),
});
export type ListItemInput = z.input<typeof listItemInput>;

export const listItemIdInput = z.object({ itemId: recordId('清单事项') });

export const listReorderInput = z.object({
  versionId,
  itemIds: z
    .array(recordId('清单事项'), { error: '排列顺序：格式不正确' })
    .min(1, { error: '排列顺序：没有事项' })
    .max(2000, { error: '排列顺序：事项过多' }),
});

export const listPublishInput = z.object({
  versionId,
  effectiveDate: isoDate('生效日期'),
  approvedBy: requiredText('批准单位', 100),
});

export const listImportInput = z.object({
  kind,
  fileName: requiredText('文件名', 200),
  base64: z
    .string({ error: '文件：缺少文件内容' })
    .min(1, { error: '文件：文件是空的' })
    .max(maxImportBase64Length, { error: fileTooLargeMessage }),
});

/** The two notices a community posts: its two lists, and Kunming's three lists. */
export const listNoticeKinds = ['two_lists', 'kunming_lists'] as const;
export type ListNoticeKind = (typeof listNoticeKinds)[number];
/** The lists each notice prints, in order. */
export const listNoticeLists: Record<ListNoticeKind, readonly ListKind[]> = {
  two_lists: ['work_items', 'seal_usage'],
  kunming_lists: ['statutory_duties', 'assisting_duties', 'certificates'],
};

export const listNoticeInput = z.object({
  kind: oneOf('公示类型', listNoticeKinds),
  /** One community, or every active community in one document (a section each) when absent. */
  communityId: recordId('社区').optional(),
  startDate: isoDate('公示开始日期', documentDateRange),
  workingDays: wholeNumber('公示期工作日数', { min: 1, max: 30 }),
  issueDate: isoDate('落款日期', documentDateRange),
  /** Set when the renderer asks for one file per community: the desktop shell saves them into one folder. */
  batch: fileBatchInput.optional(),
});

export type ListVersionStatus = 'draft' | 'published';

export interface ListVersion {
  id: number;
  kind: ListKind;
  versionNo: number;
  status: ListVersionStatus;
  /** Set when published. */
  effectiveDate: string | null;
  approvedBy: string | null;
  publishedAt: string | null;
  /** The version a draft was copied from (null for the first version). */
  copiedFromId: number | null;
  itemCount: number;
  /** Shipped example items still in the version. */
  sampleCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ListItem {
  id: number;
  versionId: number;
  /** Stable across versions: the same item in a later version has the same key. */
  itemKey: string;
  seq: number;
  title: string;
  content: string;
  legalBasis: string;
  responsibleUnit: string;
  communityRole: string;
  remarks: string;
  isSample: boolean;
}

export interface ListVersionDetail {
  version: ListVersion;
  items: ListItem[];
}

/** Per kind: the version in force and the draft being prepared, if any. */
export interface ListOverview {
  kind: ListKind;
  current: ListVersion;
  draft: ListVersion | null;
}

export interface ListItemChange {
  itemKey: string;
  before: ListItem;
  after: ListItem;
  fields: ComparedField[];
}

/** What a version added, removed or changed compared with the version it was copied from. */
export interface ListVersionChanges {
  version: ListVersion;
  /** Number of the version compared with; null for the first version (everything is added). */
  comparedWithVersionNo: number | null;
  added: ListItem[];
  removed: ListItem[];
  changed: ListItemChange[];
  reordered: boolean;
}

export interface ListImportResult {
  /** True when every row passed and the draft's items were replaced; false writes nothing. */
  applied: boolean;
  errors: ImportError[];
  /** Items in the draft after the import (0 when not applied). */
  itemCount: number;
  /** The draft that received the items (created when there was none); null when not applied. */
  versionId: number | null;
}

export const listsContract = {
  'lists.overview': channel<ListOverview[]>()(noInput),
  'lists.versions': channel<ListVersion[]>()(listKindInput),
  'lists.version': channel<ListVersionDetail>()(listVersionIdInput),
  'lists.current': channel<ListVersionDetail>()(listKindInput),
  'lists.history': channel<ListVersionChanges[]>()(listKindInput),
  'lists.startDraft': channel<ListVersionDetail>()(listKindInput),
  'lists.saveItem': channel<ListItem>()(listItemInput),
  'lists.deleteItem': channel<ListVersionDetail>()(listItemIdInput),
  'lists.reorder': channel<ListVersionDetail>()(listReorderInput),
  'lists.publish': channel<ListVersion>()(listPublishInput),
  'lists.discardDraft': channel<{ id: number }>()(listVersionIdInput),
  'lists.importTemplate': channel<FileOutput>()(listKindInput),
  'lists.import': channel<ListImportResult>()(listImportInput),
  'lists.notice': channel<FileOutput>()(listNoticeInput),
  'lists.exportExcel': channel<FileOutput>()(listVersionIdInput),
} satisfies ContractFor<typeof listsChannels>;
