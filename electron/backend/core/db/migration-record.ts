// What a database remembers of the migrations that built it (schema_migrations, created by 0007): the
// checksum of each migration's text. A database whose record differs from this app's migrations was
// built by another or an altered program, and opening it could mean running SQL written for a schema it
// does not have; it is refused instead.
import type { Db } from './connection';
import { migrationChecksum, type Migration } from './migration-manifest';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';

export const migrationRecordTable = 'schema_migrations';

export interface RecordedMigration {
  version: number;
  name: string;
  checksum: string;
}

export class ForeignMigrationsError extends Error {
  constructor(
    readonly version: number,
    readonly recordedName: string,
  ) {
    super(
      `数据库记录的第 ${version} 号升级（${recordedName}）与本程序的升级文件不同：该数据库由其他版本或被改动过的程序升级过，本程序不能安全地打开它。请不要修改该文件，用原来升级它的程序打开，或联系技术支持。`,
    );
  }
}

function hasRecordTable(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(migrationRecordTable) !==
    undefined
  );
}

/** The first recorded migration whose checksum differs from this app's migration of the same number. */
export function foreignMigration(db: Db, migrations: Migration[]): RecordedMigration | undefined {
  if (!hasRecordTable(db)) return undefined;
  const recorded = db
    .prepare(`SELECT version, name, checksum FROM ${migrationRecordTable} ORDER BY version`)
    .all() as RecordedMigration[];
  return recorded.find((row) => {
    const own = migrations[row.version - 1];
    return own !== undefined && own.version === row.version && migrationChecksum(own.sql) !== row.checksum;
  });
}

/** Refuses a database whose recorded checksum of any migration this app also has differs from the app's. */
export function verifyRecordedMigrations(db: Db, migrations: Migration[]): void {
  const foreign = foreignMigration(db, migrations);
  if (foreign) throw new ForeignMigrationsError(foreign.version, foreign.name);
}

/**
 * Records every migration up to `upTo` that has no record yet, once the table exists. Those applied in
 * this run (after `from`) get the time; those a database already had when the record was introduced are
 * filled in from this app's own manifest, with no time: what ran then can no longer be seen, only trusted.
 */
export function recordMigrations(
  db: Db,
  migrations: Migration[],
  from: number,
  upTo: number,
  now: Date,
): void {
  if (!hasRecordTable(db)) return;
  const insert = db.prepare(
    `INSERT INTO ${migrationRecordTable} (version, name, checksum, applied_at, recorded_at)
     SELECT @version, @name, @checksum, @appliedAt, @recordedAt
     WHERE NOT EXISTS (SELECT 1 FROM ${migrationRecordTable} WHERE version = @version)`,
  );
  const recordedAt = toLocalIsoTimestamp(now);
  for (const migration of migrations.slice(0, upTo)) {
    insert.run({
      version: migration.version,
      name: migration.name,
      checksum: migrationChecksum(migration.sql),
      appliedAt: migration.version > from ? recordedAt : null,
      recordedAt,
    });
  }
}
