// Assembles the funding documents' data from the database and hands it to the builders in exports/:
// the district's annual Excel report (with the contracts' use of the purchased-services money, read
// through the contracts feature) and the funding notice (公示) PDF.
import {
  fundingCategories,
  fundingCategoryLabels,
  type Adjustment,
  type CommunityFundingRow,
  type FundingYear,
} from '../../../shared/features/funding/contract';
import { type FileOutput } from '../../../shared/contract/files';
import type { ParsedInput } from '../../../shared/contract';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { residentBreakdown, standardWords } from '../../../shared/features/funding/funding-rules';
import { formatYuan } from '../../../shared/domain/money';
import { buildAnnualReport } from './documents/annual-report.xlsx';
import type {
  AnnualReportData,
  AnnualReportDetail,
  AnnualReportRow,
  FundingNoticeData,
  PurchasedServicesRow,
} from './documents/document-data';
import { buildFundingNotice } from './documents/funding-notice';
import { renderNotice } from '../documents/pdf/notice';
import { listAdjustments } from './queries/postings';
import type { ServiceContext } from '../core/context';
import { issuingOffice } from '../core/office';
import { AppError } from '../core/errors';
import { fileOutput, pdfMime, xlsxMime } from '../core/file-output';
import { signatoriesOf } from '../core/people/printed-signatures';
import { allocationRecord } from './funding-records';
import { noticeBasis } from './funding-notice-basis';
import { standardCitation } from './funding-standards';
import { readFundingYear } from './funding-year';
import { postingEnd } from '../calendar';
import { budgetOf } from '../contracts';

export async function exportAnnualReport(ctx: ServiceContext, year: number): Promise<FileOutput> {
  const data = annualReportData(ctx, year);
  const bytes = await buildAnnualReport(data);
  const draft = data.status === 'draft' ? '（草稿）' : '';
  return fileOutput(`${year}年度社区工作经费核定及拨付情况表${draft}.xlsx`, xlsxMime, bytes);
}

export function annualReportData(ctx: ServiceContext, year: number): AnnualReportData {
  const fundingYear = requireComputedYear(ctx, year);
  const rows = fundingYear.rows.filter((row) => Object.keys(row.lines).length > 0);
  const adjustments = adjustmentsByLine(ctx, rows);
  return {
    office: issuingOffice(ctx),
    year,
    status: fundingYear.status === 'approved' ? 'approved' : 'draft',
    reportDate: toLocalIsoDate(ctx.clock()),
    basis: reportBasis(fundingYear),
    rows: rows.map((row) => reportRow(row, adjustments)),
    details: rows.map((row) => reportDetail(row, adjustments)),
    purchasedServices: purchasedServicesRows(ctx, year),
    signatories: signatoriesOf(ctx.db, allocationRecord(year), 'approve'),
  };
}

/** Each community with purchased-services money or a contract this year (budgetOf: contracts feature). */
function purchasedServicesRows(ctx: ServiceContext, year: number): PurchasedServicesRow[] {
  return budgetOf(ctx, { year })
    .filter((budget) => budget.allocatedFen !== null || budget.contracts > 0)
    .map(({ communityName, allocatedFen, committedFen, paidFen, remainingFen, contracts }) => ({
      communityName,
      allocatedFen,
      committedFen,
      paidFen,
      remainingFen,
      contracts,
    }));
}

function reportBasis(fundingYear: FundingYear): string {
  const standard = fundingYear.standard;
  if (!standard) return '';
  const approved = fundingYear.status === 'approved';
  return (
    `核定依据：${approved ? '审批时' : '按'}${standard.effectiveYear}年起执行的经费标准，${standardWords(standard)}。` +
    (approved ? '户数为审批时的登记户数。' : '户数为当前登记户数（草稿）。')
  );
}

function reportRow(row: CommunityFundingRow, adjustments: Map<number, Adjustment[]>): AnnualReportRow {
  const amountsFen = { basic_office: 0, party_building: 0, purchased_services: 0 };
  for (const category of fundingCategories) amountsFen[category] = row.lines[category]?.allocatedFen ?? 0;
  return {
    communityName: row.communityName,
    totalHouseholds: row.totalHouseholds ?? 0,
    householdsByType: row.householdsByType,
    amountsFen,
    allocatedFen: row.allocatedFen,
    disbursedFen: row.disbursedFen,
    remainingFen: row.remainingFen,
    executionRate: row.allocatedFen > 0 ? row.disbursedFen / row.allocatedFen : null,
    remark: remarkOf(row, adjustments),
  };
}

