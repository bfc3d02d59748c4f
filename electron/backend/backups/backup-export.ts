// A backup's bytes for the clerk to keep elsewhere (a USB stick): named by its date, never by a path.
import fs from 'node:fs';
import type { FileOutput } from '../../../shared/contract/files';
import type { ServiceContext } from '../core/context';
import { backupPathOf } from '../core/backup/list-backups';
import { fileOutput } from '../core/file-output';
import { listedBackup, missingBackupFile } from './listed-backup';

export const sqliteMime = 'application/vnd.sqlite3';

export function exportBackup(ctx: ServiceContext, fileName: string): FileOutput {
  const record = listedBackup(ctx, fileName);
  const file = backupPathOf(ctx.ledgerFile.dbPath, record);
  if (!fs.existsSync(file)) throw missingBackupFile(fileName);
  return fileOutput(exportName(record.takenAt), sqliteMime, fs.readFileSync(file));
}

/** 台账备份-2026-12-04-0830.sqlite from 2026-12-04T08:30:15+08:00. */
export function exportName(takenAt: string): string {
  return `台账备份-${takenAt.slice(0, 10)}-${takenAt.slice(11, 13)}${takenAt.slice(14, 16)}.sqlite`;
}
