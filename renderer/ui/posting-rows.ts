// What a table of postings needs to know about a row, whatever it posts (disbursements, adjustments, and
// later contract payments and fund vouchers): its amount in fen and, for reversible postings, which row
// it reverses or was reversed by.

export interface PostingRow {
  id: number;
  date: string;
  amountFen: number;
  actor: string;
  createdAt: string;
}

export interface ReversiblePostingRow extends PostingRow {
  /** The posting this one reverses (this row is a 冲销). */
  reversesId: number | null;
  /** The 冲销 that cancelled this posting. */
  reversedById: number | null;
}

export type ReversalState = 'valid' | 'reversal' | 'reversed';

export function reversalState(row: ReversiblePostingRow): ReversalState {
  if (row.reversesId !== null) return 'reversal';
  if (row.reversedById !== null) return 'reversed';
  return 'valid';
}

/** The net of the postings: a reversal carries the negative amount, so it cancels its original. */
export function netFen(rows: readonly PostingRow[]): number {
  return rows.reduce((sum, row) => sum + row.amountFen, 0);
}

/** Earlier dates first; postings of one day in the order they were entered. */
export function byPostingDate(a: PostingRow, b: PostingRow): number {
  return a.date.localeCompare(b.date) || a.id - b.id;
}
