// Which automatic backups the rotation lets go: the newest per day of the 14 most recent days that have
// one, the newest per month of the 12 most recent months; 手动备份, 恢复前留存 and 升级前备份 never.
import { describe, expect, it } from 'vitest';
import type { BackupKind, BackupRecord } from '../../../shared/features/backups/contract';
import { backupsToRotate } from '../../../electron/backend/core/backup/rotation';
import { isDailyBackupDue, isQuitBackupDue } from '../../../electron/backend/core/backup/automatic';

function record(takenAt: string, kind: BackupKind = 'daily', ok = true, lastAuditId = 10): BackupRecord {
  return {
    fileName: `ledger-${takenAt}-${kind}.sqlite`,
    kind,
    takenAt,
    sizeBytes: 1,
    schemaVersion: 13,
    counts: {},
    lastAuditId,
    verified: { ok, findings: ok ? [] : ['磁盘空间已满'] },
  };
}

/** One automatic backup a day, at 09:00 and at 18:00 (on quit), for `days` days back from 2026-12-04. */
function twiceDaily(days: number): BackupRecord[] {
  const records: BackupRecord[] = [];
  for (let back = 0; back < days; back += 1) {
    const date = new Date(Date.UTC(2026, 11, 4 - back)).toISOString().slice(0, 10);
    records.push(record(`${date}T09:00:00+08:00`), record(`${date}T18:00:00+08:00`, 'quit'));
  }
  return records;
}

const now = new Date('2026-12-04T20:00:00+08:00');
const kept = (records: BackupRecord[], rotated: BackupRecord[]) =>
  records.filter((r) => !rotated.includes(r)).map((r) => r.takenAt);

describe('backupsToRotate', () => {
  it('keeps the newest of each of the last 14 days and of each of the last 12 months', () => {
    const records = twiceDaily(400);
    const keep = kept(records, backupsToRotate(records, now));
    const days = keep.filter((t) => t >= '2026-11-21');
    expect(days).toHaveLength(14);
    expect(days.every((t) => t.includes('T18:00'))).toBe(true);
    // Before the 14 days: one per month, the month's last day, for the 12 most recent months.
    const months = keep.filter((t) => t < '2026-11-21');
    expect(months).toEqual([
      '2026-10-31T18:00:00+08:00',
      '2026-09-30T18:00:00+08:00',
      '2026-08-31T18:00:00+08:00',
      '2026-07-31T18:00:00+08:00',
      '2026-06-30T18:00:00+08:00',
      '2026-05-31T18:00:00+08:00',
      '2026-04-30T18:00:00+08:00',
      '2026-03-31T18:00:00+08:00',
      '2026-02-28T18:00:00+08:00',
      '2026-01-31T18:00:00+08:00',
    ]);
    expect(keep).toHaveLength(24);
  });

  it('counts the days that have a backup, so a PC off for weeks keeps its last 14 days of work', () => {
    const records = twiceDaily(40).filter((r) => r.takenAt < '2026-11-25');
    const keep = kept(records, backupsToRotate(records, now));
    // 11-11 … 11-24, the last 14 days with a backup, though the calendar's last 14 days hold only four.
    expect(keep.filter((t) => t >= '2026-11-11')).toHaveLength(14);
    expect(keep.filter((t) => t < '2026-11-11')).toEqual(['2026-10-31T18:00:00+08:00']);
  });

  it('never rotates a manual, before-restore or before-migration backup', () => {
    const old = ['manual', 'beforeRestore', 'beforeMigration'].map((kind) =>
      record('2020-01-01T09:00:00+08:00', kind as BackupKind),
    );
    expect(backupsToRotate([...twiceDaily(400), ...old], now)).not.toEqual(expect.arrayContaining([old[0]]));
    for (const r of old) expect(backupsToRotate([...twiceDaily(400), ...old], now)).not.toContain(r);
  });

  it('prefers a day’s verified copy over a newer failed one, and keeps the failed one listed', () => {
    const good = record('2026-12-04T09:00:00+08:00');
    const failed = record('2026-12-04T18:00:00+08:00', 'quit', false);
    expect(backupsToRotate([good, failed], now)).toEqual([]);
    const older = twiceDaily(30).filter((r) => r.takenAt < '2026-12-04');
    expect(backupsToRotate([good, failed, ...older], now)).not.toContain(good);
  });

  it('takes its counts from the policy', () => {
    const records = twiceDaily(10);
    expect(kept(records, backupsToRotate(records, now, { days: 3, months: 1 }))).toHaveLength(3);
  });
});

describe('when the automatic backups are due', () => {
  it('on start: when no verified backup is younger than a day', () => {
    expect(isDailyBackupDue([], now)).toBe(true);
    expect(isDailyBackupDue([record('2026-12-03T20:30:00+08:00')], now)).toBe(false);
    expect(isDailyBackupDue([record('2026-12-03T19:59:00+08:00')], now)).toBe(true);
    expect(isDailyBackupDue([record('2026-12-04T19:00:00+08:00', 'daily', false)], now)).toBe(true);
  });

  it('on quit: when the ledger changed after the newest verified backup', () => {
    const newest = record('2026-12-04T09:00:00+08:00', 'daily', true, 40);
    expect(isQuitBackupDue([newest], 40)).toBe(false);
    expect(isQuitBackupDue([newest], 41)).toBe(true);
    expect(isQuitBackupDue([], 1)).toBe(true);
    expect(isQuitBackupDue([], null)).toBe(false);
    expect(isQuitBackupDue([record('2026-12-04T18:00:00+08:00', 'quit', false, 0), newest], 40)).toBe(false);
  });
});
