// 捐赠确认书: one A4 page the office gives a donor — its number, the donor, the amount in figures and in
// 中文大写, the use, the donation date, the fund and its host charity, thanks, the line that it is not a
// tax receipt (the 公益事业捐赠票据 comes from the host), the office and the date of issue. A reprint
// carries a 副本 stamp at the top; a voided one prints with 作废 across the page and its reason.
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import type { Acknowledgement } from '../../../../shared/features/fund/acknowledgements/contract';
import { fontFamilies, pdfmakeFor } from '../../documents/pdf/fonts';

export const acknowledgementTitle = '捐赠确认书';

export interface AcknowledgementSheet {
  acknowledgement: Acknowledgement;
  fundName: string;
  hostName: string;
  officeName: string;
  /** A print after the first: stamped 副本. */
  copy: boolean;
}

const mm = 72 / 25.4;
const stampRed = '#c0392b';

const ruled: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 8,
  paddingRight: () => 8,
  paddingTop: () => 6,
  paddingBottom: () => 6,
};

const stampFrame: CustomTableLayout = {
  hLineWidth: () => 1.5,
  vLineWidth: () => 1.5,
  hLineColor: () => stampRed,
  vLineColor: () => stampRed,
  paddingLeft: () => 10,
  paddingRight: () => 10,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The 副本 stamp in the top right corner, or an empty line of the same height on the original. */
function stampRow(copy: boolean): Content {
  const stamp: Content = copy
    ? {
        layout: stampFrame,
        table: {
          body: [[{ text: '副　本', color: stampRed, bold: true, fontSize: 16, characterSpacing: 2 }]],
        },
      }
    : { text: ' ', fontSize: 16 };
  return {
    columns: [
      { width: '*', text: '' },
      { width: 'auto', stack: [stamp] },
    ],
    margin: [0, 0, 0, 4],
  };
}

function row(label: string, value: TableCell): TableCell[] {
  return [{ text: label, bold: true, alignment: 'center', verticalAlignment: 'middle' }, value];
}

function factsTable(sheet: AcknowledgementSheet): Content {
  const { acknowledgement: ack } = sheet;
  return {
    layout: ruled,
    margin: [0, 6, 0, 14],
    table: {
      widths: [100, '*'],
      dontBreakRows: true,
      body: [
        row('捐赠人', ack.donorName),
        row('捐赠金额（小写）', { text: `¥${formatYuan(ack.amountFen)}`, bold: true }),
        row('捐赠金额（大写）', amountInWords(ack.amountFen)),
        row('捐赠用途', ack.designationText),
        row('捐赠日期', formatChineseDate(ack.donationDate)),
        row('基金名称', sheet.fundName),
        row('托管机构', sheet.hostName),
      ],
    },
  };
}

function voidNotice(ack: Acknowledgement): Content[] {
  if (ack.voidedAt === null) return [];
  return [
    {
      text: `本确认书已于${formatChineseDate(ack.voidedAt.slice(0, 10))}作废：${ack.voidReason}`,
      color: stampRed,
      bold: true,
      margin: [0, 0, 0, 8],
    },
  ];
}

function body(sheet: AcknowledgementSheet): Content[] {
  const { acknowledgement: ack } = sheet;
  const paragraph = {
    leadingIndent: 24,
    lineHeight: 1.6,
    margin: [0, 0, 0, 6] as [number, number, number, number],
  };
  return [
    { text: `${ack.donorName}：`, bold: true, fontSize: 12, margin: [0, 0, 0, 6] },
    {
      ...paragraph,
      text:
        `您于${formatChineseDate(ack.donationDate)}向${sheet.fundName}捐赠人民币${formatYuan(ack.amountFen)}元，` +
        `本基金已如数收到。捐赠款物将按照捐赠用途和有关规定管理、使用，并依法向社会公开。现将捐赠情况确认如下：`,
    },
    factsTable(sheet),
    { ...paragraph, text: '感谢您对社区公益事业的支持！', bold: true },
    {
      text: `说明：本确认书不作为税前扣除凭证；公益事业捐赠票据由${sheet.hostName}开具。`,
      fontSize: 9.5,
      color: '#444444',
      margin: [0, 10, 0, 36],
    },
    {
      alignment: 'right',
      lineHeight: 1.6,
      stack: [`${sheet.officeName}（盖章）`, sheet.fundName, formatChineseDate(ack.issuedOn)],
    },
  ];
}

export function acknowledgementDefinition(sheet: AcknowledgementSheet): TDocumentDefinitions {
  const { acknowledgement: ack } = sheet;
  return {
    info: {
      title: `${acknowledgementTitle}（${ack.number}）`,
      creator: '街道社区经费台账',
      producer: '街道社区经费台账',
    },
    language: 'zh-CN',
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [25 * mm, 18 * mm, 25 * mm, 20 * mm],
    defaultStyle: { font: fontFamilies.sans, fontSize: 11, lineHeight: 1.2 },
    ...(ack.voidedAt === null
      ? {}
      : { watermark: { text: '作　废', color: stampRed, opacity: 0.25, bold: true, angle: -30 } }),
    content: [
      stampRow(sheet.copy),
      {
        text: acknowledgementTitle,
        font: fontFamilies.serif,
        bold: true,
        fontSize: 24,
        characterSpacing: 6,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      { text: `编号：${ack.number}`, alignment: 'right', margin: [0, 0, 0, 16] },
      ...voidNotice(ack),
      ...body(sheet),
    ],
  };
}

export async function renderAcknowledgement(
  sheet: AcknowledgementSheet,
  resourcesDir: string,
): Promise<Buffer> {
  return pdfmakeFor(resourcesDir).createPdf(acknowledgementDefinition(sheet)).getBuffer();
}
