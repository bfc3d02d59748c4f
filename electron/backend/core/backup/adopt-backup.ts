// A backup brought from elsewhere (the USB stick) is verified where it is, then copied into the backups
// folder with a sidecar like any other: a restore only ever takes a listed backup, and a file that fails
// its check is refused before anything is copied.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupRecord } from '../../../../shared/features/backups/contract';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';
import { AppError } from '../errors';
import { backupsDir, kindFromName, newBackupName, syncFile, writeSidecar } from './backup-files';
import { recordOf, unrestorable, verifyBackup, type BackupEnv } from './verify-backup';

export function adoptBackupFile(dbPath: string, source: string, env: BackupEnv): BackupRecord {
  if (!fs.existsSync(source) || !fs.statSync(source).isFile())
    throw new AppError('not_found', `备份文件：找不到文件 ${source}`, 'from');
  // Dated by the file itself: when the copy was made, not when it was brought back.
  const takenAt = fs.statSync(source).mtime;
  const verification = verifyBackup(source, env);
  if (!verification.ok) throw unrestorable(path.basename(source), verification);
  const kind = kindFromName(path.basename(source)) ?? 'manual';
  const dir = backupsDir(dbPath);
  fs.mkdirSync(dir, { recursive: true });
  const fileName = newBackupName(dbPath, kind, takenAt);
  const target = path.join(dir, fileName);
  fs.copyFileSync(source, target);
  syncFile(target);
  const base = { fileName, kind, takenAt: toLocalIsoTimestamp(takenAt) };
  const record = recordOf(base, fs.statSync(target).size, verification);
  writeSidecar(target, record);
  return record;
}