function remarkOf(row: CommunityFundingRow, adjustments: Map<number, Adjustment[]>): string {
  const notes: string[] = [];
  for (const category of fundingCategories) {
    const line = row.lines[category];
    if (!line) continue;
    const label = fundingCategoryLabels[category];
    if (line.amountFen === null) notes.push(`${label}待录入`);
    if (line.overrideReason) notes.push(`${label}手工核定：${line.overrideReason}`);
    for (const adjustment of adjustments.get(line.id) ?? []) {
      notes.push(
        `${label}调整${adjustment.amountFen > 0 ? '+' : ''}${formatYuan(adjustment.amountFen)}元：${adjustment.reason}`,
      );
    }
  }
  return notes.join('；');
}

function reportDetail(row: CommunityFundingRow, adjustments: Map<number, Adjustment[]>): AnnualReportDetail {
  return {
    communityName: row.communityName,
    lines: fundingCategories.flatMap((category) => {
      const line = row.lines[category];
      if (!line) return [];
      return [
        {
          category,
          amountFen: line.amountFen ?? 0,
          computedFen: line.computedFen,
          // A decided line no longer needs the instruction to enter its amount by hand.
          breakdown: line.amountFen === null ? line.breakdown : residentBreakdown(line.breakdown),
          overrideReason: line.overrideReason,
          adjustments: (adjustments.get(line.id) ?? []).map(({ date, amountFen, reason }) => ({
            date,
            amountFen,
            reason,
          })),
          allocatedFen: line.allocatedFen,
          disbursedFen: line.disbursedFen,
        },
      ];
    }),
  };
}

function adjustmentsByLine(ctx: ServiceContext, rows: CommunityFundingRow[]): Map<number, Adjustment[]> {
  const lineIds = rows.flatMap((row) => Object.values(row.lines).map((line) => line.id));
  const byLine = new Map<number, Adjustment[]>();
  for (const adjustment of listAdjustments(ctx.db, lineIds)) {
    byLine.set(adjustment.lineId, [...(byLine.get(adjustment.lineId) ?? []), adjustment]);
  }
  return byLine;
}

export async function exportFundingNotice(
  ctx: ServiceContext,
  input: ParsedInput<'funding.notice'>,
): Promise<FileOutput> {
  const data = fundingNoticeData(ctx, input);
  const bytes = await renderNotice(buildFundingNotice(data), { resourcesDir: ctx.resourcesDir });
  const who = data.communities.length === 1 ? data.communities[0]!.communityName : '全部社区';
  return fileOutput(`${who}${input.year}年度社区工作经费核定情况公示.pdf`, pdfMime, bytes);
}

export function fundingNoticeData(
  ctx: ServiceContext,
  input: ParsedInput<'funding.notice'>,
): FundingNoticeData {
  const fundingYear = requireComputedYear(ctx, input.year);
  const rows = fundingYear.rows.filter(
    (row) =>
      Object.keys(row.lines).length > 0 &&
      (input.communityId === undefined || row.communityId === input.communityId),
  );
  if (rows.length === 0) throw new AppError('conflict', '社区：该社区本年度没有核定经费', 'communityId');
  const incomplete = rows.filter((row) => row.missing.length > 0);
  if (incomplete.length > 0) {
    throw new AppError(
      'conflict',
      `公示：${incomplete.map((row) => row.communityName).join('、')} 还有未确定金额的项目，请先录入`,
    );
  }
  const adjustments = adjustmentsByLine(ctx, rows);
  return {
    office: issuingOffice(ctx),
    year: input.year,
    posting: {
      startDate: input.startDate,
      workingDays: input.workingDays,
      endDate: postingEnd(ctx, input.startDate, input.workingDays),
    },
    issueDate: input.issueDate,
    communities: rows.map((row) => ({
      communityName: row.communityName,
      standardCitation: standardCitation(fundingYear.standard!, row.isPilot),
      totalHouseholds: row.totalHouseholds ?? 0,
      lines: fundingCategories.flatMap((category) => {
        const line = row.lines[category];
        return line
          ? [
              {
                category,
                amountFen: line.allocatedFen,
                basis: noticeBasis(line, adjustments.get(line.id) ?? []),
              },
            ]
          : [];
      }),
      totalFen: row.allocatedFen,
    })),
    signatories: signatoriesOf(ctx.db, allocationRecord(input.year), 'approve'),
  };
}

function requireComputedYear(ctx: ServiceContext, year: number): FundingYear {
  const fundingYear = readFundingYear(ctx, year);
  if (fundingYear.status === 'none') throw new AppError('conflict', `年度：${year} 年尚未测算经费`, 'year');
  return fundingYear;
}
