// The work a migration needs that SQL cannot do, run by migrate() right after the migration's SQL and in
// the same transaction: a database is either fully at the new version or untouched, never half-done.
import { chainExistingAudit } from '../tamper/audit-chain';
import type { Db } from './connection';

/** By migration version. 0013 chains the audit rows already written (SQL has no SHA-256). */
export const migrationSteps: Record<number, (db: Db) => void> = {
  13: chainExistingAudit,
};
