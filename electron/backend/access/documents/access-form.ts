// 社区工作准入事项审批表: one A4 form with every field of a work-access request, the review, the decision
// (and a revocation), and the three stamp boxes to sign; the sub-district's box names its 经办人 and
// 审核人, and the decision names who recorded it. Laid out as a ruled label/value table in the same
// embedded fonts as the notices.
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AccessRequest } from '../../../../shared/features/access/contract';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { formatYuan } from '../../../../shared/domain/money';
import { fontFamilies, pdfmakeFor } from '../../documents/pdf/fonts';
import { signatureText, type PrintedSignature } from '../../documents/signatures';

/** Who kept the request: registered or corrected it, reviewed it, recorded the district's decision. */
export interface AccessFormSignatories {
  preparers: string[];
  reviewer: PrintedSignature | null;
  recorder: PrintedSignature | null;
}

export const accessFormTitle = '社区工作准入事项审批表';

const mm = 72 / 25.4;
const blankDate = '年　　月　　日';

const layout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

function label(text: string): TableCell {
  return { text, bold: true, alignment: 'center', verticalAlignment: 'middle' };
}

/** A label and a value across the rest of the row (the 4-column grid: label, value, label, value). */
function wide(name: string, value: string): TableCell[] {
  return [label(name), { text: value, colSpan: 3 }, '', ''];
}

function pair(a: string, aValue: string, b: string, bValue: string): TableCell[] {
  return [label(a), aValue, label(b), bValue];
}

function datePart(timestamp: string): string {
  return formatChineseDate(timestamp.slice(0, 10));
}

function followingResources(request: AccessRequest): [string, string] {
  return [
    request.fundingFen === null ? '无' : `${formatYuan(request.fundingFen)} 元`,
    request.staffCount === null ? '无' : `${request.staffCount} 人`,
  ];
}

function documentsText(documents: string[]): string {
  return documents.length === 0 ? '无' : documents.map((title, index) => `${index + 1}. ${title}`).join('\n');
}

function reviewText(request: AccessRequest): string {
  if (!request.review) return '';
  return `${request.review.opinion}\n（${datePart(request.review.reviewedAt)}）`;
}

function decisionText(request: AccessRequest, recorder: PrintedSignature | null): string {
  const { decision } = request;
  if (!decision) return '';
  const outcome = decision.approved ? '准予准入' : '不予准入';
  const recorded = recorder ? `\n登记人：${signatureText(recorder)}` : '';
  return `${outcome}\n决定文号：${decision.decisionNo}\n决定日期：${formatChineseDate(decision.decisionDate)}${recorded}`;
}

function stampBox(title: string, signers: string[] = []): Content {
  return {
    stack: [
      { text: title, bold: true, alignment: 'center' },
      { text: ' ', margin: [0, 34, 0, 0] },
      ...signers.map((text) => ({ text, margin: [0, 0, 0, 4] as [number, number, number, number] })),
      { text: '负责人签字：' },
      { text: `日期：${blankDate}`, margin: [0, 4, 0, 0] },
    ],
  };
}

// Blank after the colon for a request kept before users signed in: the names are then written by hand.
function officeSigners(signatories: AccessFormSignatories): string[] {
  const reviewer = signatories.reviewer ? signatureText(signatories.reviewer) : '';
  return [`经办人：${signatories.preparers.join('、')}`, `审核人：${reviewer}`];
}

function formRows(request: AccessRequest, signatories: AccessFormSignatories): TableCell[][] {
  const [funding, staff] = followingResources(request);
  const rows: TableCell[][] = [
    pair('编号', request.requestNo, '申请日期', formatChineseDate(request.submittedDate)),
    wide('申请部门', request.requestingDepartment),
    wide('事项名称', request.title),
    wide('事项内容', request.content),
    wide('依据', request.legalBasis || '无'),
    wide('申请理由', request.reason),
    wide('涉及社区', request.communities.map((community) => community.name).join('、')),
    pair('费随事转\n经费', funding, '费随事转\n人员', staff),
    wide('申请实施日期', formatChineseDate(request.requestedStartDate)),
    wide('申报材料', documentsText(request.documents)),
    wide('街道审核意见', reviewText(request)),
    wide('区领导小组决定', decisionText(request, signatories.recorder)),
  ];
  if (request.revocation) {
    const { date, reason } = request.revocation;
    rows.push(wide('撤销', `${formatChineseDate(date)}撤销准入。理由：${reason}`));
  }
  return rows;
}

export function accessFormDefinition(
  request: AccessRequest,
  signatories: AccessFormSignatories,
): TDocumentDefinitions {
  return {
    info: {
      title: `${accessFormTitle}（${request.requestNo}）`,
      creator: '街道社区经费台账',
      producer: '街道社区经费台账',
    },
    language: 'zh-CN',
    pageSize: 'A4',
    pageMargins: [20 * mm, 18 * mm, 20 * mm, 16 * mm],
    defaultStyle: { font: fontFamilies.sans, fontSize: 10.5, lineHeight: 1.1 },
    content: [
      {
        text: accessFormTitle,
        font: fontFamilies.serif,
        bold: true,
        fontSize: 20,
        alignment: 'center',
        margin: [0, 0, 0, 12],
      },
      {
        layout,
        table: { widths: [84, '*', 84, '*'], dontBreakRows: true, body: formRows(request, signatories) },
      },
      {
        layout,
        margin: [0, -0.6, 0, 0],
        table: {
          widths: ['*', '*', '*'],
          dontBreakRows: true,
          body: [
            [
              stampBox('申请单位（盖章）'),
              stampBox('街道办事处意见（盖章）', officeSigners(signatories)),
              stampBox('区和谐社区建设工作领导小组意见（盖章）'),
            ],
          ],
        },
      },
    ],
  };
}

export async function renderAccessForm(
  request: AccessRequest,
  signatories: AccessFormSignatories,
  options: { resourcesDir: string },
): Promise<Buffer> {
  return pdfmakeFor(options.resourcesDir).createPdf(accessFormDefinition(request, signatories)).getBuffer();
}
