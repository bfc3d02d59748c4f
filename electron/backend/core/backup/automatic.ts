// The app's own backups: on start when the newest good one is older than a day, on quit when the ledger
// changed since the newest good one; then the rotation. A failed automatic backup never stops the app:
// it is logged, and its sidecar shows it in the list as failed.
import fs from 'node:fs';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import type { Db } from '../db/connection';
import { automaticActor, auditBackup } from './backup-audit';
import { sidecarPath } from './backup-files';
import { backupPathOf, listBackups } from './list-backups';
import { backupsToRotate, defaultRotation, type RotationPolicy } from './rotation';
import { takeBackup } from './take-backup';
import type { BackupEnv } from './verify-backup';

const dayMs = 24 * 60 * 60 * 1000;

export type BackupMoment = 'start' | 'quit';

/** Whether no backup that passed its check was taken in the last 24 hours. */
export function isDailyBackupDue(records: readonly BackupRecord[], now: Date): boolean {
  return !records.some((record) => record.verified.ok && now.getTime() - Date.parse(record.takenAt) < dayMs);
}

/** Whether the ledger holds a change newer than the newest good backup (by their audit rows). */
export function isQuitBackupDue(records: readonly BackupRecord[], newestChangeId: number | null): boolean {
  if (newestChangeId === null) return false;
  const newest = records.find((record) => record.verified.ok);
  return !newest || newestChangeId > (newest.lastAuditId ?? 0);
}

/** The newest audit row that changed the ledger: not a backup's own row, not a sign-in or sign-out. */
export function newestChangeId(db: Db): number | null {
  const row = db
    .prepare(
      `SELECT max(id) AS id FROM audit_log
       WHERE entity <> 'backup' AND action NOT IN ('sign_in', 'sign_in_failed', 'sign_out')`,
    )
    .get() as { id: number | null };
  return row.id;
}

export interface AutomaticBackupOptions {
  now: Date;
  env: BackupEnv;
  log: (error: unknown) => void;
  rotation?: RotationPolicy;
}

/** Takes the backup the moment calls for, if due, and rotates; answers it (null when none was due or it
 * could not be taken). Never throws. */
export async function automaticBackup(
  db: Db,
  dbPath: string,
  moment: BackupMoment,
  options: AutomaticBackupOptions,
): Promise<BackupRecord | null> {
  try {
    const records = listBackups(dbPath);
    const due =
      moment === 'start'
        ? isDailyBackupDue(records, options.now)
        : isQuitBackupDue(records, newestChangeId(db));
    if (!due) return null;
    const kind = moment === 'start' ? 'daily' : 'quit';
    const record = await takeBackup(db, dbPath, { kind, now: options.now, env: options.env });
    if (!record.verified.ok)
      options.log(
        new Error(`automatic backup ${record.fileName} failed: ${record.verified.findings.join('; ')}`),
      );
    auditBackup(db, record, automaticActor, options.now);
    rotateBackups(dbPath, options.now, options.rotation);
    return record;
  } catch (error) {
    options.log(error);
    return null;
  }
}

/** Deletes the backups the rotation lets go, with their sidecars. */
export function rotateBackups(dbPath: string, now: Date, policy: RotationPolicy = defaultRotation): string[] {
  const rotated = backupsToRotate(listBackups(dbPath), now, policy);
  for (const record of rotated) {
    const file = backupPathOf(dbPath, record);
    fs.rmSync(file, { force: true });
    fs.rmSync(sidecarPath(file), { force: true });
  }
  return rotated.map((record) => record.fileName);
}
