// How a backup reads on the 备份与恢复 screen: its kind in the clerk's words, its size in KB/MB, its row
// counts as one figure, and whether it may be restored. Pure, so the unit tests hold the wording.
import type { BackupKind, BackupRecord } from '../../../shared/features/backups/contract';
import { ledgerTableLabel } from './ledger-tables';

/** A backup's kind as the screen names it everywhere: shorter than the contract's labels (每日自动备份). */
export const shortKindLabels: Record<BackupKind, string> = {
  daily: '每日自动',
  manual: '手动',
  quit: '退出时',
  beforeMigration: '升级前',
  beforeRestore: '恢复前',
};

const kibibyte = 1024;
const mebibyte = 1024 * kibibyte;

/** 512 → 「1 KB」 (never 0 KB for a file that has bytes), 350 KB → 「350 KB」, 3.25 MB → 「3.3 MB」. */
export function formatBackupSize(bytes: number): string {
  if (bytes < mebibyte) return `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / kibibyte))} KB`;
  return `${(bytes / mebibyte).toFixed(1)} MB`;
}

/**
 * 2026-12-04T08:30:15+08:00 → 「2026-12-04 08:30:15」: the backup's time as the clerk names it, to the
 * second, since a restore's 恢复前 copy can follow the backup it undoes within the minute.
 */
export function backupTimeText(takenAt: string): string {
  return takenAt.slice(0, 19).replace('T', ' ');
}

/** Every row the backup holds, over all its tables. */
export function totalRows(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** The tables that hold rows, most rows first, as 「记账凭证：340」 lines for the 记录数 tooltip. */
export function countLines(counts: Record<string, number>): string[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([tableA, a], [tableB, b]) => b - a || tableA.localeCompare(tableB))
    .map(([table, count]) => `${ledgerTableLabel(table)}：${count.toLocaleString('zh-CN')}`);
}

/** 恢复 for an ordinary backup; a 恢复前 copy is the way back from a restore: 撤销恢复. */
export function restoreActionLabel(kind: BackupKind): string {
  return kind === 'beforeRestore' ? '撤销恢复' : '恢复';
}

/** Why a backup may not be restored (it failed its verification), or undefined when it may. */
export function restoreRefusal(record: Pick<BackupRecord, 'verified'>): string | undefined {
  if (record.verified.ok) return undefined;
  const findings = record.verified.findings.join('；');
  return `该备份未通过校验，不能恢复${findings === '' ? '' : `：${findings}`}`;
}

/** The newest backup that passed its verification: the one to fall back on. */
export function newestVerified<R extends Pick<BackupRecord, 'takenAt' | 'verified'>>(
  records: readonly R[],
): R | undefined {
  return records
    .filter((record) => record.verified.ok)
    .reduce<R | undefined>(
      (newest, record) => (newest && newest.takenAt >= record.takenAt ? newest : record),
      undefined,
    );
}

/** 「备份完成（2026-12-04 08:30），校验通过」, or what its verification found. */
export function backupOutcomeText(record: Pick<BackupRecord, 'takenAt' | 'verified'>): string {
  const refusal = restoreRefusal(record);
  const taken = `备份完成（${backupTimeText(record.takenAt)}）`;
  return refusal === undefined ? `${taken}，校验通过` : `${taken}，但${refusal.slice('该备份'.length)}`;
}

/** What the sign-in screen says after a restore: what happened, why everyone signs in again, the way back. */
export function restoredNotice(record: Pick<BackupRecord, 'takenAt'>): string {
  return (
    `已恢复 ${backupTimeText(record.takenAt)} 的备份，所有用户已退出登录，请重新登录。` +
    '恢复前的台账已另存为「恢复前」备份，在「备份与恢复」中恢复它即可撤销本次恢复。'
  );
}
