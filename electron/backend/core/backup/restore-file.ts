// Puts a backup in place of a CLOSED ledger file. The backup is verified again first (a copy that fails
// is refused); the current file is kept aside as a 恢复前留存 backup through db.backup(), so it is
// consistent, verified and listed, and restoring it undoes this restore (a damaged current file, which
// db.backup() could not copy faithfully, is moved aside byte for byte instead); then the backup is copied
// beside the database, flushed, and renamed over it in one step. Nothing is ever deleted but the -wal and
// -shm of the closed file, whose contents the kept-aside copy already holds.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import { AppError } from '../errors';
import { openDatabase } from '../db/connection';
import { syncDir, syncFile } from './backup-files';
import { backupPathOf, requireListedBackup } from './list-backups';
import { moveAside } from './move-aside';
import { takeBackup } from './take-backup';
import { bindingOf, damageInWords, unrestorable, verifyBackup, type BackupEnv } from './verify-backup';

export interface RestoredFile {
  restored: BackupRecord;
  /** The ledger as it was, as a backup; null when there was no file, or a damaged one (movedAside). */
  keptAside: BackupRecord | null;
  /** Where a damaged current file went (backups/damaged/…), untouched; null when it was kept aside. */
  movedAside: string | null;
}

export async function restoreLedgerFile(
  dbPath: string,
  backupFileName: string,
  now: Date,
  env: BackupEnv,
): Promise<RestoredFile> {
  const restored = requireListedBackup(dbPath, backupFileName);
  const source = backupPathOf(dbPath, restored);
  const verification = verifyBackup(source, env);
  if (!verification.ok) throw unrestorable(backupFileName, verification);
  const current = await setAsideCurrent(dbPath, now, env);
  putInPlace(source, dbPath);
  return { restored, ...current };
}

async function setAsideCurrent(dbPath: string, now: Date, env: BackupEnv) {
  if (!fs.existsSync(dbPath)) return { keptAside: null, movedAside: null };
  if (!isReadableLedger(dbPath, env)) return { keptAside: null, movedAside: moveAside(dbPath, now) };
  return { keptAside: await keepAside(dbPath, now, env), movedAside: null };
}

/** Opens, holds a schema and passes SQLite's quick_check: a file db.backup() can copy as it is. */
function isReadableLedger(dbPath: string, env: BackupEnv): boolean {
  try {
    const db = openDatabase(dbPath, { readonly: true, ...bindingOf(env) });
    try {
      const quick = db.pragma('quick_check', { simple: true });
      return quick === 'ok' && (db.pragma('user_version', { simple: true }) as number) > 0;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

async function keepAside(dbPath: string, now: Date, env: BackupEnv): Promise<BackupRecord> {
  let db;
  try {
    db = openDatabase(dbPath, bindingOf(env));
  } catch (error) {
    throw new AppError(
      'conflict',
      `当前数据库文件无法打开，不能先行留存（${damageInWords(error)}）：请先将其移到一旁再恢复`,
    );
  }
  try {
    const record = await takeBackup(db, dbPath, { kind: 'beforeRestore', now, env });
    if (record.sizeBytes === 0) {
      throw new AppError(
        'conflict',
        `未能留存当前数据库，恢复未进行：${record.verified.findings.join('；')}`,
      );
    }
    return record;
  } finally {
    db.close();
  }
}

/** Copy beside the database (same disk, so the rename is atomic), flush, drop the closed file's -wal and
 * -shm (they belong to the old file and would be replayed into the new one), rename over. */
function putInPlace(source: string, dbPath: string): void {
  const temporary = `${dbPath}.restoring`;
  fs.copyFileSync(source, temporary);
  syncFile(temporary);
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbPath}${suffix}`, { force: true });
  fs.renameSync(temporary, dbPath);
  syncDir(path.dirname(dbPath));
}
