// What `cli check` finds of tampering: the protective triggers against the migrations', the audit chain,
// and the posted records against their audited hashes. Only on a file at this app's schema version: an
// older or newer one is already named by the version check, and its triggers and columns differ.
import type { Db } from '../db/connection';
import { loadMigrations } from '../db/migrate';
import { auditChainFindings } from './audit-chain';
import { sealedRecordFindings } from './sealed-findings';
import { triggerFindings } from './schema-triggers';

export function tamperFindings(db: Db): string[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== loadMigrations().length) return [];
  return [...triggerFindings(db), ...auditChainFindings(db), ...sealedRecordFindings(db)];
}
