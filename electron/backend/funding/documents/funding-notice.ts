// 关于XX社区XXXX年度社区工作经费核定情况的公示: one section per community, with its determined lines,
// the total in figures and in words, and the posting period the office set.
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import { fundingCategoryLabels } from '../../../../shared/features/funding/contract';
import type { FundingNoticeCommunity, FundingNoticeData } from './document-data';
import type {
  NoticeCell,
  NoticeDocument,
  NoticeSection,
  NoticeTable,
} from '../../documents/pdf/notice-document';
import { signedByOffice } from '../../documents/pdf/notice-signature';
import { communityLabel } from '../../documents/community-label';
import { signatoryLines } from '../../documents/signatures';

/** Broken before 社区工作经费, where an official title would break its two lines. */
export function fundingNoticeTitle(communityName: string, year: number): string {
  return `关于${communityLabel(communityName)}${year}年度\n社区工作经费核定情况的公示`;
}

function amount(fen: number, bold = false): NoticeCell {
  return { text: formatYuan(fen), alignment: 'right', bold };
}

function fundingTable(community: FundingNoticeCommunity): NoticeTable {
  return {
    headers: ['序号', '经费项目', '核定金额（元）', '核定依据'],
    widths: [30, 78, 92, '*'],
    rows: community.lines.map((line, index) => [
      { text: String(index + 1), alignment: 'center' },
      fundingCategoryLabels[line.category],
      amount(line.amountFen),
      line.basis,
    ]),
    totalRow: [{ text: '合计', alignment: 'center', colSpan: 2 }, '', amount(community.totalFen, true), ''],
  };
}

// The citation is written to open the sentence (「依据官民函〔2022〕61号……」); one that does not gets 依据.
function citationClause(citation: string): string {
  const trimmed = citation.trim().replace(/[。，；,;.\s]+$/u, '');
  return /^(依据|根据|按照|按)/u.test(trimmed) ? trimmed : `依据${trimmed}`;
}

function introduction(data: FundingNoticeData, community: FundingNoticeCommunity): string {
  return (
    `${citationClause(community.standardCitation)}，${data.office.officeName}按照社区实际户数及院落性质，` +
    `对${communityLabel(community.communityName)}${data.year}年度社区工作经费进行了核定。` +
    `该社区现有居民${community.totalHouseholds.toLocaleString('en-US')}户，现将核定情况公示如下：`
  );
}

/** 合计人民币（大写）：壹拾贰万…元整 and 合计人民币（小写）：¥123,456.00, one line each. */
export function totalInWordsAndFigures(totalFen: number): [string, string] {
  const words = amountInWords(totalFen).replace(/^人民币/u, '');
  return [`合计人民币（大写）：${words}`, `合计人民币（小写）：¥${formatYuan(totalFen)}`];
}

function objection(data: FundingNoticeData): string {
  return (
    `公示期内，如对核定情况有异议，可通过电话或书面形式向${data.office.officeName}反映，` +
    '也可拨打监督电话反映。'
  );
}

function communitySection(data: FundingNoticeData, community: FundingNoticeCommunity): NoticeSection {
  return {
    title: fundingNoticeTitle(community.communityName, data.year),
    paragraphs: [introduction(data, community)],
    table: fundingTable(community),
    afterTable: totalInWordsAndFigures(community.totalFen),
    posting: data.posting,
    objection: objection(data),
    ...signedByOffice(data.office, data.issueDate),
    signatories: signatoryLines(data.signatories),
  };
}

export function buildFundingNotice(data: FundingNoticeData): NoticeDocument {
  return {
    title: `${data.office.officeName}${data.year}年度社区工作经费核定情况公示`,
    sections: data.communities.map((community) => communitySection(data, community)),
  };
}
