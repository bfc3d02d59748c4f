// The check every backup passes after it is written, and again before it is restored: opened read-only,
// SQLite's integrity_check, the app's own check (only at the app's latest schema: an older copy is
// checked by SQLite and counted; its rules are the old ones), and its rows counted.
import fs from 'node:fs';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import { openDatabase, type Db } from '../db/connection';
import { AppError } from '../errors';
import { committedManifest } from '../db/migration-manifest';
import { ledgerContents, type LedgerContents } from './ledger-contents';

/** The app's own check of a ledger (checkIntegrity in api/integrity.ts, which knows every feature):
 * injected, because the core knows no feature. */
export type LedgerCheck = (db: Db) => { ok: boolean; findings: string[] };

/** What the backup functions need from the app: its check, and the SQLite build the shell runs on. */
export interface BackupEnv {
  check: LedgerCheck;
  /** better_sqlite3.node built for Electron (the desktop shell in development); the default otherwise. */
  nativeBinding?: string | undefined;
  /** The same check in a worker thread, where the app has one: a new backup is verified there. */
  verifyOffThread?: (file: string) => Promise<Verification>;
}

export interface Verification {
  ok: boolean;
  findings: string[];
  /** What the copy holds; null when it could not be opened at all. */
  contents: LedgerContents | null;
}

export function verifyBackup(file: string, env: BackupEnv): Verification {
  if (!fs.existsSync(file)) return failed(['备份文件不存在（可能已被移走或删除）']);
  let db: Db;
  try {
    db = openDatabase(file, { readonly: true, ...bindingOf(env) });
  } catch (error) {
    return failed([`备份文件无法打开：${damageInWords(error)}`]);
  }
  try {
    return verifyOpened(db, env.check);
  } catch (error) {
    return failed([`备份文件读取失败：${damageInWords(error)}`]);
  } finally {
    db.close();
  }
}

function verifyOpened(db: Db, check: LedgerCheck): Verification {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .filter((row) => row.integrity_check !== 'ok')
    .map((row) => `文件内容已损坏（SQLite 完整性检查：${row.integrity_check}）`);
  if (integrity.length > 0) return failed(integrity);
  const contents = ledgerContents(db);
  const latest = committedManifest.length;
  const findings: string[] =
    contents.schemaVersion === latest
      ? check(db).findings
      : contents.schemaVersion > latest
        ? [`备份的数据库版本为 ${contents.schemaVersion}，高于本程序支持的版本 ${latest}`]
        : [];
  // An empty or zero-length file opens as an empty database: it holds no ledger to restore.
  if (contents.schemaVersion === 0) findings.push('备份中没有台账（数据库结构版本为 0）');
  return { ok: findings.length === 0, findings, contents };
}

/** A backup's record from what its check found. */
export function recordOf(
  base: Pick<BackupRecord, 'fileName' | 'kind' | 'takenAt'>,
  sizeBytes: number,
  verification: Verification,
): BackupRecord {
  return {
    ...base,
    sizeBytes,
    schemaVersion: verification.contents?.schemaVersion ?? null,
    counts: verification.contents?.counts ?? {},
    lastAuditId: verification.contents?.lastAuditId ?? null,
    verified: { ok: verification.ok, findings: verification.findings },
  };
}

/** The refusal of a backup that fails its check, before anything is touched. */
export function unrestorable(fileName: string, verification: Verification): AppError {
  return new AppError(
    'conflict',
    `备份文件：「${fileName}」未通过校验，不能用于恢复（${verification.findings.slice(0, 3).join('；')}）`,
    'fileName',
  );
}

export function bindingOf(env: Pick<BackupEnv, 'nativeBinding'>): { nativeBinding?: string } {
  return env.nativeBinding ? { nativeBinding: env.nativeBinding } : {};
}

function failed(findings: string[]): Verification {
  return { ok: false, findings, contents: null };
}

/** SQLite's English, said as the clerk would say it (the code kept for a technician). */
export function damageInWords(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'SQLITE_NOTADB') return '文件不是台账数据库，或文件头已损坏（SQLITE_NOTADB）';
  if (code.startsWith('SQLITE_CORRUPT')) return '文件内容已损坏（SQLITE_CORRUPT）';
  if (code.startsWith('SQLITE_CANTOPEN'))
    return '文件无法打开：可能被其他程序占用，或没有读取权限（SQLITE_CANTOPEN）';
  if (code.startsWith('SQLITE_IOERR')) return '读写磁盘出错：磁盘可能已满或损坏（SQLITE_IOERR）';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return '磁盘空间已满';
  return `未能读取（${code || (error instanceof Error ? error.message : String(error))}）`;
}
