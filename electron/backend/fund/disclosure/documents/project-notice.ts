// 关于<基金>资助项目「<title>」的公示: one welfare project in the office's notice layout, in the order the
// 《慈善组织信息公开办法》 asks for — what was approved and by whom, the budget, what was paid, how it went,
// and at the end what was left over and where it went. Nothing here names a donor.
import { formatChineseDate } from '../../../../../shared/domain/dates';
import { formatYuan } from '../../../../../shared/domain/money';
import { committeeDutyLabels } from '../../../../../shared/features/fund/books/fields';
import type { ProjectDetail } from '../../../../../shared/features/fund/projects/outputs';
import { closingDispositionLabels } from '../../../../../shared/features/fund/projects/project-fields';
import type {
  NoticeCaptionedTable,
  NoticeCell,
  NoticeDocument,
} from '../../../documents/pdf/notice-document';
import type { DisclosureNoticeFrame } from './notice-data';
import { noticeFrame } from './quarter-notice';

export interface ProjectNoticeData extends DisclosureNoticeFrame {
  project: ProjectDetail;
}

const money = (fen: number): NoticeCell => ({ text: formatYuan(fen), alignment: 'right' });
const date = (iso: string): NoticeCell => ({ text: iso, alignment: 'center' });
const none = (text: string, span: number): NoticeCell[] => [
  { text, colSpan: span },
  ...Array.from({ length: span - 1 }, () => ''),
];

export function projectNoticeTitle(fundName: string, project: ProjectDetail): string {
  return `关于${fundName}资助项目\n「${project.title}」的公示`;
}

function basicsTable(project: ProjectDetail): NoticeCaptionedTable {
  return {
    caption: '一、项目基本情况',
    table: {
      headers: ['项目', '内容'],
      widths: [110, '*'],
      rows: [
        ['项目编号', project.number],
        ['所在社区', project.communityName],
        ['申请方', project.applicantName],
        ['项目周期', `${formatChineseDate(project.periodStart)}至${formatChineseDate(project.periodEnd)}`],
        ['受益对象', project.beneficiaries],
        ['资金用途', project.purpose],
        ['项目状态', project.stateLabel],
      ],
    },
  };
}

function members(decision: NonNullable<ProjectDetail['decision']>): string {
  return decision.members.map((m) => `${m.name}（${committeeDutyLabels[m.duty]}）`).join('、');
}

function approvalTable(project: ProjectDetail): NoticeCaptionedTable {
  const decision = project.decision;
  const rows: NoticeCell[][] = decision
    ? [
        ['决议文号', decision.decisionNo],
        ['决议日期', formatChineseDate(decision.decidedOn)],
        ['批准金额（元）', decision.approvedFen === null ? '不予资助' : formatYuan(decision.approvedFen)],
        ['参加决议的管委会成员', members(decision) || '—'],
        ...(decision.conditions ? [['附加条件', decision.conditions]] : []),
      ]
    : [none('尚未经管委会决议', 2)];
  return { caption: '二、立项审批', table: { headers: ['项目', '内容'], widths: [110, '*'], rows } };
}

function budgetTable(project: ProjectDetail): NoticeCaptionedTable {
  return {
    caption: '三、项目预算',
    table: {
      headers: ['序号', '预算科目', '说明', '金额（元）'],
      widths: [36, '*', '*', 90],
      rows: project.budgetLines.map((line) => [
        date(String(line.lineNo)),
        line.item,
        line.note,
        money(line.amountFen),
      ]),
      totalRow: [{ text: '合计', colSpan: 3, alignment: 'center' }, '', '', money(project.budgetFen)],
    },
  };
}

/** Only the instalments paid (posted, not reversed) are money that left the fund. */
function instalmentsTable(project: ProjectDetail): NoticeCaptionedTable {
  const paid = (project.agreement?.instalments ?? []).filter((i) => i.state === 'paid');
  return {
    caption: '四、资金拨付',
    table: {
      headers: ['期次', '计划日期', '记账凭证', '金额（元）'],
      widths: [50, 90, '*', 90],
      rows:
        paid.length > 0
          ? paid.map((i) => [
              date(`第${i.seq}期`),
              date(i.plannedOn),
              i.voucherNumber ?? '',
              money(i.amountFen),
            ])
          : [none('尚未拨付', 4)],
      totalRow: [{ text: '已拨付合计', colSpan: 3, alignment: 'center' }, '', '', money(project.paidFen)],
    },
  };
}

function reportsTable(project: ProjectDetail): NoticeCaptionedTable {
  return {
    caption: '五、项目进展',
    table: {
      headers: ['报告日期', '进展情况', '累计使用（元）'],
      widths: [70, '*', 90],
      rows:
        project.reports.length > 0
          ? project.reports.map((r) => [date(r.reportedOn), r.progress, money(r.usedFen)])
          : [none('暂无进展报告', 3)],
    },
  };
}

function leftoverGoesTo(project: ProjectDetail, closing: NonNullable<ProjectDetail['closing']>): string {
  const label = closingDispositionLabels[closing.disposition];
  if (closing.disposition === 'redesignate') {
    const decision = project.redesignation;
    const by = decision ? `（${decision.decisionNo}）` : '';
    return `${label}${by}，转入「${closing.targetDesignationName ?? ''}」`;
  }
  return project.designationName ? `${label}「${project.designationName}」` : '退回基金非限定资金';
}

function closingTable(project: ProjectDetail): NoticeCaptionedTable {
  const closing = project.closing;
  const rows: NoticeCell[][] = closing
    ? [
        ['结项日期', formatChineseDate(closing.closedOn)],
        ['已拨付（元）', formatYuan(closing.paidFen)],
        ['实际使用（元）', formatYuan(closing.usedFen)],
        ['退回基金（元）', formatYuan(closing.returnedFen)],
        ['批准金额结余（元）', formatYuan(closing.leftoverFen)],
        ['结余去向', leftoverGoesTo(project, closing)],
        ['结项报告', closing.report],
      ]
    : [none('项目尚未结项', 2)];
  return { caption: '六、结项情况', table: { headers: ['项目', '内容'], widths: [110, '*'], rows } };
}

export function buildProjectNotice(data: ProjectNoticeData): NoticeDocument {
  const { project } = data;
  const title = projectNoticeTitle(data.fundName, project);
  return {
    title: title.replace('\n', ''),
    sections: [
      {
        title,
        paragraphs: [
          `根据《慈善组织信息公开办法》有关规定，现将${data.fundName}（由${data.hostName}托管）资助的` +
            `公益项目「${project.title}」（${project.number}）的有关情况公示如下（金额单位：元）：`,
        ],
        tables: [
          basicsTable(project),
          approvalTable(project),
          budgetTable(project),
          instalmentsTable(project),
          reportsTable(project),
          closingTable(project),
        ],
        ...noticeFrame(data, data.posting.startDate, '项目情况'),
      },
    ],
  };
}
