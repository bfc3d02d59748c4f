// The fund's reports as xlsx, read back with ExcelJS (and one through LibreOffice): the 明细账 through its
// channel over posted lines (opening balance, running balance 借/贷/平, 本月合计 / 本年累计, red reversal
// lines negative), and the statements' builders on hand-written report data in the office's conventions.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildDesignationXlsx,
  buildDonationIncomeXlsx,
  buildTrialBalanceXlsx,
} from '../../../../electron/backend/fund/documents/fund-reports.xlsx';
import type { FundHeading, TrialBalanceData } from '../../../../electron/backend/fund/documents/report-types';
import { fingerprint, makeTempDir, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { accountId, saveFundSettings, voucherWriter } from '../../../fixtures/fund-exports';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../../fixtures/libreoffice';

const heading: FundHeading = { fundName: '官渡民生服务基金', hostName: '慈善协会', reportDate: '2026-01-05' };

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

function texts(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  const values = sheet.getRow(row).values as unknown[];
  const cells: unknown[] = [];
  for (let index = 1; index < values.length; index += 1) {
    const value = values[index] ?? '';
    cells.push(value !== null && typeof value === 'object' && 'result' in value ? value.result : value);
  }
  return cells;
}

describe('明细账 as xlsx through fund.ledgerXlsx', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.dispose());

  it('is refused before the fund settings are saved, and changes nothing', async () => {
    const before = fingerprint(backend.dbPath);
    const answer = await backend.send('fund.ledgerXlsx', {
      accountId: accountId(backend.db, '1002'),
      year: 2025,
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('基金设置');
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('prints the opening balance, each line with its running balance, month and year totals', async () => {
    saveFundSettings(backend.db, '2024-01-01');
    const write = voucherWriter(backend.db);
    write('2024-01-01', '期初余额', [
      { account: '1002', debitFen: 200_000_00 },
      { account: '3101', creditFen: 200_000_00 },
    ]);
    write('2025-01-10', '收到捐赠', [
      { account: '1002', debitFen: 5_000_00 },
      { account: '4101', creditFen: 5_000_00 },
    ]);
    const charge = write('2025-01-20', '银行手续费', [
      { account: '5401', debitFen: 12_50 },
      { account: '1002', creditFen: 12_50 },
    ]);
    write(
      '2025-02-03',
      '冲销：银行手续费',
      [
        { account: '5401', debitFen: -12_50 },
        { account: '1002', creditFen: -12_50 },
      ],
      { kind: 'reversal', reversesId: charge },
    );
    const file = await backend.call('fund.ledgerXlsx', {
      accountId: accountId(backend.db, '1002'),
      year: 2025,
    });
    expect(file.fileName).toBe('2025年度明细账（1002 银行存款）.xlsx');
    const sheet = await readBack(file.bytes);
    expect(sheet.getCell('A1').value).toBe('2025年度明细账（1002 银行存款）');
    expect(sheet.getCell('A2').value).toBe('编制单位：官渡民生服务基金（慈善协会）');
    expect(sheet.getCell('F2').value).toBe('单位：元');
    expect(texts(sheet, 3)).toEqual(['日期', '凭证号', '摘要', '借方', '贷方', '借或贷', '余额']);
    expect(texts(sheet, 4)).toEqual(['2025-01-01', '', '上年结转', '', '', '借', 200_000]);
    expect(texts(sheet, 5)).toEqual(['2025-01-10', '记-2025-01-0001', '收到捐赠', 5_000, '', '借', 205_000]);
    expect(texts(sheet, 6)).toEqual([
      '2025-01-20',
      '记-2025-01-0002',
      '银行手续费',
      '',
      12.5,
      '借',
      204_987.5,
    ]);
    expect(texts(sheet, 7)).toEqual(['2025-01-20', '', '本月合计', 5_000, 12.5, '借', 204_987.5]);
    expect(texts(sheet, 8)).toEqual(['2025-01-20', '', '本年累计', 5_000, 12.5, '借', 204_987.5]);
    expect(texts(sheet, 9)).toEqual([
      '2025-02-03',
      '记-2025-02-0001',
      '冲销：银行手续费',
      '',
      -12.5,
      '借',
      205_000,
    ]);
    expect(sheet.getCell('E9').font.color?.argb).toBe('FFFF0000');
    expect(texts(sheet, 10)).toEqual(['2025-02-03', '', '本月合计', '', -12.5, '借', 205_000]);
    expect(texts(sheet, 11)).toEqual(['2025-02-03', '', '本年累计', 5_000, '', '借', 205_000]);
    expect(sheet.getCell('G5').numFmt).toBe('#,##0.00');
    expect(String(sheet.getCell('A13').value)).toContain('单位负责人');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
  });

  it('refuses an unknown account naming the field', async () => {
    saveFundSettings(backend.db);
    const answer = await backend.send('fund.ledgerXlsx', { accountId: 99_999, year: 2025 });
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'not_found', field: 'accountId' });
  });
});

const trialBalance: TrialBalanceData = {
  year: 2025,
  fromMonth: 1,
  toMonth: 12,
  rows: [
    {
      code: '1002',
      name: '银行存款',
      level: 1,
      openingDebitFen: 200_000_00,
      openingCreditFen: 0,
      periodDebitFen: 5_000_00,
      periodCreditFen: 12_50,
      closingDebitFen: 204_987_50,
      closingCreditFen: 0,
    },
    {
      code: '3101',
      name: '非限定性净资产',
      level: 1,
      openingDebitFen: 0,
      openingCreditFen: 200_000_00,
      periodDebitFen: 12_50,
      periodCreditFen: 5_000_00,
      closingDebitFen: 0,
      closingCreditFen: 204_987_50,
    },
  ],
  totals: {
    openingDebitFen: 200_000_00,
    openingCreditFen: 200_000_00,
    periodDebitFen: 5_012_50,
    periodCreditFen: 5_012_50,
    closingDebitFen: 204_987_50,
    closingCreditFen: 204_987_50,
  },
  balanced: true,
};

describe('the statements as xlsx', () => {
  it('科目余额表: title, 编制单位, two-level header, amounts in yuan, 合计, signature line, print setup', async () => {
    const sheet = await readBack(await buildTrialBalanceXlsx(heading, trialBalance));
    expect(sheet.getCell('A1').value).toBe('2025年度科目余额表');
    expect(sheet.getCell('A2').value).toBe('编制单位：官渡民生服务基金（慈善协会）');
    expect(texts(sheet, 3).slice(0, 4)).toEqual(['科目编码', '科目名称', '期初余额', '期初余额']);
    expect(texts(sheet, 4).slice(2)).toEqual(['借方', '贷方', '借方', '贷方', '借方', '贷方']);
    expect(texts(sheet, 5)).toEqual(
      ['1002', '银行存款', 200_000, null, 5_000, 12.5, 204_987.5, null].map((v) => v ?? 0),
    );
    expect(texts(sheet, 7)).toEqual(['合计', '', 200_000, 200_000, 5_012.5, 5_012.5, 204_987.5, 204_987.5]);
    expect(sheet.getCell('C5').numFmt).toBe('#,##0.00');
    expect(String(sheet.getCell('A9').value)).toBe('单位负责人：');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, xSplit: 2 });
    expect(sheet.pageSetup.printTitlesRow).toBe('1:4');
  });

  it('捐赠收入明细: a SUM 合计 whose figures survive LibreOffice, and the restricted / unrestricted split', async () => {
    const bytes = await buildDonationIncomeXlsx(heading, {
      year: 2025,
      fromMonth: 1,
      toMonth: 12,
      rows: [
        {
          date: '2025-01-10',
          number: '记-2025-01-0001',
          donorName: '张三',
          publishedName: '爱心人士',
          channel: 'bank_transfer',
          designationName: '世纪城社区',
          amountFen: 5_000_00,
          receipt: '00012345',
        },
        {
          date: '2025-03-02',
          number: '记-2025-03-0004',
          donorName: '锦江区某公司',
          publishedName: '锦江区某公司',
          channel: 'in_kind',
          designationName: '非限定性',
          amountFen: 1_234_56,
          receipt: '待开票',
        },
      ],
      restrictedFen: 5_000_00,
      unrestrictedFen: 1_234_56,
      totalFen: 6_234_56,
    });
    const sheet = await readBack(bytes);
    expect(texts(sheet, 4)).toEqual([
      1,
      '2025-01-10',
      '记-2025-01-0001',
      '张三',
      '爱心人士',
      '银行转账',
      '世纪城社区',
      5_000,
      '00012345',
    ]);
    expect(sheet.getCell('H6').value).toEqual({ formula: 'SUM(H4:H5)', result: 6_234.56 });
    const dir = makeTempDir('fund-xlsx-');
    const file = path.join(dir, 'donations.xlsx');
    fs.writeFileSync(file, bytes);
    convertWithLibreOffice([file], csvFormat, dir);
    const csv = fs.readdirSync(dir).find((entry) => entry.endsWith('.csv'))!;
    const rows = parseCsv(fs.readFileSync(path.join(dir, csv), 'utf8'));
    expect(rows[0]![0]).toBe('2025年度捐赠收入明细表');
    expect(rows[5]!.slice(0, 1).concat(rows[5]!.slice(7, 8))).toEqual(['合计（2 笔）', '6,234.56']);
    expect(rows[6]![7]).toBe('5,000.00');
    expect(rows[7]![7]).toBe('1,234.56');
  });

  it('限定用途余额表: one row per designation with its restriction, and the totals', async () => {
    const amounts = {
      openingAvailableFen: 50_000_00,
      receivedFen: 5_000_00,
      usedFen: 3_000_00,
      releasedFen: 3_000_00,
      liftedFen: 0,
      closingAvailableFen: 52_000_00,
    };
    const sheet = await readBack(
      await buildDesignationXlsx(heading, {
        year: 2025,
        rows: [
          {
            name: '世纪城社区',
            purpose: '社区养老服务',
            restrictionKind: 'time',
            usableFrom: '2025-03-01',
            lifted: false,
            ...amounts,
          },
        ],
        totals: amounts,
      }),
    );
    expect(texts(sheet, 4)).toEqual([
      1,
      '世纪城社区',
      '社区养老服务',
      '时间限定（2025-03-01起可用）',
      50_000,
      5_000,
      3_000,
      3_000,
      0,
      52_000,
      '',
    ]);
    expect(texts(sheet, 5)[0]).toBe('合计');
    expect(texts(sheet, 5)[9]).toBe(52_000);
  });
});

