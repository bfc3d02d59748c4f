// Which tables a database at schema version N must have: what migrations 1..N make of an empty database,
// worked out once by running the app's own migrations (checked against the manifest) in memory, as
// core/tamper/shipped-schema.ts does for the triggers, so it follows every table a migration drops.
import Database from 'better-sqlite3';
import type { Migration } from '../migration-manifest';

const tablesSql = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

const cache = new WeakMap<Migration[], Set<string>[]>();

/** Index N holds the tables after migration N (index 0: none). The shell's SQLite build in development
 * is another runtime's than Node's default: the scratch database uses the same binding as the ledger. */
function tablesByVersion(migrations: Migration[], nativeBinding: string | undefined): Set<string>[] {
  const known = cache.get(migrations);
  if (known) return known;
  const scratch = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    const byVersion = [new Set<string>()];
    for (const migration of migrations) {
      scratch.exec(migration.sql);
      byVersion.push(new Set(scratch.prepare(tablesSql).pluck().all() as string[]));
    }
    cache.set(migrations, byVersion);
    return byVersion;
  } finally {
    scratch.close();
  }
}

/** The tables version `schemaVersion`'s migrations create that `present` lacks, by name. */
export function missingTables(
  migrations: Migration[],
  schemaVersion: number,
  present: Set<string>,
  nativeBinding?: string,
): string[] {
  const expected = tablesByVersion(migrations, nativeBinding)[schemaVersion] ?? new Set<string>();
  return [...expected].filter((table) => !present.has(table)).sort();
}
