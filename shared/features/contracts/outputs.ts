// What the contracts feature answers: providers with their checks and history, contracts with every
// version, their instalments (what each still allows), evaluations and payments, the register's page and
// the purchased-services budget of each community.
import type { CostItem, ContractState, MultiYearCondition, ProcurementMethod } from './contract-rules';
import type { InstalmentGate } from './contract-fields';
import type { Grade, GradeCoefficients, IndicatorTemplate } from './evaluation-rules';
import type { EvaluationKind } from './payment-fields';
import type { ProviderKind, ProviderStatus, QualificationResult } from './provider-rules';

export interface QualificationCheck {
  id: number;
  providerId: number;
  checkedOn: string;
  checkedBy: string;
  creditChina: QualificationResult;
  procurementBlacklist: QualificationResult;
  declarationReceived: boolean;
  note: string;
  recordedBy: string;
  recordedAt: string;
}

export interface Provider {
  id: number;
  name: string;
  kind: ProviderKind;
  uscc: string;
  idNumber: string;
  registrationAuthority: string;
  legalRepresentative: string;
  contactPerson: string;
  contactPhone: string;
  bankName: string;
  bankAccount: string;
  status: ProviderStatus;
  suspendedReason: string;
  note: string;
  lastCheck: QualificationCheck | null;
  createdAt: string;
  updatedAt: string;
}

export interface ProviderRow extends Provider {
  contracts: number;
  /** Price of its signed contracts (drafts not counted). */
  contractedFen: number;
  paidFen: number;
  lastGrade: Grade | null;
}

/** One of a provider's contracts, as its history lists it. */
export interface ProviderContract {
  contractId: number;
  contractNo: string | null;
  title: string;
  year: number;
  communityName: string;
  state: ContractState;
  priceFen: number;
  paidFen: number;
  lastGrade: Grade | null;
}

export interface ProviderCard {
  provider: Provider;
  checks: QualificationCheck[];
  history: ProviderContract[];
  /** The warning a contract signed today would carry, null when the last check is recent enough. */
  checkWarning: string | null;
}

export interface BudgetYear {
  year: number;
  amountFen: number;
}

export interface ScheduledInstalmentTerms {
  seq: number;
  label: string;
  amountFen: number;
  plannedDate: string;
  gate: InstalmentGate;
}

/** Everything 第二十三条 requires, and the cost sheet and schedule: one version of a contract. */
export interface ContractTerms {
  title: string;
  content: string;
  startDate: string;
  endDate: string;
  quantity: string;
  qualityStandard: string;
  priceFen: number;
  settlementMethod: string;
  rightsAndDuties: string;
  breachLiability: string;
  procurementMethod: ProcurementMethod;
  procurementNote: string;
  multiYear: Partial<Record<MultiYearCondition, boolean>>;
  costItems: (CostItem & { amountFen: number })[];
  instalments: ScheduledInstalmentTerms[];
  budgetYears: BudgetYear[];
}

export interface ContractVersion {
  version: number;
  terms: ContractTerms;
  /** Null for the version signed. */
  amendment: { date: string; reason: string; changedFields: string[] } | null;
  createdBy: string;
  createdAt: string;
}

export interface EvaluationScore {
  indicator: string;
  weight: number;
  scoreTenths: number;
}

export interface Evaluation {
  id: number;
  contractId: number;
  kind: EvaluationKind;
  instalmentSeq: number | null;
  evaluatedOn: string;
  evaluators: string;
  conclusion: string;
  scores: EvaluationScore[];
  totalTenths: number;
  grade: Grade;
  /** The office's coefficient for the grade when the evaluation was recorded: what it lets be paid. */
  coefficientPercent: number;
  recordedBy: string;
  recordedAt: string;
}

export type PaymentStatus = 'requested' | 'paid' | 'rejected';

export interface Payment {
  id: number;
  contractId: number;
  instalmentSeq: number;
  date: string;
  /** Negative for a reversal. */
  amountFen: number;
  voucherNo: string;
  note: string;
  status: PaymentStatus;
  /** The evaluation the instalment was gated by, and its coefficient, when it is gated. */
  evaluationId: number | null;
  coefficientPercent: number | null;
  reversesId: number | null;
  reversedById: number | null;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  rejectedReason: string | null;
}

export type InstalmentPayability = 'payable' | 'awaiting_evaluation' | 'evaluation_failed' | 'settled';

export interface InstalmentStatus extends ScheduledInstalmentTerms {
  /** The evaluation that gates it (the latest for it), null when none is recorded or none is needed. */
  evaluation: { id: number; grade: Grade; totalTenths: number; coefficientPercent: number } | null;
  /** What may be paid on it in all: its amount, or its amount × the grade's coefficient; 0 before. */
  allowedFen: number;
  paidFen: number;
  /** Requested and not yet approved or rejected. */
  pendingFen: number;
  /** allowedFen − paidFen − pendingFen, never below 0. */
  remainingFen: number;
  payability: InstalmentPayability;
}

export interface ContractTotals {
  priceFen: number;
  /** What the contract commits against allocations: its price, or its settlement once terminated. */
  committedFen: number;
  paidFen: number;
  pendingFen: number;
  /** committedFen − paidFen. */
  remainingFen: number;
}

export interface ContractDetail {
  id: number;
  /** 购〔2026〕3号, drawn at signing; null for a draft. */
  contractNo: string | null;
  year: number;
  state: ContractState;
  community: { id: number; name: string };
  provider: { id: number; name: string; kind: ProviderKind; uscc: string; status: ProviderStatus };
  terms: ContractTerms;
  versions: ContractVersion[];
  signedDate: string | null;
  signedBy: string | null;
  startedDate: string | null;
  completedDate: string | null;
  termination: { date: string; reason: string; settlementFen: number; by: string } | null;
  /** Warnings stored at signing (a draft: as signing today would give them). */
  warnings: { negativeList: string[]; qualification: string | null };
  instalments: InstalmentStatus[];
  evaluations: Evaluation[];
  payments: Payment[];
  totals: ContractTotals;
  createdBy: string;
  createdAt: string;
}

export interface ContractRow {
  id: number;
  contractNo: string | null;
  title: string;
  year: number;
  state: ContractState;
  communityId: number;
  communityName: string;
  providerId: number;
  providerName: string;
  startDate: string;
  endDate: string;
  priceFen: number;
  paidFen: number;
  remainingFen: number;
  lastGrade: Grade | null;
}

export interface ContractPage {
  rows: ContractRow[];
  /** Rows matching the filter, on every page. */
  total: number;
  /** Over every matching row, not only this page's. */
  totals: { priceFen: number; paidFen: number; remainingFen: number };
}

/** A community's purchased-services money for a year. */
export interface PurchasedServicesBudget {
  communityId: number;
  communityName: string;
  year: number;
  /** The approved purchased-services allocation (adjustments included), null before the year is approved. */
  allocatedFen: number | null;
  /** The year's budget rows of signed, performing, completed and terminated contracts. */
  committedFen: number;
  paidFen: number;
  /** allocatedFen − committedFen; null without an approved allocation. */
  remainingFen: number | null;
  contracts: number;
}

export interface ContractSettings {
  checkMaxAgeDays: number;
  indicators: IndicatorTemplate[];
  coefficients: GradeCoefficients;
}

export interface PaymentVoucherUse {
  paymentId: number;
  contractNo: string | null;
  contractTitle: string;
  date: string;
  amountFen: number;
}
