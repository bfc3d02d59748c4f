// The 备份与恢复 screen's wording: kinds, sizes, counts, which backups may be restored, and the sentence
// saying what a restore would lose.
import { describe, expect, it } from 'vitest';
import {
  shortKindLabels,
  backupTimeText,
  countLines,
  formatBackupSize,
  newestVerified,
  restoreActionLabel,
  restoredNotice,
  restoreRefusal,
  totalRows,
} from '../../../renderer/features/backups/backup-text';
import { lostOperationsSentence } from '../../../renderer/features/backups/lost-operations';

describe('a backup on the screen', () => {
  it('names every kind in the clerk’s words', () => {
    expect(shortKindLabels).toEqual({
      daily: '每日自动',
      manual: '手动',
      quit: '退出时',
      beforeMigration: '升级前',
      beforeRestore: '恢复前',
    });
  });

  it('gives sizes in KB below a megabyte and in MB with one decimal above', () => {
    expect(formatBackupSize(0)).toBe('0 KB');
    expect(formatBackupSize(200)).toBe('1 KB');
    expect(formatBackupSize(350 * 1024)).toBe('350 KB');
    expect(formatBackupSize(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBackupSize(3.25 * 1024 * 1024)).toBe('3.3 MB');
  });

  it('shows the time to the second, in the office’s own clock', () => {
    expect(backupTimeText('2026-12-04T08:30:15+08:00')).toBe('2026-12-04 08:30:15');
  });

  it('sums the rows and lists the tables holding any, most first, by their Chinese names', () => {
    const counts = { fund_voucher: 340, audit_log: 2100, community: 12, fund_donor: 0, future_table: 3 };
    expect(totalRows(counts)).toBe(2455);
    expect(countLines(counts)).toEqual(['操作日志：2,100', '记账凭证：340', '社区：12', 'future_table：3']);
  });

  it('offers 撤销恢复 on a 恢复前 copy and 恢复 on the others', () => {
    expect(restoreActionLabel('beforeRestore')).toBe('撤销恢复');
    expect(restoreActionLabel('daily')).toBe('恢复');
  });

  it('refuses to restore a backup that failed its verification, saying what was found', () => {
    expect(restoreRefusal({ verified: { ok: true, findings: [] } })).toBeUndefined();
    expect(restoreRefusal({ verified: { ok: false, findings: ['文件已损坏', '缺少数据表'] } })).toBe(
      '该备份未通过校验，不能恢复：文件已损坏；缺少数据表',
    );
    expect(restoreRefusal({ verified: { ok: false, findings: [] } })).toBe('该备份未通过校验，不能恢复');
  });

  it('finds the newest backup that passed its verification', () => {
    const records = [
      { takenAt: '2026-12-03T08:00:00', verified: { ok: true, findings: [] } },
      { takenAt: '2026-12-04T08:00:00', verified: { ok: false, findings: ['文件已损坏'] } },
      { takenAt: '2026-12-02T08:00:00', verified: { ok: true, findings: [] } },
    ];
    expect(newestVerified(records)?.takenAt).toBe('2026-12-03T08:00:00');
    expect(newestVerified([])).toBeUndefined();
  });
});

describe('after a restore', () => {
  it('tells everyone signing in again what happened and how to undo it', () => {
    expect(restoredNotice({ takenAt: '2026-12-04T08:30:15+08:00' })).toBe(
      '已恢复 2026-12-04 08:30:15 的备份，所有用户已退出登录，请重新登录。' +
        '恢复前的台账已另存为「恢复前」备份，在「备份与恢复」中恢复它即可撤销本次恢复。',
    );
  });
});

describe('what a restore would lose', () => {
  it('counts the operations since the backup by what they changed, most first', () => {
    expect(
      lostOperationsSentence(37, [
        { label: '拨付', count: 3 },
        { label: '记账凭证', count: 5 },
        { label: '社区', count: 29 },
      ]),
    ).toBe('将丢失该备份之后的 37 项操作：社区 29 项、记账凭证 5 项、拨付 3 项。');
  });

  it('names six kinds of change and says 等 for the rest', () => {
    const parts = ['甲', '乙', '丙', '丁', '戊', '己', '庚'].map((label, index) => ({
      label,
      count: 10 - index,
    }));
    expect(lostOperationsSentence(70, parts)).toBe(
      '将丢失该备份之后的 70 项操作：甲 10 项、乙 9 项、丙 8 项、丁 7 项、戊 6 项、己 5 项等。',
    );
  });

  it('says plainly when nothing would be lost', () => {
    expect(lostOperationsSentence(0, [])).toBe('该备份之后没有新的操作，恢复不会丢失任何记录。');
  });
});
