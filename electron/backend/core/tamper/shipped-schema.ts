// What the migrations alone make of an empty database: their triggers and the posted records they seed
// (the official lists of 2020). Built once by running the app's own migrations (checked against the
// committed manifest) on an in-memory database, so it follows every DROP and re-CREATE they make.
import { openScratchDatabase, type Db } from '../db/connection';
import { loadMigrations } from '../db/migrate';
import { sealedRecordHash, sealedRecords } from './sealed-records';

export interface ShippedSchema {
  /** Trigger name → its CREATE TRIGGER text. */
  triggers: Map<string, string>;
  /** Per sealed entity, id → hash of each record a migration writes. */
  seededRecords: Map<string, Map<number, string>>;
}

let shipped: ShippedSchema | undefined;

export function shippedSchema(): ShippedSchema {
  if (shipped) return shipped;
  const scratch = openScratchDatabase();
  try {
    for (const migration of loadMigrations()) scratch.exec(migration.sql);
    shipped = { triggers: triggersOf(scratch), seededRecords: sealedRecordsIn(scratch) };
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

/** The records of one sealed entity that the migrations write, by id. */
export function seededRecordsOf(entity: string): Map<number, string> {
  return shippedSchema().seededRecords.get(entity) ?? new Map();
}

function sealedRecordsIn(db: Db): Map<string, Map<number, string>> {
  return new Map(
    sealedRecords.map((sealed) => {
      const ids = (db.prepare(sealed.listSql).all() as { id: number }[]).map((row) => row.id);
      return [sealed.entity, new Map(ids.map((id) => [id, sealedRecordHash(db, sealed, id)!]))];
    }),
  );
}
