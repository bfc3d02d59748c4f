// 关于<合同名称>政府购买服务合同的公告: what 第二十三条 puts in a contract, made public through the office's
// notice layout — purchaser, implementer, provider, content, term, quantity, quality, price and how it was
// bought — with the posting period, whom to call, 特此公告 and the office's signature.
import { formatChineseDate } from '../../../../shared/domain/dates';
import { amountInWords, formatYuan } from '../../../../shared/domain/money';
import { procurementMethodLabels } from '../../../../shared/features/contracts/contract';
import type {
  NoticeCell,
  NoticeDocument,
  NoticeSection,
  NoticeTable,
} from '../../documents/pdf/notice-document';
import { communityLabel } from '../../documents/community-label';
import { signatoryLines } from '../../documents/signatures';
import type { ContractNoticeData } from './document-data';

export function contractNoticeTitle(title: string): string {
  return `关于${title}\n政府购买服务合同的公告`;
}

function procurementText(data: ContractNoticeData): string {
  const { terms } = data.contract;
  const method = procurementMethodLabels[terms.procurementMethod];
  return terms.procurementNote === '' ? method : `${method}（${terms.procurementNote}）`;
}

const name = (text: string): NoticeCell => ({ text, alignment: 'center', bold: true });

/** A short item beside another, or a long one across the row. */
function pairRow(a: string, aValue: string, b: string, bValue: string): NoticeCell[] {
  return [name(a), aValue, name(b), bValue];
}
function wideRow(item: string, value: string): NoticeCell[] {
  return [name(item), { text: value, colSpan: 3 }, '', ''];
}

// Four columns, the short items paired, so that a contract's notice keeps to one page.
function itemsTable(data: ContractNoticeData): NoticeTable {
  const { contract } = data;
  const { terms } = contract;
  return {
    headers: ['事项', '内容', '事项', '内容'],
    widths: [66, '*', 66, '*'],
    rows: [
      pairRow('合同编号', contract.contractNo ?? '', '购买方式', procurementText(data)),
      pairRow('购买主体', data.office.officeName, '实施社区', communityLabel(contract.community.name)),
      wideRow('承接主体', contract.provider.name),
      pairRow(
        '统一社会\n信用代码',
        contract.provider.uscc,
        '服务期限',
        `${formatChineseDate(terms.startDate)}至${formatChineseDate(terms.endDate)}`,
      ),
      wideRow('服务内容', terms.content),
      wideRow('服务数量', terms.quantity),
      wideRow('质量标准', terms.qualityStandard),
      wideRow('合同价款', `${formatYuan(terms.priceFen)} 元（${amountInWords(terms.priceFen)}）`),
    ],
  };
}

function introduction(data: ContractNoticeData): string {
  const signed = data.contract.signedDate ? `已于${formatChineseDate(data.contract.signedDate)}签订，` : '';
  return (
    `根据《政府购买服务管理办法》（财政部令第102号）有关规定，${data.office.officeName}为` +
    `${communityLabel(data.contract.community.name)}购买服务的合同${signed}现将合同主要内容公告如下：`
  );
}

function objection(data: ContractNoticeData): string {
  return `公告期内，如对合同内容有异议，可通过电话或书面形式向${data.office.officeName}反映，也可拨打监督电话反映。`;
}

export function buildContractNotice(data: ContractNoticeData): NoticeDocument {
  const section: NoticeSection = {
    noun: '公告',
    title: contractNoticeTitle(data.contract.terms.title),
    paragraphs: [introduction(data)],
    table: itemsTable(data),
    posting: data.posting,
    objection: objection(data),
    contacts: {
      contactPerson: data.contactPerson,
      contactPhone: data.contactPhone,
      supervisionPhone: data.office.supervisionPhone,
    },
    issuer: data.office.officeName,
    issueDate: data.issueDate,
    signatories: signatoryLines(data.signatories),
  };
  return { title: contractNoticeTitle(data.contract.terms.title).replace('\n', ''), sections: [section] };
}