describe('the statements through their channels', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    saveFundSettings(backend.db, '2025-01-01');
    const write = voucherWriter(backend.db);
    write('2025-01-01', '期初余额', [
      { account: '1002', debitFen: 200_000_00 },
      { account: '3101', creditFen: 200_000_00 },
    ]);
    write('2025-02-10', '收到捐赠', [
      { account: '1002', debitFen: 3_000_00 },
      { account: '4101', creditFen: 3_000_00 },
    ]);
  });
  afterEach(() => backend.dispose());

  it('科目余额表 prints the figures fund.trialBalance answers', async () => {
    const report = await backend.call('fund.trialBalance', { year: 2025, fromMonth: 1, toMonth: 12 });
    const file = await backend.as('approver').call('fund.trialBalanceXlsx', { year: 2025 });
    expect(file.fileName).toBe('2025年度科目余额表.xlsx');
    const sheet = await readBack(file.bytes);
    const bank = report.rows.find((row) => row.code === '1002')!;
    const printed = Array.from({ length: sheet.rowCount }, (_, index) => texts(sheet, index + 1)).find(
      (row) => row[0] === '1002',
    )!;
    expect(printed.slice(2)).toEqual([
      bank.openingDebitFen / 100,
      bank.openingCreditFen / 100,
      bank.periodDebitFen / 100,
      bank.periodCreditFen / 100,
      bank.closingDebitFen / 100,
      bank.closingCreditFen / 100,
    ]);
    expect(printed[4]).toBe(203_000);
  });

  it('every statement answers a workbook named after it', async () => {
    const names = [
      (await backend.call('fund.designationXlsx', { year: 2025 })).fileName,
      (await backend.call('fund.donationIncomeXlsx', { year: 2025, fromMonth: 1, toMonth: 12 })).fileName,
      (await backend.call('fund.activityXlsx', { year: 2025 })).fileName,
      (await backend.call('fund.balanceSheetXlsx', { year: 2025, month: 12 })).fileName,
    ];
    expect(names).toEqual([
      '2025年度限定用途余额表.xlsx',
      '2025年度捐赠收入明细表.xlsx',
      '2025年度业务活动表.xlsx',
      '2025年12月资产负债表.xlsx',
    ]);
    const sheet = await readBack((await backend.call('fund.activityXlsx', { year: 2025 })).bytes);
    const donations = Array.from({ length: sheet.rowCount }, (_, index) => texts(sheet, index + 1)).find(
      (row) => String(row[0]).includes('捐赠收入'),
    )!;
    expect(donations.slice(2)).toEqual([3_000, 0, 3_000]);
  });
});
