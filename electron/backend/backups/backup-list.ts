// The backups as 管理员 sees them, and a backup taken on request (one at a time, with its progress).
import type { BackupList, BackupRecord } from '../../../shared/features/backups/contract';
import type { ServiceContext } from '../core/context';
import { auditBackup } from '../core/backup/backup-audit';
import { backupsDir } from '../core/backup/backup-files';
import { newestAuditId } from '../core/backup/ledger-contents';
import { listBackups } from '../core/backup/list-backups';
import { takeBackup } from '../core/backup/take-backup';
import { conflict } from '../core/errors';

export function listLedgerBackups(ctx: ServiceContext): BackupList {
  const { dbPath } = ctx.ledgerFile;
  return { records: listBackups(dbPath), folder: backupsDir(dbPath), newestAuditId: newestAuditId(ctx.db) };
}

export async function backUpNow(ctx: ServiceContext): Promise<BackupRecord> {
  const { dbPath, env, progress } = ctx.ledgerFile;
  if (progress.current.running) throw conflict('已有一个备份正在进行，请等它完成');
  progress.start();
  try {
    const now = ctx.clock();
    const record = await takeBackup(ctx.db, dbPath, {
      kind: 'manual',
      now,
      env,
      onProgress: (phase, fraction) => progress.update(phase, fraction),
    });
    auditBackup(ctx.db, record, { actor: ctx.actor, userId: ctx.user?.id ?? null }, now);
    return record;
  } finally {
    progress.finish();
  }
}
