// 关于<基金>2026年第1季度收支情况的公示: the quarter's figures in the office's notice layout. Donors appear
// by their published name only; each reversal is printed beside the entry it corrects as a 更正说明 row,
// and all of them again under 更正说明 after the tables.
import { formatChineseDate } from '../../../../../shared/domain/dates';
import { formatYuan } from '../../../../../shared/domain/money';
import type { DisclosureCorrection } from '../../../../../shared/features/fund/disclosure/outputs';
import type {
  NoticeCaptionedTable,
  NoticeCell,
  NoticeDocument,
  NoticeSection,
} from '../../../documents/pdf/notice-document';
import type { DisclosureNoticeFrame, QuarterNoticeData } from './notice-data';

const money = (fen: number): NoticeCell => ({ text: formatYuan(fen), alignment: 'right' });
const date = (iso: string): NoticeCell => ({ text: iso, alignment: 'center' });

export function quarterNoticeTitle(fundName: string, year: number, quarter: number): string {
  return `关于${fundName}\n${year}年第${quarter}季度收支情况的公示`;
}

function summaryTable(data: QuarterNoticeData): NoticeCaptionedTable {
  const d = data.disclosure;
  return {
    caption: '一、收支概况',
    table: {
      headers: ['项目', '金额（元）'],
      widths: ['*', 140],
      rows: [
        [`期初余额（${formatChineseDate(d.from)}）`, money(d.openingBalanceFen)],
        ['本季度收入', money(d.incomeFen)],
        ['本季度支出', money(d.spendingFen)],
        [`期末余额（${formatChineseDate(d.to)}）`, money(d.closingBalanceFen)],
      ],
    },
  };
}

/** A reversal's row: its date, the 更正说明 across the middle columns, the amount taken back. */
function correctionRow(
  row: { date: string; amountFen: number },
  correction: DisclosureCorrection,
  span: number,
) {
  const covered: NoticeCell[] = Array.from({ length: span - 1 }, () => '');
  return [date(row.date), { text: correction.text, colSpan: span }, ...covered, money(row.amountFen)];
}

function donationsTable(data: QuarterNoticeData): NoticeCaptionedTable {
  const rows = data.disclosure.donations.map((row): NoticeCell[] =>
    row.correction
      ? correctionRow(row, row.correction, 2)
      : [date(row.date), row.publishedName, row.designationName, money(row.amountFen)],
  );
  const total = data.disclosure.donations.reduce((sum, row) => sum + row.amountFen, 0);
  return {
    caption: '二、捐赠收入明细',
    table: {
      headers: ['日期', '捐赠人', '用途', '金额（元）'],
      widths: [64, '*', '*', 90],
      rows: rows.length > 0 ? rows : [[{ text: '本季度无捐赠收入', colSpan: 4 }, '', '', '']],
      totalRow: [{ text: '合计', colSpan: 3, alignment: 'center' }, '', '', money(total)],
    },
  };
}

function designationTable(data: QuarterNoticeData): NoticeCaptionedTable {
  const d = data.disclosure;
  const rows = d.byDesignation.map((row): NoticeCell[] => [
    row.name,
    money(row.incomeFen),
    money(row.spendingFen),
  ]);
  return {
    caption: '三、按用途分类的收支',
    table: {
      headers: ['用途', '收入（元）', '支出（元）'],
      widths: ['*', 100, 100],
      rows: rows.length > 0 ? rows : [[{ text: '本季度无收支', colSpan: 3 }, '', '']],
      totalRow: [{ text: '合计', alignment: 'center' }, money(d.incomeFen), money(d.spendingFen)],
    },
  };
}

function grantsTable(data: QuarterNoticeData): NoticeCaptionedTable {
  const rows = data.disclosure.grants.map((row): NoticeCell[] =>
    row.correction
      ? correctionRow(row, row.correction, 3)
      : [
          date(row.date),
          row.projectNumber ? `${row.projectNumber}\n${row.projectTitle ?? ''}` : '（未关联项目）',
          row.recipient,
          row.designationName,
          money(row.amountFen),
        ],
  );
  const total = data.disclosure.grants.reduce((sum, row) => sum + row.amountFen, 0);
  return {
    caption: '四、资助项目支出',
    table: {
      headers: ['日期', '项目', '承接方', '用途', '金额（元）'],
      widths: [64, '*', 90, 70, 80],
      rows: rows.length > 0 ? rows : [[{ text: '本季度无资助支出', colSpan: 5 }, '', '', '', '']],
      totalRow: [{ text: '合计', colSpan: 4, alignment: 'center' }, '', '', '', money(total)],
    },
  };
}

function correctionParagraphs(data: QuarterNoticeData): string[] {
  const { corrections } = data.disclosure;
  if (corrections.length === 0) return ['五、更正说明：本季度无更正事项。'];
  return [
    `五、更正说明（共${corrections.length}项）：`,
    ...corrections.map((c, i) => `${i + 1}. ${c.text.replace(/^更正说明：/u, '')}`),
  ];
}

function objection(frame: DisclosureNoticeFrame, subject: string): string {
  return `公示期内，如对上述${subject}有异议，可通过电话或书面形式向${frame.office.officeName}反映，也可拨打监督电话反映。`;
}

/** The close every disclosure notice shares; `subject` is what an objection would be about. */
export function noticeFrame(
  frame: DisclosureNoticeFrame,
  issueDate: string,
  subject = '收支情况',
): Omit<NoticeSection, 'title' | 'paragraphs'> {
  return {
    posting: frame.posting,
    objection: objection(frame, subject),
    contacts: frame.contacts,
    issuer: frame.office.officeName,
    issueDate,
  };
}

export function buildQuarterNotice(data: QuarterNoticeData): NoticeDocument {
  const d = data.disclosure;
  const title = quarterNoticeTitle(data.fundName, d.year, d.quarter);
  const section: NoticeSection = {
    title,
    paragraphs: [
      `根据《慈善组织信息公开办法》有关规定，现将${data.fundName}（由${data.hostName}托管）` +
        `${formatChineseDate(d.from)}至${formatChineseDate(d.to)}的收支情况公示如下（金额单位：元）：`,
    ],
    tables: [summaryTable(data), donationsTable(data), designationTable(data), grantsTable(data)],
    afterTable: [...correctionParagraphs(data), '匿名捐赠人以“爱心人士”或其选择的名称公示。'],
    ...noticeFrame(data, data.posting.startDate),
  };
  return { title: title.replace('\n', ''), sections: [section] };
}
