// The end of every 公示: posting period, how to object, whom to call, 特此公示, then the issuing office
// with the date centred under it at the right, as official notices are signed, and on the left who
// prepared and who approved what it publishes.
import type { Content } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../../shared/domain/dates';
import type { NoticeNoun, NoticeSection } from './notice-document';

export function postingLine(posting: NoticeSection['posting'], noun: NoticeNoun = '公示'): string {
  const start = formatChineseDate(posting.startDate);
  const end = formatChineseDate(posting.endDate);
  return `${noun}期：自${start}至${end}（${posting.workingDays}个工作日）。`;
}

function contactLines(contacts: NoticeSection['contacts']): string[] {
  const lines: string[] = [];
  const contact = [contacts.contactPerson, contacts.contactPhone].map((part) => part.trim()).filter(Boolean);
  if (contact.length > 0) lines.push(`联系人及电话：${contact.join(' ')}`);
  if (contacts.supervisionPhone.trim() !== '') lines.push(`监督电话：${contacts.supervisionPhone.trim()}`);
  return lines;
}

function signature(section: NoticeSection): Content {
  return {
    columns: [
      { width: '*', stack: signatoriesLines(section) },
      {
        width: 'auto',
        style: 'signature',
        stack: [section.issuer, formatChineseDate(section.issueDate)],
      },
      // Keeps the block off the right edge, about two characters in.
      { width: 24, text: '' },
    ],
    margin: [0, 24, 0, 0],
  };
}

// Who prepared and who approved what the notice publishes, as a voucher names its 制单 and 审核: on the
// left of the office and the date, line for line, so that naming them does not lengthen the notice.
function signatoriesLines(section: NoticeSection): Content[] {
  if (!section.signatories) return [];
  return section.signatories.map((text) => ({ text, style: 'signatories' }));
}

function closingLine(text: string): Content {
  return { text, style: 'closingLine' };
}

export function noticeClosing(section: NoticeSection): Content[] {
  const noun = section.noun ?? '公示';
  const lines = [postingLine(section.posting, noun), section.objection];
  const signed = [...contactLines(section.contacts), `特此${noun}。`];
  return [
    { stack: lines.map(closingLine), margin: [0, 6, 0, 0] },
    // Contacts, 特此公示 and the signature stay on one page: a signature never stands alone on a new page.
    { unbreakable: true, stack: [...signed.map(closingLine), signature(section)] },
  ];
}
