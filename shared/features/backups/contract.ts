// The backups' contract: what a backup record says (the screen lists it), the file names a caller may
// name (a plain name from the list, never a path), and what a restore would lose.
import { z } from 'zod';
import type { backupsChannels } from './channels';
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { FileOutput } from '../../contract/files';

export const backupKinds = ['daily', 'manual', 'quit', 'beforeMigration', 'beforeRestore'] as const;
export type BackupKind = (typeof backupKinds)[number];
export const backupKindLabels: Record<BackupKind, string> = {
  daily: '每日自动备份',
  manual: '手动备份',
  quit: '退出时备份',
  beforeMigration: '升级前备份',
  beforeRestore: '恢复前留存',
};

/** One backup file as its sidecar (or, without one, the file itself) describes it. */
export interface BackupRecord {
  /** The name in the backups folder: the only way a caller names a backup. */
  fileName: string;
  kind: BackupKind;
  /** Local ISO timestamp (2026-12-04T08:30:00+08:00). */
  takenAt: string;
  sizeBytes: number;
  /** PRAGMA user_version of the copy; null when it could not be read. */
  schemaVersion: number | null;
  /** Rows per ledger table at the moment of the copy. */
  counts: Record<string, number>;
  /** The newest audit row the copy holds: what a restore would lose is every row after it. */
  lastAuditId: number | null;
  /** The check after writing: integrity_check, the app's own check (at the latest schema), row counts. */
  verified: { ok: boolean; findings: string[] };
}

export interface BackupList {
  records: BackupRecord[];
  /** Where the backups are, for the clerk to read; never sent back by the renderer. */
  folder: string;
  /** The newest audit row of the open ledger: a backup whose lastAuditId is lower misses later changes. */
  newestAuditId: number | null;
}

export interface BackupProgress {
  running: boolean;
  phase: 'copying' | 'verifying' | null;
  /** 0–100 */
  percent: number;
}

/** What restoring a backup would undo: the changes made since it, counted by what they were. */
export interface RestorePreview {
  backup: BackupRecord;
  /** Each kind of change by the audit log's words (操作 and 对象), with how many rows of it. */
  changes: { action: string; entity: string; label: string; count: number }[];
  total: number;
}

/** A backup's file name as the list shows it: no folder, no path separators, no `..`. */
export const backupFileName = z
  .string({ error: '备份文件：必须填写文件名' })
  .min(1, { error: '备份文件：不能为空' })
  .max(200, { error: '备份文件：文件名过长' })
  .regex(/^[^/\\:\0]+\.sqlite$/, { error: '备份文件：只能是备份列表中的文件名，不能含路径' })
  .refine((name) => !name.startsWith('.') && !name.includes('..'), {
    error: '备份文件：只能是备份列表中的文件名，不能含路径',
  });

export const backupFileInput = z.object({ fileName: backupFileName }, { error: '请求内容：格式不正确' });

export const backupsContract = {
  'backups.list': channel<BackupList>()(noInput),
  'backups.create': channel<BackupRecord>()(noInput),
  'backups.progress': channel<BackupProgress>()(noInput),
  'backups.export': channel<FileOutput>()(backupFileInput),
  'backups.restorePreview': channel<RestorePreview>()(backupFileInput),
  'backups.restore': channel<BackupRecord>()(backupFileInput),
} satisfies ContractFor<typeof backupsChannels>;
