// What the migrations alone make of an empty database: their triggers and the posted records they seed
// (the official lists of 2020). Built once by running the app's own migrations (checked against the
// committed manifest) on an in-memory database, so it follows every DROP and re-CREATE they make.
import Database from 'better-sqlite3';
import type { Db } from '../db/connection';
import { loadMigrations } from '../db/migrate';
import { sealedRecordHash, sealedRecords } from './sealed-records';

export interface ShippedSchema {
  /** Trigger name → its CREATE TRIGGER text. */
  triggers: Map<string, string>;
  /** `entity:id` → hash, for each sealed record a migration writes. */
  seededRecords: Map<string, string>;
}

let shipped: ShippedSchema | undefined;

export function shippedSchema(): ShippedSchema {
  if (shipped) return shipped;
  const scratch = new Database(':memory:');
  try {
    for (const migration of loadMigrations()) scratch.exec(migration.sql);
    shipped = { triggers: triggersOf(scratch), seededRecords: seededRecordsOf(scratch) };
  } finally {
    scratch.close();
  }
  return shipped;
}

export function triggersOf(db: Db): Map<string, string> {
  const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  return new Map(rows.map((row) => [row.name, row.sql.replace(/\r\n/g, '\n')]));
}

export function seededKey(entity: string, id: number): string {
  return `${entity}:${id}`;
}

function seededRecordsOf(db: Db): Map<string, string> {
  return new Map(
    sealedRecords.flatMap((sealed) =>
      (db.prepare(sealed.listSql).all() as { id: number }[]).map(
        ({ id }) => [seededKey(sealed.entity, id), sealedRecordHash(db, sealed, id)!] as const,
      ),
    ),
  );
}
