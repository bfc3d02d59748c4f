// What the donations slice answers: donors with their giving, donations with their voucher and 票据, the
// 票据 register, and the voucher a form wrote.
import type { DonationChannel } from './voucher-forms';

export type DonorKind = 'person' | 'organisation';
export type VoucherState = 'draft' | 'submitted' | 'posted';

export interface Donor {
  id: number;
  kind: DonorKind;
  name: string;
  uscc: string;
  contactPerson: string;
  phone: string;
  address: string;
  anonymous: boolean;
  /** The name public documents print: 爱心人士 (or the donor's choice) when anonymous. */
  publishedName: string;
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface DonorRow extends Donor {
  /** Posted donations only, less what was refunded. */
  givenFen: number;
  donations: number;
  lastDonationDate: string | null;
}

export interface DonorPage {
  rows: DonorRow[];
  total: number;
}

export interface Receipt {
  code: string;
  number: string;
  checkCode: string;
  date: string;
}

export interface Donation {
  id: number;
  donorId: number;
  /** The real name: this is the office's screen. */
  donorName: string;
  publishedName: string;
  date: string;
  amountFen: number;
  channel: DonationChannel;
  platform: string;
  inKindDescription: string;
  valuationBasis: string;
  designationId: number | null;
  /** The designation's name, or 非限定性. */
  designationName: string;
  note: string;
  voucherId: number | null;
  voucherNumber: string | null;
  voucherState: VoucherState | null;
  /** Refunds posted (drafts not counted). */
  refundedFen: number;
  receipt: Receipt | null;
  createdAt: string;
  updatedAt: string;
}

export interface DonationPage {
  rows: Donation[];
  total: number;
  totals: { amountFen: number; refundedFen: number; awaitingReceipt: number };
}

export interface DonorDetail {
  donor: Donor;
  donations: Donation[];
}

export interface ReceiptRegister {
  year: number;
  /** Posted donations still waiting for their 票据. */
  awaiting: Donation[];
  /** Donations with a 票据, ordered by 票据代码 and 号码. */
  recorded: Donation[];
  /** 票据代码+号码 recorded on more than one donation (only raw edits can do that). */
  duplicates: { code: string; number: string; donationIds: number[] }[];
}

export interface RecordedDonation {
  donation: Donation;
  voucherId: number;
}

export interface FormVoucherResult {
  voucherId: number;
}
