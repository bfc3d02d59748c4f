// Channel inputs and outputs of community funding: standards, the year's allocation, approval,
// adjustments and disbursements.
import { z } from 'zod';
import {
  amountMaxFen,
  amountMaxWords,
  householdRateMaxFen,
  householdRateMaxWords,
  partBlockRules,
  type PartBlockRule,
} from './funding-rules';
import { fileTooLargeMessage, maxImportBase64Length } from '../../domain/import-limits';
import type { CourtyardType } from '../register/contract';
import {
  documentDateRange,
  isoDate,
  multiline,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../contract/fields';

export const fundingCategories = ['basic_office', 'party_building', 'purchased_services'] as const;
export type FundingCategory = (typeof fundingCategories)[number];
export const fundingCategoryLabels: Record<FundingCategory, string> = {
  basic_office: '基本办公经费',
  party_building: '党建工作经费',
  purchased_services: '公共服务经费',
};

/**
 * Money typed in as integer fen; the forms turn "1,234.56" into fen with parseYuan. Every amount is at
 * most 1 亿元 (a per-household rate 1,000 元): see amountMaxFen for why no sum can then overflow.
 */
export function fen(
  label: string,
  options: { allowNegative?: boolean; allowZero?: boolean; perHousehold?: boolean } = {},
) {
  const max = options.perHousehold ? householdRateMaxFen : amountMaxFen;
  const maxWords = options.perHousehold ? householdRateMaxWords : amountMaxWords;
  let schema = z
    .number({ error: `${label}：必须填写金额` })
    .int({ error: `${label}：金额必须精确到分` })
    .max(max, { error: `${label}：不能超过 ${maxWords}` })
    .min(options.allowNegative ? -max : 0, {
      error: options.allowNegative ? `${label}：不能少于 -${maxWords}` : `${label}：不能为负数`,
    });
  if (!options.allowZero)
    schema = schema.refine((value) => value !== 0, { error: `${label}：不能为 0` }) as never;
  return schema;
}

const standardFields = {
  effectiveYear: year('起始年度'),
  basicMinHouseholds: wholeNumber('基本办公经费起算户数', { min: 1, max: 1_000_000 }),
  basicBaseMaxHouseholds: wholeNumber('基础档上限户数', { min: 1, max: 1_000_000 }),
  basicBaseFen: fen('基础档金额'),
  basicBlockHouseholds: wholeNumber('每档户数', { min: 1, max: 1_000_000 }),
  basicBlockFen: fen('每档金额', { allowZero: true }),
  partBlockRule: z.enum(partBlockRules, { error: '不足一档的计算方式：请选择有效的选项' }),
  servicesRateFen: z.object(
    {
      self_governed: fen('自治院落每户标准', { allowZero: true, perHousehold: true }),
      public_unit: fen('公共单位院落每户标准', { allowZero: true, perHousehold: true }),
      property_managed: fen('物管院落每户标准', { allowZero: true, perHousehold: true }),
    },
    { error: '公共服务经费标准：格式不正确' },
  ),
  secretaryUpliftPercent: wholeNumber('书记兼主任绩效上浮比例', { max: 100 }),
  note: optionalText('说明', 500, multiline),
};

export const standardInput = z
  .object(standardFields)
  .refine((value) => value.basicBaseMaxHouseholds >= value.basicMinHouseholds, {
    error: '基础档上限户数：不能小于起算户数',
    path: ['basicBaseMaxHouseholds'],
  });

export const yearInput = z.object({ year: year('年度') });
export const communityYearInput = z.object({ year: year('年度'), communityId: recordId('社区') });
export const lineIdInput = z.object({ lineId: recordId('经费项目') });

export const partyBuildingInput = z.object({
  year: year('年度'),
  communityId: recordId('社区'),
  amountFen: fen('党建工作经费', { allowZero: true }),
  organisations: requiredText('涵盖的党组织', 300, multiline),
});

export const overrideInput = z.object({
  lineId: recordId('经费项目'),
  amountFen: fen('核定金额', { allowZero: true }),
  reason: requiredText('调整理由', 300, multiline),
});

export const adjustmentInput = z.object({
  lineId: recordId('经费项目'),
  amountFen: fen('调整金额', { allowNegative: true }),
  reason: requiredText('调整理由', 300, multiline),
  date: isoDate('调整日期'),
});

export const disbursementInput = z.object({
  lineId: recordId('经费项目'),
  date: isoDate('拨付日期'),
  amountFen: fen('拨付金额'),
  voucherNo: requiredText('凭证号', 40),
  note: optionalText('备注', 300),
});

export const reversalInput = z.object({
  disbursementId: recordId('拨付记录'),
  date: isoDate('冲销日期'),
  /** The reversal's own voucher in the finance system (not the original's). */
  voucherNo: requiredText('凭证号', 40),
  reason: requiredText('冲销理由', 300, multiline),
});

export interface FundingStandard {
  id: number;
  effectiveYear: number;
  basicMinHouseholds: number;
  basicBaseMaxHouseholds: number;
  basicBaseFen: number;
  basicBlockHouseholds: number;
  basicBlockFen: number;
  partBlockRule: PartBlockRule;
  servicesRateFen: Record<CourtyardType, number>;
  secretaryUpliftPercent: number;
  note: string;
  updatedAt: string;
}

/** A version in the standards list, with the approved years that keep it from being edited. */
export interface StandardVersion extends FundingStandard {
  approvedYears: number[];
}

export type AllocationStatus = 'none' | 'draft' | 'approved';

export interface AllocationLine {
  id: number;
  year: number;
  communityId: number;
  category: FundingCategory;
  standardId: number | null;
  /** Households the line was computed from (total for basic office), null for party building. */
  householdsBasis: number | null;
  /** What the standard gives, null when the standard does not cover the case. */
  computedFen: number | null;
  /** The determined amount: computed, or overridden with a reason; null while still to be entered. */
  amountFen: number | null;
  overrideReason: string;
  breakdown: string;
  partyOrganisations: string;
  adjustmentsFen: number;
  /** amountFen + adjustments. */
  allocatedFen: number;
  disbursedFen: number;
  remainingFen: number;
}

export interface Adjustment {
  id: number;
  lineId: number;
  date: string;
  amountFen: number;
  reason: string;
  actor: string;
  createdAt: string;
}

export interface Disbursement {
  id: number;
  lineId: number;
  date: string;
  amountFen: number;
  voucherNo: string;
  note: string;
  reversesId: number | null;
  reversedById: number | null;
  actor: string;
  createdAt: string;
}

export const voucherUsesInput = z.object({ voucherNo: requiredText('凭证号', 40) });

/** A posting that already carries a voucher number: one official voucher may cover several lines, so a
 * second use is a warning the clerk confirms, not a refusal. */
export interface VoucherUse {
  disbursementId: number;
  communityName: string;
  year: number;
  category: FundingCategory;
  date: string;
  amountFen: number;
  /** True for a reversal (冲销) entry. */
  isReversal: boolean;
}

/** What 拨付 answers: the new posting, and the earlier postings with the same voucher number. */
export interface PostedDisbursement extends Disbursement {
  sameVoucher: VoucherUse[];
}

export interface CommunityFundingRow {
  communityId: number;
  communityName: string;
  isPilot: boolean;
  totalHouseholds: number | null;
  householdsByType: Record<CourtyardType, number>;
  lines: Partial<Record<FundingCategory, AllocationLine>>;
  allocatedFen: number;
  disbursedFen: number;
  remainingFen: number;
  /** Lines still waiting for an amount (under 10,000 households, party building not entered); a
   * community without lines (no profile when the year was computed) has none missing. */
  missing: FundingCategory[];
  /** Approved year only: the register's households as they are now, when they differ from the approved
   * basis shown in totalHouseholds / householdsByType (the register was edited after approval). */
  registerNow: RegisterHouseholds | null;
}

/** Households as the register holds them for a year (null total: no profile for the year any more). */
export interface RegisterHouseholds {
  totalHouseholds: number | null;
  householdsByType: Record<CourtyardType, number>;
}

export interface FundingYear {
  year: number;
  status: AllocationStatus;
  approvedBy: string | null;
  approvedAt: string | null;
  /** The standard the year was computed with; for an approved year, its figures as frozen at approval. */
  standard: FundingStandard | null;
  rows: CommunityFundingRow[];
  totals: {
    byCategory: Record<FundingCategory, number>;
    allocatedFen: number;
    disbursedFen: number;
    remainingFen: number;
  };
}

/** The dates a posting may carry, both included: from the year's approval to today (the backend's clock). */
export interface PostingWindow {
  from: string;
  to: string;
}

export interface CommunityFunding {
  year: number;
  status: AllocationStatus;
  /** When disbursements and adjustments may be dated (a reversal: from its original's date to `to`);
   * null until the year is approved. */
  postingWindow: PostingWindow | null;
  row: CommunityFundingRow;
  adjustments: Adjustment[];
  disbursements: Disbursement[];
  secretaryUpliftPercent: number | null;
}

/** A computed line before it is saved (the year's preview). */
export interface PreviewLine {
  communityId: number;
  communityName: string;
  category: FundingCategory;
  householdsBasis: number | null;
  computedFen: number | null;
  breakdown: string;
  /** The saved amount if it differs (an override kept across recomputation). */
  keptOverrideFen: number | null;
}

export interface AllocationPreview {
  year: number;
  standard: FundingStandard;
  lines: PreviewLine[];
  /** Active communities without a profile for the year: not computed. */
  withoutProfile: string[];
  totalComputedFen: number;
}

/** A file produced for the clerk: bytes and a suggested name. The renderer never sees a path. */
export interface FileOutput {
  fileName: string;
  mimeType: string;
  base64: string;
  /** Set by the desktop shell once it has saved the file through the native dialog (bytes are then dropped). */
  savedAs?: string;
  /** Set by the desktop shell when the user closed the save dialog without saving. */
  canceled?: boolean;
  /** One of a series of files the clerk asked for at once: the desktop shell asks for a folder once. */
  batch?: FileBatch;
}

export interface FileBatch {
  /** Chosen by the renderer for the series, e.g. a random UUID. */
  id: string;
  /** 0-based position of this file in the series. */
  index: number;
  total: number;
}

export const fileBatchInput = z
  .object(
    {
      id: z
        .string({ error: '批量编号：格式不正确' })
        .regex(/^[A-Za-z0-9-]{8,64}$/, { error: '批量编号：格式不正确' }),
      index: wholeNumber('批量序号', { max: 10_000 }),
      total: wholeNumber('批量总数', { min: 1, max: 10_000 }),
    },
    { error: '批量：格式不正确' },
  )
  .refine((batch) => batch.index < batch.total, { error: '批量序号：超出批量总数', path: ['index'] });

export interface ImportError {
  sheet: string;
  /** 1-based row number as Excel shows it (0 when the whole file is at fault). */
  row: number;
  /** Column letter as Excel shows it, e.g. "C" (empty when the whole file or row is at fault). */
  column: string;
  message: string;
}

export interface HouseholdsImportResult {
  /** True when every row passed and the changes were written; false writes nothing. */
  applied: boolean;
  errors: ImportError[];
  /** Communities whose total or courtyard households changed (0 on a repeated import). */
  changedCommunities: number;
}

export const householdsImportInput = z.object({
  year: year('年度'),
  fileName: requiredText('文件名', 200),
  base64: z
    .string({ error: '文件：缺少文件内容' })
    .min(1, { error: '文件：文件是空的' })
    .max(maxImportBase64Length, { error: fileTooLargeMessage }),
});

export const fundingNoticeInput = z.object({
  year: year('年度'),
  /** One community, or every community of the year in one document when absent. */
  communityId: recordId('社区').optional(),
  startDate: isoDate('公示开始日期', documentDateRange),
  workingDays: wholeNumber('公示期工作日数', { min: 1, max: 30 }),
  issueDate: isoDate('落款日期', documentDateRange),
});

export const calendarKinds = ['holiday', 'workday', 'normal'] as const;
export type CalendarKind = (typeof calendarKinds)[number];
export const calendarKindLabels: Record<CalendarKind, string> = {
  holiday: '放假',
  workday: '调休上班',
  normal: '按平常（取消内置安排）',
};

export const calendarListInput = z.object({ year: year('年度') });
export const calendarSaveInput = z.object({
  date: isoDate('日期'),
  kind: z.enum(calendarKinds, { error: '类型：请选择有效的选项' }),
  name: optionalText('名称', 30),
});
export const postingEndInput = z.object({
  startDate: isoDate('公示开始日期', documentDateRange),
  workingDays: wholeNumber('公示期工作日数', { min: 1, max: 30 }),
});

/** calendar.postingEnd's answer. */
export interface PostingPeriod {
  endDate: string;
  /** Years of the period with no calendar entries (neither shipped nor the office's): warn before printing. */
  uncoveredYears: number[];
}

export interface CalendarEntry {
  date: string;
  kind: CalendarKind;
  name: string;
  /** 'shipped' comes with the app; 'office' was entered by the office and takes precedence. */
  source: 'shipped' | 'office';
}
