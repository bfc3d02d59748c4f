// What funding's channels answer: the standards, the year's allocation with its lines and postings, the
// preview and the households import. Plain types only; the input schemas are in contract.ts.
import type { PartBlockRule } from './funding-rules';
import type { ImportError } from '../../contract/files';
import type { CourtyardType } from '../register/contract';

export const fundingCategories = ['basic_office', 'party_building', 'purchased_services'] as const;
export type FundingCategory = (typeof fundingCategories)[number];
export const fundingCategoryLabels: Record<FundingCategory, string> = {
  basic_office: '基本办公经费',
  party_building: '党建工作经费',
  purchased_services: '公共服务经费',
};

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

export interface HouseholdsImportResult {
  /** True when every row passed and the changes were written; false writes nothing. */
  applied: boolean;
  errors: ImportError[];
  /** Communities whose total or courtyard households changed (0 on a repeated import). */
  changedCommunities: number;
}

export interface ApprovalResult {
  year: number;
  status: AllocationStatus;
  approvedBy: string | null;
  approvedAt: string | null;
}
