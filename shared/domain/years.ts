// The years the ledger plans for, declared once: the contract's year fields, the renderer's year routes
// and pickers, and the CLI's --year all refuse a year outside them (a typing mistake, not a plan).
// The migrations' CHECKs wrote the same bounds in SQL when they shipped; those are never edited again.

export const firstLedgerYear = 2000;
export const lastLedgerYear = 2100;

export function isLedgerYear(year: number): boolean {
  return Number.isInteger(year) && year >= firstLedgerYear && year <= lastLedgerYear;
}

/** calendar.today's answer: today by the backend's clock, the one every screen and posting goes by. */
export interface Today {
  /** YYYY-MM-DD. */
  today: string;
  year: number;
}
