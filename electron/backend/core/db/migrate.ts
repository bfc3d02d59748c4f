// Numbered migrations (0001_name.sql, ...) tracked by PRAGMA user_version, each applied in one
// transaction. The files must match the committed manifest of checksums (migration-manifest.ts); a
// database written by a newer app, or whose recorded checksums differ from this app's
// (migration-record.ts), is refused; a non-empty database is copied with db.backup() before it is migrated.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection';
import {
  committedManifest,
  verifyAgainstManifest,
  type ManifestEntry,
  type Migration,
} from './migration-manifest';

export type { Migration };
import { recordMigrations, verifyRecordedMigrations } from './migration-record';
import { migrationSteps } from './migration-steps';
import { leaveUpgradeMarker, removeUpgradeMarker } from './upgrade-marker';

export class NewerDatabaseError extends Error {
  constructor(
    readonly databaseVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `数据库版本为 ${databaseVersion}，高于本程序支持的版本 ${appVersion}：它由更新版本的程序写入，请升级程序后再打开。`,
    );
  }
}

/** The app's own migration files are missing or incomplete: a broken installation, not a broken database. */
export class MigrationsMissingError extends Error {
  constructor(readonly detail: string) {
    super(`程序的数据库升级文件缺失或不完整（${detail}）：请重新安装本程序。`);
  }
}

/** Resolved next to this module: the source folder in development, a copied folder in the bundle. */
export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

/** The migration files in dir, in order (0001_name.sql …). */
export function migrationFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort();
}

export function loadMigrations(
  dir: string = defaultMigrationsDir(),
  manifest: ManifestEntry[] = committedManifest,
): Migration[] {
  if (!fs.existsSync(dir)) throw new MigrationsMissingError(`找不到文件夹 ${dir}`);
  const files = migrationFiles(dir).map((file) => ({
    file,
    version: Number(file.slice(0, 4)),
    name: file.slice(5, -4),
    sql: fs.readFileSync(path.join(dir, file), 'utf8'),
  }));
  if (files.length === 0) throw new MigrationsMissingError(`${dir} 中没有升级文件`);
  files.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new MigrationsMissingError(`升级文件编号不连续：缺少第 ${index + 1} 号，见 ${migration.name}`);
  });
  verifyAgainstManifest(files, manifest);
  return files.map(({ version, name, sql }) => ({ version, name, sql }));
}

export interface MigrateResult {
  from: number;
  to: number;
  backupPath: string | null;
}

export async function migrate(
  db: Db,
  migrations: Migration[],
  options: { backupDir?: string; now?: Date } = {},
): Promise<MigrateResult> {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (from > latest) throw new NewerDatabaseError(from, latest);
  verifyRecordedMigrations(db, migrations);
  if (from === latest) {
    // Killed after the last migration committed but before its marker went: nothing is left to finish.
    if (!db.memory && !db.readonly) removeUpgradeMarker(db.name);
    return { from, to: from, backupPath: null };
  }

  const backupPath = hasUserTables(db) ? await backupBeforeMigrating(db, from, options) : null;
  const now = options.now ?? new Date();
  // An in-memory database cannot be cut off half-way and read again: it needs no marker.
  const marked = !db.memory;
  if (marked) leaveUpgradeMarker(db.name, from, latest, now);
  for (const migration of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(migration.sql);
      migrationSteps[migration.version]?.(db);
      db.pragma(`user_version = ${migration.version}`);
      recordMigrations(db, migrations, from, migration.version, now);
    })();
  }
  if (marked) removeUpgradeMarker(db.name);
  return { from, to: latest, backupPath };
}

function hasUserTables(db: Db): boolean {
  const row = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as {
    n: number;
  };
  return row.n > 0;
}

async function backupBeforeMigrating(db: Db, from: number, options: { backupDir?: string; now?: Date }) {
  const dir = options.backupDir ?? path.join(path.dirname(db.name), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${path.basename(db.name, path.extname(db.name))}-v${from}-${stamp}.sqlite`);
  await db.backup(target);
  return target;
}
