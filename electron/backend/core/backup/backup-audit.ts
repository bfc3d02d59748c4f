// The audit rows of backups and restores. A backup's row is written after the copy (the copy does not
// hold it), under entity 'backup', which the "changed since the last backup" test leaves out.
import { backupKindLabels, type BackupRecord } from '../../../../shared/features/backups/contract';
import { toLocalIsoTimestamp } from '../../../../shared/domain/dates';
import { insertAuditRow, type AuditRowInput } from '../audit-log';
import type { Db } from '../db/connection';
import type { RestoredFile } from './restore-file';

export interface AuditActor {
  actor: string;
  userId: number | null;
}

/** Who the row names for the app's own backups (on start and on quit), when nobody asked for one. */
export const automaticActor: AuditActor = { actor: '（自动备份）', userId: null };

export function auditBackup(db: Db, record: BackupRecord, by: AuditActor, now: Date): void {
  const result = record.verified.ok ? '校验通过' : `校验未通过：${record.verified.findings[0] ?? ''}`;
  appendAuditRow(db, {
    at: toLocalIsoTimestamp(now),
    actor: by.actor,
    userId: by.userId,
    action: 'create',
    entity: 'backup',
    entityId: null,
    summary: `${backupKindLabels[record.kind]} ${record.fileName}（${result}）`,
    before: null,
    after: { fileName: record.fileName, kind: record.kind, verified: record.verified.ok },
  });
}

/** Written into the restored ledger: it says which backup it came from and where the previous file went. */
export function auditRestore(
  db: Db,
  { restored, keptAside, movedAside }: RestoredFile,
  by: AuditActor,
  now: Date,
): void {
  const aside = keptAside
    ? `，恢复前的台账留存为 ${keptAside.fileName}`
    : movedAside
      ? `，原文件已损坏，原样移至 ${movedAside}`
      : '';
  appendAuditRow(db, {
    at: toLocalIsoTimestamp(now),
    actor: by.actor,
    userId: by.userId,
    action: 'restore',
    entity: 'backup',
    entityId: null,
    summary: `从备份 ${restored.fileName}（${restored.takenAt.slice(0, 16).replace('T', ' ')}）恢复台账${aside}`,
    before: keptAside
      ? { fileName: keptAside.fileName, lastAuditId: keptAside.lastAuditId }
      : movedAside
        ? { movedAside }
        : null,
    after: { fileName: restored.fileName, lastAuditId: restored.lastAuditId },
  });
}

/** One row in its own immediate transaction: the chain's tail is read and extended without a writer
 * between. */
function appendAuditRow(db: Db, row: AuditRowInput): void {
  db.transaction(() => insertAuditRow(db, row)).immediate();
}
