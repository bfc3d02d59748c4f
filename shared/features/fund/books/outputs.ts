// What the books channels answer: the settings, the chart of accounts, designations with their balances,
// and vouchers (a page of rows, one voucher with its lines and links).
import type {
  CommitteeDuty,
  DesignationTarget,
  RestrictionKind,
  VoucherKindName,
  VoucherState,
} from './fields';

export interface CommitteeMember {
  name: string;
  duty: CommitteeDuty;
  affiliation: string;
  phone: string;
}

export interface FundSettings {
  fundName: string;
  hostName: string;
  hostUscc: string;
  agreementNumber: string;
  bankName: string;
  accountName: string;
  accountNumber: string;
  openingDate: string;
  committee: CommitteeMember[];
  updatedAt: string;
  /** The opening voucher (期初凭证), in any state; null before one is drafted. */
  openingVoucherId: number | null;
  /** Any voucher exists: the opening date can no longer change. */
  hasVouchers: boolean;
}

/** What fund.settings answers: null settings before the administrator first saves them. */
export interface FundSettingsAnswer {
  settings: FundSettings | null;
}

export type FundAccountKind = 'asset' | 'liability' | 'net_assets' | 'income' | 'expense';
export const fundAccountKindLabels: Record<FundAccountKind, string> = {
  asset: '资产类',
  liability: '负债类',
  net_assets: '净资产类',
  income: '收入类',
  expense: '费用类',
};
export type DesignationRule = 'required' | 'optional' | 'forbidden';

export interface FundAccountRow {
  id: number;
  code: string;
  name: string;
  kind: FundAccountKind;
  normalSide: 'debit' | 'credit';
  designationRule: DesignationRule;
  parentId: number | null;
  standard: boolean;
  active: boolean;
  /** Has draft or posted lines: its code and kind are frozen, and it cannot get 明细科目. */
  used: boolean;
  /** Has no 明细科目: only leaf accounts are posted to. */
  leaf: boolean;
}

export interface FundDesignationRow {
  id: number;
  name: string;
  target: DesignationTarget;
  communityId: number | null;
  communityName: string | null;
  projectName: string;
  purpose: string;
  restrictionKind: RestrictionKind;
  usableFrom: string | null;
  createdAt: string;
  lifted: boolean;
  liftedVoucherId: number | null;
  liftConsent: string;
  /** A lift voucher submitted or drafted and not yet posted. */
  pendingLiftVoucherId: number | null;
  receivedFen: number;
  usedFen: number;
  releasedFen: number;
  liftedFen: number;
  availableFen: number;
}

export interface VoucherLink {
  id: number;
  /** 记-2026-03-0001, null while not posted. */
  number: string | null;
}

export interface VoucherRow {
  id: number;
  number: string | null;
  date: string;
  summary: string;
  kind: VoucherKindName;
  state: VoucherState;
  debitTotalFen: number;
  preparer: string | null;
  reviewer: string | null;
  reversedBy: VoucherLink | null;
  reverses: VoucherLink | null;
}

export interface VoucherPage {
  rows: VoucherRow[];
  count: number;
  /** Σ debit over every row the filter finds (not only this page). */
  debitTotalFen: number;
}

export interface VoucherLineView {
  lineNo: number;
  accountId: number;
  accountCode: string;
  accountName: string;
  designationId: number | null;
  designationName: string | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface VoucherDetail {
  id: number;
  number: string | null;
  kind: VoucherKindName;
  state: VoucherState;
  date: string;
  summary: string;
  attachments: number;
  hostReference: string;
  counterparty: string;
  providerId: number | null;
  providerName: string | null;
  donationId: number | null;
  designationId: number | null;
  designationName: string | null;
  liftConsent: string;
  lines: VoucherLineView[];
  debitTotalFen: number;
  creditTotalFen: number;
  createdAt: string;
  createdBy: string;
  submittedAt: string | null;
  postedAt: string | null;
  postedBy: string | null;
  /** The latest preparer (record_preparer); everyone who prepared it in `preparers`. */
  preparer: string | null;
  preparers: string[];
  reviewer: string | null;
  rejectReason: string;
  reverses: VoucherLink | null;
  reversedBy: VoucherLink | null;
  /** The automatic release voucher written with this one. */
  release: VoucherLink | null;
  /** For a release voucher: the voucher whose designated spending it releases. */
  source: VoucherLink | null;
  supplements: VoucherLink | null;
}
