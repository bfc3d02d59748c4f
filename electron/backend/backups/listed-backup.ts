// A backup a caller names: only a name the list holds, so no path of the caller's choosing is ever opened.
import type { BackupRecord } from '../../../shared/features/backups/contract';
import type { ServiceContext } from '../core/context';
import { requireListedBackup } from '../core/backup/list-backups';
import { AppError } from '../core/errors';

export function listedBackup(ctx: ServiceContext, fileName: string): BackupRecord {
  return requireListedBackup(ctx.ledgerFile.dbPath, fileName);
}

export function missingBackupFile(fileName: string): AppError {
  return new AppError('conflict', `备份文件：「${fileName}」的文件已不在备份文件夹中`, 'fileName');
}
