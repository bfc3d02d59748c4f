// Takes one backup of the open ledger: db.backup() (consistent while the app keeps writing) to a
// temporary name, made a self-contained file, flushed, verified, then renamed into place with its
// sidecar. A copy that fails its check is still kept and recorded, with why, so the list shows it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupKind, BackupRecord } from '../../../../shared/features/backups/contract';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';
import type { Db } from '../db/connection';
import { backupsDir, newBackupName, syncDir, syncFile, writeSidecar } from './backup-files';
import type { BackupPhase } from './progress';
import { bindingOf, damageInWords, recordOf, verifyBackup, type BackupEnv } from './verify-backup';

export interface TakeBackupOptions {
  kind: BackupKind;
  now: Date;
  env: BackupEnv;
  onProgress?: (phase: BackupPhase, fraction: number) => void;
}

/** Pages copied per step: small enough for the progress bar to move, large enough not to slow the copy. */
const pagesPerStep = 256;

export async function takeBackup(db: Db, dbPath: string, options: TakeBackupOptions): Promise<BackupRecord> {
  const dir = backupsDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = newBackupName(dbPath, options.kind, options.now);
  const target = path.join(dir, fileName);
  const partial = `${target}.partial`;
  const base = { fileName, kind: options.kind, takenAt: toLocalIsoTimestamp(options.now) };
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        options.onProgress?.('copying', totalPages > 0 ? (totalPages - remainingPages) / totalPages : 1);
        return pagesPerStep;
      },
    });
    makeSelfContained(partial, options.env);
    syncFile(partial);
  } catch (error) {
    removeQuietly(partial);
    const record = unwritten(base, `备份未能写入：${damageInWords(error)}`);
    writeSidecar(target, record);
    return record;
  }
  options.onProgress?.('verifying', 0);
  const { env } = options;
  const verification = env.verifyOffThread ? await env.verifyOffThread(partial) : verifyBackup(partial, env);
  fs.renameSync(partial, target);
  syncDir(dir);
  const record = recordOf(base, fs.statSync(target).size, verification);
  writeSidecar(target, record);
  options.onProgress?.('verifying', 1);
  return record;
}

/** The copy carries the WAL flag of the live file; in rollback mode it is one file that opens read-only
 * anywhere (a USB stick, another PC) without -wal or -shm beside it. */
function makeSelfContained(file: string, env: BackupEnv): void {
  const copy = new Database(file, bindingOf(env));
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** What a failed copy left behind goes; failing to remove it must not hide why the copy failed. */
function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left for the next backup's name to step around (newBackupName never reuses a name).
  }
}

function unwritten(base: Pick<BackupRecord, 'fileName' | 'kind' | 'takenAt'>, why: string): BackupRecord {
  return recordOf(base, 0, { ok: false, findings: [why], contents: null });
}
