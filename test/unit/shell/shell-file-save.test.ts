import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  batchFilePath,
  saveDialogOptions,
  savedResult,
  saveFailureMessage,
} from '../../../electron/main/file-save';
import { answersWithFile, channelNames } from '../../../shared/contract';

const report = {
  fileName: '2025年度社区工作经费核定及拨付情况表.xlsx',
  mimeType: 'application/x',
  bytes: new Uint8Array([0, 0, 0]),
};
const described = { fileName: report.fileName, mimeType: report.mimeType };

describe('saving produced files in the desktop app', () => {
  it('saves the answers of the file channels and of no other, by their declared kind', () => {
    expect(channelNames.filter((channel) => answersWithFile(channel))).toEqual([
      'funding.householdsTemplate',
      'funding.annualReport',
      'funding.notice',
      'lists.importTemplate',
      'lists.notice',
      'lists.exportExcel',
      'access.form',
      'access.exportRegister',
      'contracts.register',
      'contracts.notice',
      'contracts.paymentForm',
      'contracts.evaluationSheet',
      'fund.trialBalanceXlsx',
      'fund.ledgerXlsx',
      'fund.designationXlsx',
      'fund.donationIncomeXlsx',
      'fund.activityXlsx',
      'fund.balanceSheetXlsx',
      'fund.trialBalancePdf',
      'fund.ledgerPdf',
      'fund.designationPdf',
      'fund.donationIncomePdf',
      'fund.activityPdf',
      'fund.balanceSheetPdf',
      'fund.acknowledgementPdf',
      'fund.quarterNoticePdf',
      'fund.projectNoticePdf',
      'fund.annualReportXlsx',
      'fund.projectsXlsx',
      'backups.export',
    ]);
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
    expect(saveDialogOptions({ ...report, fileName: 'x.pdf' }, '/d').filters).toEqual([
      { name: 'PDF 文件', extensions: ['pdf'] },
    ]);
    expect(saveDialogOptions({ ...report, fileName: '台账备份-2026-12-04-0830.sqlite' }, '/d')).toMatchObject(
      {
        defaultPath: '/d/台账备份-2026-12-04-0830.sqlite',
        filters: [{ name: '台账备份', extensions: ['sqlite'] }],
      },
    );
  });

  it('returns no bytes to the renderer, only where the file went or that it was canceled', () => {
    expect(savedResult(report, '/d/x.xlsx')).toEqual({
      ok: true,
      data: { ...described, savedAs: '/d/x.xlsx', canceled: false },
    });
    expect(savedResult(report, undefined)).toEqual({
      ok: true,
      data: { ...described, savedAs: '', canceled: true },
    });
  });
});

describe('saving a series of notices into one folder', () => {
  it('uses the file name inside the chosen folder, never a path the backend suggests', () => {
    expect(batchFilePath('/home/u/公示', '../../世纪城两个清单公示.pdf', () => false)).toBe(
      '/home/u/公示/世纪城两个清单公示.pdf',
    );
  });

  it('never overwrites: a name already there gets （2）, （3）…', () => {
    const taken = new Set(['/f/世纪城.pdf', '/f/世纪城（2）.pdf']);
    expect(batchFilePath('/f', '世纪城.pdf', (candidate) => taken.has(candidate))).toBe('/f/世纪城（3）.pdf');
  });
});

/** The error a real write raises, to be explained. */
function writeError(target: string): unknown {
  try {
    fs.writeFileSync(target, 'x');
  } catch (error) {
    return error;
  }
  throw new Error(`${target} was written`);
}

describe('saveFailureMessage', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-save-'));

  it("explains a folder that has gone (a USB stick pulled out), naming the file, without Node's English", () => {
    const target = path.join(folder, '已拔出的U盘', '公示.pdf');
    const error = writeError(target);
    const message = saveFailureMessage(error, target);
    expect(message).toBe(
      `文件保存失败：所选文件夹不存在或已被移除（U 盘是否已拔出？），请重新选择位置。文件：${target}`,
    );
    expect(message).not.toContain((error as Error).message);
  });

  it('explains a name that is a folder', () => {
    const target = path.join(folder, '报表.xlsx');
    fs.mkdirSync(target);
    expect(saveFailureMessage(writeError(target), target)).toContain('所选名称是一个文件夹，请换一个文件名');
  });

  it.each([
    ['EACCES', '没有权限写入这个位置'],
    ['EPERM', '正被其他程序（例如 Excel、WPS）打开'],
    ['EBUSY', '文件正被其他程序（例如 Excel、WPS）打开'],
    ['ENOSPC', '磁盘空间不足'],
    ['EROFS', '这个位置是只读的'],
    ['ENAMETOOLONG', '文件路径太长'],
  ])('explains %s', (code, words) => {
    const error = Object.assign(new Error(`${code}: operation failed, open 'x'`), { code });
    const message = saveFailureMessage(error, 'D:\\报表\\x.xlsx');
    expect(message).toContain(words);
    expect(message).not.toContain('operation failed');
  });

  it('gives an unknown failure the code support needs, still in Chinese', () => {
    const error = Object.assign(new Error('i/o timeout'), { code: 'ETIMEDOUT' });
    expect(saveFailureMessage(error, '/x.pdf')).toBe(
      '文件保存失败：写入文件时出错，请换一个位置重试（错误代码：ETIMEDOUT）。文件：/x.pdf',
    );
    expect(saveFailureMessage('boom', '/x.pdf')).toContain('（错误代码：未知）');
  });
});
