// What the recovery page says a backup holds: the tables a clerk counts by, in Chinese, and its size.
import { describe, expect, it } from 'vitest';
import { backupCountsText, fileSizeText } from '../../../renderer/features/recovery/backup-counts';

describe('a backup as the recovery page describes it', () => {
  it('names the counted tables it holds, in a fixed order, and leaves the rest out', () => {
    expect(backupCountsText({ audit_log: 1329, community: 7, app_user: 3, calendar_day: 365 })).toBe(
      '社区 7 个，用户 3 个，操作日志 1,329 条',
    );
  });

  it('says nothing it cannot count', () => {
    expect(backupCountsText({})).toBe('—');
  });

  it('gives the size in KB below a megabyte, else in MB', () => {
    expect(fileSizeText(200)).toBe('1 KB');
    expect(fileSizeText(512 * 1024)).toBe('512 KB');
    expect(fileSizeText(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
