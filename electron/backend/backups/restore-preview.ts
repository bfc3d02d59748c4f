// What a restore would undo: every audit row of the open ledger after the history it shares with the
// backup. The shared history is found by the audit chain's hashes (after a restore the two ledgers'
// rows carry the same numbers but differ), and by row numbers for a copy from before the chain.
import {
  auditActionLabels,
  auditEntityLabels,
  type AuditAction,
  type AuditEntity,
} from '../../../shared/contract/audit';
import type { RestorePreview } from '../../../shared/features/backups/contract';
import type { ServiceContext } from '../core/context';
import { openDatabase, type Db } from '../core/db/connection';
import { backupPathOf } from '../core/backup/list-backups';
import { bindingOf, unrestorable, verifyBackup } from '../core/backup/verify-backup';
import { listedBackup } from './listed-backup';

export function restorePreview(ctx: ServiceContext, fileName: string): RestorePreview {
  const { dbPath, env } = ctx.ledgerFile;
  const record = listedBackup(ctx, fileName);
  const file = backupPathOf(dbPath, record);
  const verification = verifyBackup(file, env);
  if (!verification.ok || !verification.contents) throw unrestorable(fileName, verification);
  const copy = openDatabase(file, { readonly: true, ...bindingOf(env) });
  let shared: number;
  try {
    shared = sharedHistory(ctx.db, copy);
  } finally {
    copy.close();
  }
  const rows = ctx.db
    .prepare(
      `SELECT action, entity, count(*) AS count FROM audit_log WHERE id > ?
       GROUP BY action, entity ORDER BY count DESC, action, entity`,
    )
    .all(shared) as { action: AuditAction; entity: AuditEntity; count: number }[];
  const { schemaVersion, counts, lastAuditId } = verification.contents;
  return {
    backup: { ...record, schemaVersion, counts, lastAuditId, verified: { ok: true, findings: [] } },
    changes: rows.map((row) => ({
      ...row,
      label: `${auditActionLabels[row.action] ?? row.action}${auditEntityLabels[row.entity] ?? row.entity}`,
    })),
    total: rows.reduce((sum, row) => sum + row.count, 0),
  };
}

/** The last audit row both ledgers hold alike. The chain makes "alike up to k" true for every row before
 * k once it is true at k, so a binary search finds it. */
function sharedHistory(live: Db, copy: Db): number {
  const top = Math.min(maxAuditId(live), maxAuditId(copy));
  if (!hasChain(copy) || !hasChain(live)) return top;
  const hashAt = (db: Db, id: number) =>
    (db.prepare('SELECT row_hash FROM audit_log WHERE id = ?').get(id) as { row_hash: string } | undefined)
      ?.row_hash;
  let low = 0;
  let high = top;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (hashAt(live, middle) !== undefined && hashAt(live, middle) === hashAt(copy, middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function maxAuditId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
}

function hasChain(db: Db): boolean {
  const columns = db.pragma('table_info(audit_log)') as { name: string }[];
  return columns.some((column) => column.name === 'row_hash');
}
