// The shapes of the fund's vouchers the books, donations and periods slices share: a draft and its lines,
// a posted line (red lines negative), a system voucher's header, a stored voucher's header.

export type DraftKind =
  | 'general'
  | 'opening'
  | 'donation'
  | 'grant'
  | 'bank_charge'
  | 'interest'
  | 'refund'
  | 'lift'
  | 'supplementary';

export type VoucherKind = DraftKind | 'release' | 'year_end' | 'reversal';

export interface DraftLine {
  accountId: number;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface DraftVoucher {
  kind: DraftKind;
  date: string;
  summary: string;
  attachments: number;
  hostReference: string;
  counterparty: string;
  providerId: number | null;
  donationId: number | null;
  designationId: number | null;
  liftConsent: string;
  supplementsId: number | null;
  lines: DraftLine[];
}

/** A line of a posted voucher: a red (reversing) line carries a negative amount. */
export interface PostedLine {
  accountId: number;
  designationId: number | null;
  summary: string;
  debitFen: number;
  creditFen: number;
}

export interface PostedVoucherHeader {
  kind: 'release' | 'year_end' | 'reversal';
  date: string;
  summary: string;
  sourceId?: number | null;
  reversesId?: number | null;
  designationId?: number | null;
  counterparty?: string;
}
export interface VoucherHeader {
  id: number;
  kind: VoucherKind;
  state: 'draft' | 'submitted' | 'posted';
  date: string;
  summary: string;
  period: string | null;
  seq: number | null;
  designationId: number | null;
  liftConsent: string;
  reversesId: number | null;
  reversedById: number | null;
  sourceId: number | null;
  supplementsId: number | null;
  donationId: number | null;
}
