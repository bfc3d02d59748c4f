// The backups of one ledger, newest first: each as its sidecar records it; a file without one (a
// pre-migration copy of an older app, a file put there by hand) with what can be read without opening
// it, marked 「未校验」. A sidecar whose file is gone is a backup that failed to be written: listed too.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';
import { AppError } from '../errors';
import { backupsDir, kindFromName, ledgerBase, readSidecar } from './backup-files';

export const unverified = '未校验';

export function listBackups(dbPath: string): BackupRecord[] {
  const dir = backupsDir(dbPath);
  if (!fs.existsSync(dir)) return [];
  const prefix = `${ledgerBase(dbPath)}-`;
  const names = new Set<string>();
  for (const entry of fs.readdirSync(dir)) {
    if (!entry.startsWith(prefix)) continue;
    if (entry.endsWith('.sqlite')) names.add(entry);
    else if (entry.endsWith('.json')) names.add(`${entry.slice(0, -'.json'.length)}.sqlite`);
  }
  const records = [...names].flatMap((name) => recordOf(path.join(dir, name)) ?? []);
  return records.sort(
    (a, b) =>
      b.takenAt.localeCompare(a.takenAt) ||
      copyNumber(b.fileName) - copyNumber(a.fileName) ||
      b.fileName.localeCompare(a.fileName),
  );
}

/** The newest backup that passed its check and whose file is still there: what a damaged ledger offers. */
export function newestVerifiedBackup(dbPath: string): BackupRecord | null {
  return (
    listBackups(dbPath).find(
      (record) => record.verified.ok && fs.existsSync(path.join(backupsDir(dbPath), record.fileName)),
    ) ?? null
  );
}

/** A backup named by a caller, only when it is one of the list's (never a path of the caller's choosing). */
export function findListedBackup(dbPath: string, fileName: string): BackupRecord | null {
  return listBackups(dbPath).find((record) => record.fileName === fileName) ?? null;
}

/** findListedBackup, refusing a name the list does not hold (naming the field). */
export function requireListedBackup(dbPath: string, fileName: string): BackupRecord {
  const record = findListedBackup(dbPath, fileName);
  if (!record) throw new AppError('not_found', `备份文件：备份列表中没有「${fileName}」`, 'fileName');
  return record;
}

export function backupPathOf(dbPath: string, record: BackupRecord): string {
  return path.join(backupsDir(dbPath), record.fileName);
}

/** 2 for `…-manual-2.sqlite`, the second backup of one second; 1 for the first. */
function copyNumber(fileName: string): number {
  return Number(/-[A-Za-z]+-(\d+)\.sqlite$/.exec(fileName)?.[1] ?? 1);
}

function recordOf(file: string): BackupRecord | null {
  const fileName = path.basename(file);
  const sidecar = readSidecar(file);
  if (sidecar) return { ...sidecar, fileName };
  const kind = kindFromName(fileName) ?? 'beforeMigration';
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (!stat.isFile()) return null;
  return {
    fileName,
    kind,
    takenAt: toLocalIsoTimestamp(stat.mtime),
    sizeBytes: stat.size,
    schemaVersion: headerSchemaVersion(file),
    counts: {},
    lastAuditId: null,
    verified: { ok: false, findings: [unverified] },
  };
}

/** user_version sits at byte 60 of an SQLite file's header (big-endian): read without opening the file,
 * which might be anything. */
function headerSchemaVersion(file: string): number | null {
  const header = Buffer.alloc(64);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, header, 0, 64, 0);
    if (read < 64 || header.subarray(0, 16).toString('latin1') !== 'SQLite format 3\0') return null;
    return header.readUInt32BE(60);
  } finally {
    fs.closeSync(fd);
  }
}
