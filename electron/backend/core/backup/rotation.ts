// Which automatic backups to delete (pure): the newest per day for the most recent days that have one,
// and the newest per month for the most recent months (as restic's keep-daily and keep-monthly count:
// an office PC switched off for three weeks still keeps its last 14 days of work, not an empty fortnight).
// Only the app's own routine copies rotate: a 手动备份 was asked for by someone who meant to keep it, a
// 恢复前留存 is the only way back from a restore, and an 升级前备份 the only way back from an upgrade.
import type { BackupKind, BackupRecord } from '../../../../shared/features/backups/contract';

export interface RotationPolicy {
  days: number;
  months: number;
}

export const defaultRotation: RotationPolicy = { days: 14, months: 12 };

const rotatedKinds: readonly BackupKind[] = ['daily', 'quit'];

export function backupsToRotate(
  records: readonly BackupRecord[],
  now: Date,
  policy: RotationPolicy = defaultRotation,
): BackupRecord[] {
  // A copy dated after "now" (the clock was put back) cannot be placed in the calendar: kept.
  const nowMs = now.getTime();
  const automatic = records
    .filter((record) => rotatedKinds.includes(record.kind) && Date.parse(record.takenAt) <= nowMs)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const kept = new Set<BackupRecord>([
    ...newestPer(automatic, dayOf, policy.days),
    ...newestPer(automatic, monthOf, policy.months),
    // A failed copy of the recent days stays listed, so the clerk sees that the backup failed.
    ...automatic.filter(
      (record) => !record.verified.ok && recentKeys(automatic, dayOf, policy.days).has(dayOf(record)),
    ),
  ]);
  return automatic.filter((record) => !kept.has(record));
}

const dayOf = (record: BackupRecord) => record.takenAt.slice(0, 10);
const monthOf = (record: BackupRecord) => record.takenAt.slice(0, 7);

/** The `count` most recent keys (days or months) that have a record; records sorted newest first. */
function recentKeys(sorted: readonly BackupRecord[], keyOf: (r: BackupRecord) => string, count: number) {
  return new Set([...new Set(sorted.map(keyOf))].slice(0, count));
}

/** For each of the recent keys, its newest verified record, or its newest when none passed. */
function newestPer(sorted: readonly BackupRecord[], keyOf: (r: BackupRecord) => string, count: number) {
  const keys = recentKeys(sorted, keyOf, count);
  const chosen = new Map<string, BackupRecord>();
  for (const record of sorted) {
    const key = keyOf(record);
    if (!keys.has(key)) continue;
    const current = chosen.get(key);
    if (!current || (!current.verified.ok && record.verified.ok)) chosen.set(key, record);
  }
  return chosen.values();
}
