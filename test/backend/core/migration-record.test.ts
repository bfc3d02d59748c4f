// The database records the checksum of every migration that built it, and the app refuses one whose
// record differs from its own migrations: it was upgraded by another or an altered program.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import { createBackend } from '../../../electron/backend/api/create-backend';
import { openDatabase } from '../../../electron/backend/core/db/connection';
import { loadMigrations, migrate, type Migration } from '../../../electron/backend/core/db/migrate';
import { migrationChecksum } from '../../../electron/backend/core/db/migration-manifest';
import { ForeignMigrationsError } from '../../../electron/backend/core/db/migration-record';
import { openFailure } from '../../../electron/main/open-failure';
import { toLocalIsoTimestamp } from '../../../shared/domain/dates';
import { fingerprint, fixedNow, makeTempDir } from '../../fixtures/backend';

const migrations = loadMigrations();
/** Found by name: the number may change when unshipped migrations are renumbered at a merge. */
const vocabulary = migrations.find((migration) => migration.name === 'audit_vocabulary')!.version;
const now = new Date('2026-03-15T09:30:00+08:00');
const stamp = toLocalIsoTimestamp(now);

function tempDbPath(): string {
  return path.join(makeTempDir(), 'ledger.sqlite');
}

function recordOf(dbPath: string): Record<string, unknown>[] {
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT * FROM schema_migrations ORDER BY version').all() as Record<
    string,
    unknown
  >[];
  db.close();
  return rows;
}

async function migrated(dbPath: string, list: Migration[]): Promise<void> {
  const db = openDatabase(dbPath);
  await migrate(db, list, { now });
  db.close();
}

async function openedByTheApp(dbPath: string): Promise<unknown> {
  try {
    const backend = await createBackend({
      dbPath,
      resourcesDir: path.resolve('resources'),
      clock: () => fixedNow,
      platform: process.platform,
      logError: () => undefined,
    });
    backend.close();
    return null;
  } catch (error) {
    return error;
  }
}

describe('the record of applied migrations', () => {
  it('records every migration of a new database with its checksum and when it was applied', async () => {
    const dbPath = tempDbPath();
    await migrated(dbPath, migrations);
    expect(recordOf(dbPath)).toEqual(
      migrations.map((migration) => ({
        version: migration.version,
        name: migration.name,
        checksum: migrationChecksum(migration.sql),
        applied_at: stamp,
        recorded_at: stamp,
      })),
    );
  });

  it('fills in, from the app’s manifest, the migrations a database from an older app already had', async () => {
    const dbPath = tempDbPath();
    await migrated(dbPath, migrations.slice(0, 5));
    expect(await openedByTheApp(dbPath)).toBeNull();
    const rows = recordOf(dbPath);
    expect(rows.map((row) => [row.version, row.checksum])).toEqual(
      migrations.map((migration) => [migration.version, migrationChecksum(migration.sql)]),
    );
    expect(rows.map((row) => row.applied_at === null)).toEqual(migrations.map((m) => m.version <= 5));
  });

  it('opens a database built by the first shipped 0001 (narrower audit CHECK) and trusts the app’s checksum', async () => {
    // The first release's 0001 allowed five audit actions; 0005 and 0006 rebuilt audit_log since, so once
    // migrated such a database has the same schema as one built by today's 0001.
    const current =
      "'delete', 'compute',\n                                         'approve', 'post', 'reverse', 'import', 'publish', 'submit',\n                                         'review', 'decide', 'revoke'";
    expect(migrations[0]!.sql).toContain(current);
    const firstRelease = { ...migrations[0]!, sql: migrations[0]!.sql.replace(current, "'delete'") };
    const dbPath = tempDbPath();
    await migrated(dbPath, [firstRelease]);
    expect(await openedByTheApp(dbPath)).toBeNull();
    expect(recordOf(dbPath)[0]).toMatchObject({
      checksum: migrationChecksum(migrations[0]!.sql),
      applied_at: null,
    });
  });

  it('refuses a database carrying a foreign checksum with a clear Chinese message, leaving it untouched', async () => {
    const dbPath = tempDbPath();
    const foreign = migrations.map((migration) =>
      migration.version === vocabulary
        ? { ...migration, sql: `${migration.sql}\n-- another program's 0006\n` }
        : migration,
    );
    await migrated(dbPath, foreign);
    const before = fingerprint(dbPath);
    const error = await openedByTheApp(dbPath);
    expect(error).toBeInstanceOf(ForeignMigrationsError);
    const failure = openFailure(error, dbPath);
    expect(failure.message).toMatch(
      new RegExp(
        `^数据库记录的第 ${vocabulary} 号升级（audit_vocabulary）与本程序的升级文件不同：该数据库由其他版本或被改动过的程序升级过，本程序不能安全地打开它。`,
      ),
    );
    expect(failure.message).toContain(`数据库文件：${dbPath}`);
    expect(failure.message).not.toContain('技术信息');
    expect(fingerprint(dbPath)).toBe(before);
    const db = openDatabase(dbPath, { readonly: true });
    expect(checkIntegrity(db).findings).toContain((error as Error).message);
    db.close();
  });

  it('refuses a foreign checksum even when the app has migrations left to apply', async () => {
    const dbPath = tempDbPath();
    const foreign = migrations.map((migration) =>
      migration.version === 2 ? { ...migration, sql: `${migration.sql}\n-- altered\n` } : migration,
    );
    await migrated(dbPath, foreign);
    const db = openDatabase(dbPath);
    const withOneMore = [...migrations, { version: migrations.length + 1, name: 'next', sql: 'SELECT 1;' }];
    await expect(migrate(db, withOneMore)).rejects.toThrow(ForeignMigrationsError);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('keeps the record append-only', async () => {
    const dbPath = tempDbPath();
    await migrated(dbPath, migrations);
    const db = openDatabase(dbPath);
    expect(() => db.prepare("UPDATE schema_migrations SET checksum = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM schema_migrations').run()).toThrow(/append-only/);
    db.close();
  });
});
