// The plain data the funding documents are built from. Services assemble it from the database; the
// builders in excel/ and pdf/ turn it into bytes and never touch the database themselves.
import type { CourtyardType } from '../../../../shared/features/register/contract';
import type { OfficeSettings } from '../../../../shared/contract/office';
import type { FundingCategory } from '../../../../shared/features/funding/contract';
import type { ImportError } from '../../../../shared/contract/files';
import type { Signatories } from '../../documents/signatures';

export type { ImportError };

/** 年度社区工作经费核定及拨付情况表: one row per community, amounts in fen. */
export interface AnnualReportData {
  office: OfficeSettings;
  year: number;
  /** 'approved' or 'draft'; a draft report says so in its title block. */
  status: 'draft' | 'approved';
  /** ISO date the report is made (填表日期). */
  reportDate: string;
  /** 核定依据: the standard the figures stand on (for an approved year, as frozen at approval). */
  basis: string;
  rows: AnnualReportRow[];
  /** Second sheet: every community's lines with their breakdowns and adjustments. */
  details: AnnualReportDetail[];
  /** Third sheet: what the contracts committed and paid of each community's purchased-services money. */
  purchasedServices: PurchasedServicesRow[];
  /** 填表人: who computed or changed the year's draft; 审核人: who approved it. */
  signatories: Signatories;
}

export interface AnnualReportRow {
  communityName: string;
  totalHouseholds: number;
  householdsByType: Record<CourtyardType, number>;
  /** Allocated per category, adjustments included. */
  amountsFen: Record<FundingCategory, number>;
  allocatedFen: number;
  disbursedFen: number;
  remainingFen: number;
  /** disbursed / allocated, 0..1 (null when nothing is allocated). */
  executionRate: number | null;
  /** 备注: overrides, adjustments, missing amounts, in words. */
  remark: string;
}

export interface AnnualReportDetail {
  communityName: string;
  lines: {
    category: FundingCategory;
    /** The amount first determined (approved), before adjustments. */
    amountFen: number;
    computedFen: number | null;
    breakdown: string;
    overrideReason: string;
    adjustments: { date: string; amountFen: number; reason: string }[];
    allocatedFen: number;
    disbursedFen: number;
  }[];
}

/** 关于XX社区XXXX年度社区工作经费核定情况的公示, one section per community. */
export interface FundingNoticeData {
  office: OfficeSettings;
  year: number;
  /** Posting period: first day, number of working days, and the computed last day (ISO dates). */
  posting: { startDate: string; workingDays: number; endDate: string };
  /** Date printed under the issuing office (ISO). */
  issueDate: string;
  communities: FundingNoticeCommunity[];
  /** 经办人 and 审核人 of the year's allocation, printed under the office's signature. */
  signatories: Signatories;
}

export interface FundingNoticeCommunity {
  communityName: string;
  /** Citation of the standard, e.g. 「依据官民函〔2022〕61号……（2020年起执行）」; a pilot community's also
   * cites the pilot plan. */
  standardCitation: string;
  totalHouseholds: number;
  /** amountFen is the final amount (adjustments included); basis says in words how it was arrived at. */
  lines: { category: FundingCategory; amountFen: number; basis: string }[];
  totalFen: number;
}

/** The import template: the office's communities and their active courtyards, for one year. */
export interface HouseholdsTemplateData {
  year: number;
  officeName: string;
  communities: {
    id: number;
    name: string;
    totalHouseholds: number | null;
    courtyards: { id: number; name: string; type: CourtyardType; households: number | null }[];
  }[];
}

/** What a checked template yields: households per community and per courtyard, by id. */
export interface ParsedHouseholds {
  year: number;
  communities: {
    communityId: number;
    totalHouseholds: number;
    courtyards: { courtyardId: number; households: number }[];
  }[];
}

/** Sheet 3 of the annual report, 政府购买服务执行情况: one community's purchased-services money, in fen. */
export interface PurchasedServicesRow {
  communityName: string;
  /** The approved 政府购买服务经费 allocation; null before the year is approved. */
  allocatedFen: number | null;
  /** What its signed contracts commit against the year. */
  committedFen: number;
  paidFen: number;
  /** allocatedFen − committedFen; null without an approved allocation. */
  remainingFen: number | null;
  contracts: number;
}
