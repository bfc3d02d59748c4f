// Where backups live and how they are named: `backups/` beside the database (the folder the migrator
// already leaves its pre-migration copies in), `<base>-<YYYYMMDD-HHMMSS>-<kind>.sqlite`, each with a
// sidecar `<same>.json` that records what the backup held and whether it passed its check.
import fs from 'node:fs';
import path from 'node:path';
import {
  backupKinds,
  type BackupKind,
  type BackupRecord,
} from '../../../../shared/features/backups/contract';

export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** The database's name without its extension: every backup of it starts with `<base>-`. */
export function ledgerBase(dbPath: string): string {
  return path.basename(dbPath, path.extname(dbPath));
}

/** 20261204-083000, in local time: the clerk reads the name as the time on the office clock. */
export function fileStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  return `${date}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

/** A new backup's name, never one already in the folder (two backups in one second get -2, -3…). */
export function newBackupName(dbPath: string, kind: BackupKind, now: Date): string {
  const dir = backupsDir(dbPath);
  const stem = `${ledgerBase(dbPath)}-${fileStamp(now)}-${kind}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${stem}.sqlite` : `${stem}-${n}.sqlite`;
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(sidecarPath(path.join(dir, name))))
      return name;
  }
}

/** The kind a name of ours says, or the migrator's `<base>-v7-<iso>.sqlite`; null for anything else. */
export function kindFromName(fileName: string): BackupKind | null {
  const match = /-\d{8}-\d{6}-([A-Za-z]+)(?:-\d+)?\.sqlite$/.exec(fileName);
  const kind = match?.[1] as BackupKind | undefined;
  if (kind && backupKinds.includes(kind)) return kind;
  if (/-v\d+-\d{4}-\d{2}-\d{2}T/.test(fileName)) return 'beforeMigration';
  return null;
}

export function sidecarPath(backupPath: string): string {
  return `${backupPath.slice(0, -'.sqlite'.length)}.json`;
}

export function readSidecar(backupPath: string): BackupRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(sidecarPath(backupPath), 'utf8')) as BackupRecord;
    return typeof record.fileName === 'string' && record.verified ? record : null;
  } catch {
    return null;
  }
}

/** Written beside the backup through a temporary name, so a crash never leaves half a sidecar. */
export function writeSidecar(backupPath: string, record: BackupRecord): void {
  const target = sidecarPath(backupPath);
  const temporary = `${target}.partial`;
  fs.writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`);
  fs.renameSync(temporary, target);
}

/** Flushes a written file to the disk: a backup that sits in the OS cache is no backup after a power cut. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) where the platform allows it; Windows cannot open a folder. */
export function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Best effort: the rename itself is atomic; only its durability waits for the OS.
  }
}
