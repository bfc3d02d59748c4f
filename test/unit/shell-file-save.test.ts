import { describe, expect, it } from 'vitest';
import { isFileOutput, saveDialogOptions, savedResult } from '../../electron/main/file-save';

const report = { fileName: '2025年度社区工作经费核定及拨付情况表.xlsx', mimeType: 'application/x', base64: 'AAAA' };

describe('saving produced files in the desktop app', () => {
  it('recognises a file output and nothing else', () => {
    expect(isFileOutput(report)).toBe(true);
    expect(isFileOutput({ fileName: 'a.pdf' })).toBe(false);
    expect(isFileOutput(null)).toBe(false);
    expect(isFileOutput([{ ...report }])).toBe(false);
  });

  it.each([
    ['../../etc/cron.d/evil.xlsx', '/home/u/Documents/evil.xlsx'],
    ['..\\..\\Windows\\evil.pdf', '/home/u/Documents/evil.pdf'],
    ['/etc/passwd', '/home/u/Documents/passwd'],
    ['世纪城公示.pdf', '/home/u/Documents/世纪城公示.pdf'],
  ])('suggests only a name inside the documents folder for %s', (fileName, expected) => {
    expect(saveDialogOptions({ ...report, fileName }, '/home/u/Documents').defaultPath).toBe(expected);
  });

  it('offers the matching file type', () => {
    expect(saveDialogOptions(report, '/d').filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    expect(saveDialogOptions({ ...report, fileName: 'x.pdf' }, '/d').filters).toEqual([{ name: 'PDF 文件', extensions: ['pdf'] }]);
  });

  it('returns no bytes to the renderer, only where the file went or that it was canceled', () => {
    expect(savedResult(report, '/d/x.xlsx')).toEqual({ ok: true, data: { ...report, base64: '', savedAs: '/d/x.xlsx', canceled: false } });
    expect(savedResult(report, undefined)).toEqual({ ok: true, data: { ...report, base64: '', savedAs: '', canceled: true } });
  });
});
