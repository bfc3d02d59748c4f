// What the acknowledgements slice answers: an acknowledgement as it was issued (copied from its donation
// at issue, so every reprint says the same), its state, and the register's pages.

export type AcknowledgementState = 'valid' | 'voided';
export const acknowledgementStateLabels: Record<AcknowledgementState, string> = {
  valid: '有效',
  voided: '作废',
};

/** What an acknowledgement names as the use of a donation without a designation. */
export const undesignatedUse = '非限定用途';

export interface Acknowledgement {
  id: number;
  /** As printed: 确〔2026〕7号. */
  number: string;
  year: number;
  seq: number;
  donationId: number;
  issuedOn: string;
  /** The donor's real name: the acknowledgement goes to the donor, even an anonymous one. */
  donorName: string;
  donationDate: string;
  /** What the fund kept of the donation when it was issued: its amount less refunds posted by then. */
  amountFen: number;
  /** The designation's name, or 非限定用途. */
  designationText: string;
  state: AcknowledgementState;
  voidedAt: string | null;
  voidReason: string;
  /** Prints recorded: the first is the original, every later one a 副本. */
  printedCount: number;
  createdAt: string;
}

export interface AcknowledgementPage {
  rows: Acknowledgement[];
  total: number;
}

/** The first print is the original; once a print is recorded, every later one is marked 副本. */
export function printsAsCopy(acknowledgement: Pick<Acknowledgement, 'printedCount'>): boolean {
  return acknowledgement.printedCount > 0;
}
