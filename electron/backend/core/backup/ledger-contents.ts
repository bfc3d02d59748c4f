// What a copy of the ledger holds, read from an open connection: its schema version, rows per table and
// the newest audit row (what a restore of it would lose is every audit row after that one).
import type { Db } from '../db/connection';

export interface LedgerContents {
  schemaVersion: number;
  counts: Record<string, number>;
  lastAuditId: number | null;
}

export function ledgerTables(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

export function ledgerContents(db: Db): LedgerContents {
  const tables = ledgerTables(db);
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // Table names come from sqlite_schema, not from input; quoted as identifiers all the same.
    const row = db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as {
      n: number;
    };
    counts[table] = row.n;
  }
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    counts,
    lastAuditId: tables.includes('audit_log') ? newestAuditId(db) : null,
  };
}

export function newestAuditId(db: Db): number | null {
  const row = db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number | null };
  return row.id;
}
