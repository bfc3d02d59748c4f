// A rule of the app's own that `cli check` holds a database to; each feature declares its own.

/** A query for the records that break a rule, and the sentence that names each one. */
export interface Invariant {
  sql: string;
  params?: Record<string, unknown>;
  /** null when the row passes a test SQL cannot make itself (a checksum taken in code). */
  describe: (row: Record<string, unknown>) => string | null;
}
