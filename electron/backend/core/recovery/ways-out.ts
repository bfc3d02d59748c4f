// The ways out of a ledger that cannot be opened, as file operations on the CLOSED path: nothing here
// opens the ledger (the gate opens it afterwards, api/ledger-gate.ts), and nothing deletes: a damaged file
// is moved aside whole (with its -wal and -shm) into backups/damaged/ before anything takes its place.
import fs from 'node:fs';
import type { WayOut } from '../../../../shared/contract/ledger';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import { moveAside } from '../backup/move-aside';
import { newestVerifiedBackup } from '../backup/list-backups';
import { restoreLedgerFile } from '../backup/restore-file';
import type { BackupEnv } from '../backup/verify-backup';
import { conflict } from '../errors';

export interface WayOutTaken {
  movedAside: string | null;
  /** The backup now in place, for the restore's audit row once the ledger is open. */
  restored: BackupRecord | null;
}

const nothingMoved: WayOutTaken = { movedAside: null, restored: null };

/** A file (not a folder someone made in its place) is moved aside; no file, nothing to move. */
function moveFileAside(dbPath: string, now: Date): string | null {
  return fs.statSync(dbPath, { throwIfNoEntry: false })?.isFile() ? moveAside(dbPath, now) : null;
}

/** The damaged file aside, then the newest verified backup in its place. */
async function restoreNewest(dbPath: string, now: Date, env: BackupEnv): Promise<WayOutTaken> {
  const newest = newestVerifiedBackup(dbPath);
  if (newest === null) throw conflict('恢复方式：没有验证通过的备份可以恢复', 'action');
  const movedAside = moveFileAside(dbPath, now);
  const { restored } = await restoreLedgerFile(dbPath, newest.fileName, now, env);
  return { movedAside, restored };
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
