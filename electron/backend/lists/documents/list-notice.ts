// 关于公布XX社区……清单的公示: one section per community, a table per list in force (with the community's
// admitted work after the work items, citing the decision that admitted it), and the posting period.
import type { CatalogueEntry } from '../../../../shared/features/access/contract';
import type { OfficeSettings } from '../../../../shared/contract/office';
import {
  listKindLabels,
  type ListItem,
  type ListKind,
  type ListNoticeKind,
  type ListVersion,
} from '../../../../shared/features/lists/contract';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { communityLabel } from '../../documents/community-label';
import type {
  NoticeCaptionedTable,
  NoticeCell,
  NoticeDocument,
  NoticeSection,
  NoticeTable,
} from '../../documents/pdf/notice-document';
import { signedByOffice } from '../../documents/pdf/notice-signature';
import { signatoryLines, type Signatories } from '../../documents/signatures';

export interface ListInForce {
  kind: ListKind;
  version: ListVersion;
  items: ListItem[];
}

export interface ListNoticeData {
  kind: ListNoticeKind;
  office: OfficeSettings;
  /** In the order they are printed. */
  lists: ListInForce[];
  communities: { communityName: string; admitted: CatalogueEntry[] }[];
  posting: NoticeSection['posting'];
  issueDate: string;
  /** 经办人 and 审核人 of the versions printed: who drafted or edited them, who published them. */
  signatories: Signatories;
}

const chineseOrdinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Broken where an official two-line title would break. */
/** Characters a title line holds at the title size; a longer first line would wrap by itself. */
const titleLineCharacters = 22;

export function listNoticeTitle(kind: ListNoticeKind, communityName: string): string {
  const community = communityLabel(communityName);
  const [first, second] =
    kind === 'two_lists'
      ? [`关于公布${community}工作事项清单和`, '社区印章使用清单的公示']
      : [`关于公布${community}依法履行职责、依法协助政府`, '工作职责和开具证明清单的公示'];
  // The fixed break reads well for ordinary names; with a long one, let the line wrap where it must.
  return first.length <= titleLineCharacters ? `${first}\n${second}` : `${first}${second}`;
}

/** 经准入审批（官和社领〔2026〕3号）: how an admitted item is marked in the work items table. */
export function admittedMark(decisionNo: string): string {
  return `经准入审批（${decisionNo}）`;
}

function listRow(seq: number, title: string, basis: string, unit: string, role: string): NoticeCell[] {
  return [{ text: String(seq), alignment: 'center' }, title, basis, unit, role];
}

function listTable(list: ListInForce, admitted: CatalogueEntry[]): NoticeTable {
  const rows = list.items.map((item) =>
    listRow(item.seq, item.title, item.legalBasis, item.responsibleUnit, item.communityRole),
  );
  const extra = list.kind === 'work_items' ? admitted : [];
  extra.forEach((entry, index) => {
    const basis = [admittedMark(entry.decisionNo), entry.legalBasis].filter(Boolean).join('\n');
    rows.push(listRow(list.items.length + index + 1, entry.title, basis, entry.requestingDepartment, '协助'));
  });
  return {
    headers: ['序号', '事项名称', '依据', '责任单位', '社区职责'],
    // Names and bases carry the most text; the unit and the community's role are short.
    widths: [24, '*', 120, 80, 56],
    rows,
  };
}

function versionNote(list: ListInForce): string {
  const { version } = list;
  const since = version.effectiveDate ? `，自${formatChineseDate(version.effectiveDate)}起施行` : '';
  return `${listKindLabels[list.kind]}（第${version.versionNo}版${since}）`;
}

function introduction(data: ListNoticeData, communityName: string): string[] {
  const community = communityLabel(communityName);
  const lists = data.lists.map((list) => listKindLabels[list.kind]).join('、');
  const purpose =
    data.kind === 'two_lists'
      ? '为进一步规范社区工作事项和社区印章使用，切实减轻社区负担'
      : '为推进社区依法履职，规范社区开具证明，切实减轻社区负担';
  return [
    `${purpose}，现将${community}现行${lists}予以公布，并在社区办公和服务场所醒目位置张贴，接受居民群众监督。`,
    '清单以外的工作事项，须经区和谐社区建设工作领导小组准入审批后，方可交由社区承担；' +
      '未经准入审批的事项，社区有权拒绝承担，社区印章不得用于清单以外的事项。',
    `现行清单：${data.lists.map(versionNote).join('；')}。`,
  ];
}

function objection(data: ListNoticeData): string {
  return (
    '公示期内，如对清单内容有异议，或发现未经准入审批的事项交由社区承担，' +
    `可通过电话或书面形式向${data.office.officeName}反映，也可拨打监督电话反映。`
  );
}

function communitySection(
  data: ListNoticeData,
  community: ListNoticeData['communities'][number],
): NoticeSection {
  const tables: NoticeCaptionedTable[] = data.lists.map((list, index) => ({
    caption: `${chineseOrdinals[index] ?? String(index + 1)}、${listKindLabels[list.kind]}`,
    table: listTable(list, community.admitted),
  }));
  return {
    title: listNoticeTitle(data.kind, community.communityName),
    paragraphs: introduction(data, community.communityName),
    tables,
    posting: data.posting,
    objection: objection(data),
    ...signedByOffice(data.office, data.issueDate),
    signatories: signatoryLines(data.signatories),
  };
}

export function buildListNotice(data: ListNoticeData): NoticeDocument {
  const what =
    data.kind === 'two_lists'
      ? '社区工作事项清单和社区印章使用清单'
      : '社区依法履行职责、依法协助政府工作职责和开具证明清单';
  return {
    title: `${data.office.officeName}关于公布${what}的公示`,
    sections: data.communities.map((community) => communitySection(data, community)),
  };
}
