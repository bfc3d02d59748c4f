// The ways out of a ledger that cannot be opened, as file operations on the CLOSED path: nothing here
// opens the ledger (the gate opens it afterwards, api/ledger-gate.ts), and nothing deletes: a damaged file
// is moved aside whole (with its -wal and -shm) into backups/damaged/ before anything takes its place.
import fs from 'node:fs';
import type { WayOut } from '../../../../shared/contract/ledger';
import { moveAside } from '../backup/move-aside';
import { backupPathOf, newestVerifiedBackup } from '../backup/list-backups';
import { restoreLedgerFile, type RestoredFile } from '../backup/restore-file';
import { unrestorable, verifyBackup, type BackupEnv } from '../backup/verify-backup';
import { conflict } from '../errors';

export interface WayOutTaken {
  movedAside: string | null;
  /** The restore done, for its audit row once the ledger is open. */
  restored: RestoredFile | null;
}

const nothingMoved: WayOutTaken = { movedAside: null, restored: null };

/** A file (not a folder someone made in its place) is moved aside; no file, nothing to move. */
function moveFileAside(dbPath: string, now: Date): string | null {
  return fs.statSync(dbPath, { throwIfNoEntry: false })?.isFile() ? moveAside(dbPath, now) : null;
}

/** The damaged file aside, byte for byte, then the newest verified backup in its place. The backup is
 * checked again BEFORE the file is moved: a backup that fails now leaves the damaged file where it was,
 * rather than an empty path the next start would take for a new ledger. */
async function restoreNewest(dbPath: string, now: Date, env: BackupEnv): Promise<WayOutTaken> {
  const newest = newestVerifiedBackup(dbPath);
  if (newest === null) throw conflict('恢复方式：没有验证通过的备份可以恢复', 'action');
  const verification = verifyBackup(backupPathOf(dbPath, newest), env);
  if (!verification.ok) throw unrestorable(newest.fileName, verification);
  const movedAside = moveFileAside(dbPath, now);
  const restored = await restoreLedgerFile(dbPath, newest.fileName, now, env);
  return { movedAside, restored: { ...restored, movedAside } };
}

/** Prepares the path for the way out; the ledger is opened (and, to finish an upgrade, migrated with its
 * usual backup) by the caller. */
export async function takeWayOut(
  action: WayOut,
  dbPath: string,
  now: Date,
  env: BackupEnv,
): Promise<WayOutTaken> {
  if (action === 'restoreBackup') return restoreNewest(dbPath, now, env);
  if (action === 'startNew') return { movedAside: moveFileAside(dbPath, now), restored: null };
  return nothingMoved;
}
