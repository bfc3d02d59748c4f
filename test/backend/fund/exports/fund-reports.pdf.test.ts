// The fund's reports as PDFs for the print window, through their channels on a real SQLite file, read
// back with pdftotext: each names its title, 编制单位 and 单位：元, prints the screen report's totals in
// yuan and ends with the signature line; one page rendered by pdftoppm carries ink. 隐藏无余额科目 leaves
// the same rows out of the PDF and the xlsx as off the screen.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileOutput } from '../../../../shared/contract/files';
import { formatYuan } from '../../../../shared/domain/money';
import { ledgerPrintLimit } from '../../../../electron/backend/fund/documents/ledger.pdf';
import { fingerprint, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { accountId, saveFundSettings, voucherWriter } from '../../../fixtures/fund-exports';
import { poppler } from '../../../fixtures/poppler';

let backend: TestBackend;

function saved(file: FileOutput, name: string): string {
  const target = path.join(backend.dir, name);
  fs.writeFileSync(target, Buffer.from(file.bytes));
  return target;
}

/** The text as drawn, white space removed: CJK lines come out spaced otherwise. */
function pdfText(file: FileOutput, name: string): string {
  expect(file.mimeType).toBe('application/pdf');
  return poppler('pdftotext', ['-raw', saved(file, name), '-']).replace(/\s+/gu, '');
}

function expectFrame(text: string, title: string): void {
  expect(text).toContain(title);
  expect(text).toContain('编制单位：官渡民生服务基金（慈善协会）');
  expect(text).toContain('单位：元');
  expect(text).toMatch(/单位负责人：财务负责人：填表人：填表日期：\d{4}年\d{1,2}月\d{1,2}日/u);
  expect(text).toMatch(/第1页共\d+页/u);
}

beforeAll(async () => {
  backend = await openTestBackend();
  saveFundSettings(backend.db, '2024-01-01');
  const write = voucherWriter(backend.db);
  write('2024-01-01', '期初余额', [
    { account: '1002', debitFen: 200_000_00 },
    { account: '3101', creditFen: 200_000_00 },
  ]);
  write('2025-01-10', '收到捐赠', [
    { account: '1002', debitFen: 35_000_00 },
    { account: '4101', creditFen: 35_000_00 },
  ]);
  write('2025-02-20', '资助社区项目', [
    { account: '5101', debitFen: 12_345_67 },
    { account: '1002', creditFen: 12_345_67 },
  ]);
});
afterAll(() => {
  if (process.env.H4_KEEP) fs.cpSync(backend.dir, process.env.H4_KEEP, { recursive: true });
  backend.dispose();
});

describe('the fund statements as PDFs to print', () => {
  it('科目余额表: title, 编制单位, 单位：元, the screen totals in yuan, the signature line', async () => {
    const screen = await backend.call('fund.trialBalance', { year: 2025, fromMonth: 1, toMonth: 12 });
    const file = await backend.call('fund.trialBalancePdf', { year: 2025, fromMonth: 1, toMonth: 12 });
    expect(file.fileName).toBe('2025年度科目余额表.pdf');
    const text = pdfText(file, 'trial-balance.pdf');
    expectFrame(text, '2025年度科目余额表');
    expect(text).toContain('期间：2025年1月至12月');
    const { totals } = screen;
    const totalsRow = [
      totals.openingDebitFen,
      totals.openingCreditFen,
      totals.periodDebitFen,
      totals.periodCreditFen,
      totals.closingDebitFen,
      totals.closingCreditFen,
    ]
      .map(formatYuan)
      .join('');
    expect(totals.periodDebitFen).toBe(47_345_67);
    expect(text).toContain(`合计${totalsRow}`);
    expect(text).toContain('1002银行存款');
  });

  it('限定用途余额表, 捐赠收入明细, 业务活动表 and 资产负债表 each in the same frame', async () => {
    const designation = pdfText(await backend.call('fund.designationPdf', { year: 2025 }), 'd.pdf');
    expectFrame(designation, '2025年度限定用途余额表');
    expect(designation).toContain('合计');

    const donations = await backend.call('fund.donationIncome', { year: 2025, fromMonth: 1, toMonth: 12 });
    const income = pdfText(await backend.call('fund.donationIncomePdf', { year: 2025 }), 'i.pdf');
    expectFrame(income, '2025年度捐赠收入明细表');
    expect(income).toContain(`合计（${donations.rows.length}笔）${formatYuan(donations.totalFen)}`);

    const activity = await backend.call('fund.activityStatement', { year: 2025, toMonth: 12 });
    const activityText = pdfText(await backend.call('fund.activityPdf', { year: 2025 }), 'a.pdf');
    expectFrame(activityText, '2025年度业务活动表');
    const expense = activity.rows.find((row) => row.totalFen === 12_345_67);
    expect(expense, 'an activity row carries the grant').toBeDefined();
    expect(activityText).toContain(formatYuan(12_345_67));

    const sheet = await backend.call('fund.balanceSheet', { year: 2025, month: 12 });
    const sheetText = pdfText(await backend.call('fund.balanceSheetPdf', { year: 2025, month: 12 }), 'b.pdf');
    expectFrame(sheetText, '2025年12月资产负债表');
    const assetsTotal = sheet.assets.at(-1)!;
    expect(sheetText).toContain(formatYuan(assetsTotal.closingFen));
    expect(sheetText).toContain(formatYuan(222_654_33));
  });

  it('明细账: 上年结转, each line, 本月合计 and 本年累计 with the running balance', async () => {
    const file = await backend.call('fund.ledgerPdf', {
      accountId: accountId(backend.db, '1002'),
      year: 2025,
    });
    const text = pdfText(file, 'ledger.pdf');
    expectFrame(text, '2025年度明细账（1002银行存款）');
    expect(text).toContain(`上年结转借${formatYuan(200_000_00)}`);
    expect(text).toContain('资助社区项目');
    expect(text).toContain(
      `本年累计${formatYuan(35_000_00)}${formatYuan(12_345_67)}借${formatYuan(222_654_33)}`,
    );
  });

  it('renders page 1 of the 科目余额表 as an A4 landscape image with ink on it', async () => {
    const file = await backend.call('fund.trialBalancePdf', { year: 2025, fromMonth: 1, toMonth: 12 });
    const pdf = saved(file, 'tb-render.pdf');
    expect(poppler('pdfinfo', [pdf])).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/u);
    const prefix = pdf.replace(/\.pdf$/u, '');
    poppler('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    const pgm = fs.readFileSync(`${prefix}.pgm`);
    // A PGM's pixels follow its three header lines; a blank page is all 255.
    const pixels = pgm.subarray(pgm.length - Math.round((297 / 25.4) * 50) * Math.round((210 / 25.4) * 50));
    const dark = pixels.filter((value) => value < 128).length;
    expect(dark / pixels.length).toBeGreaterThan(0.01);
  });
});

describe('a table longer than a page', () => {
  it('repeats the two-level header on every page and numbers the pages 第 N 页 共 M 页', async () => {
    const file = await backend.call('fund.trialBalancePdf', { year: 2025 });
    const pages = poppler('pdftotext', ['-raw', saved(file, 'pages.pdf'), '-'])
      .split('\f')
      .filter((page) => page.trim() !== '')
      .map((page) => page.replace(/\s+/gu, ''));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('科目编码');
      expect(page).toContain('期初余额');
      expect(page).toContain(`第${index + 1}页共${pages.length}页`);
    });
    expect(pages.at(-1)).toContain('单位负责人：');
  });
});

describe('明细账 print cap', () => {
  it(`refuses a year of more than ${ledgerPrintLimit} lines, pointing to 导出Excel, and changes nothing`, async () => {
    const many = await openTestBackend();
    try {
      saveFundSettings(many.db, '2025-01-01');
      const write = voucherWriter(many.db);
      many.db.transaction(() => {
        for (let index = 0; index <= ledgerPrintLimit; index += 1) {
          write('2025-03-01', `零星捐赠${index}`, [
            { account: '1001', debitFen: 100 },
            { account: '4101', creditFen: 100 },
          ]);
        }
      })();
      const before = fingerprint(many.dbPath);
      const answer = await many.send('fund.ledgerPdf', { accountId: accountId(many.db, '1001'), year: 2025 });
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.message).toContain(`超过 ${ledgerPrintLimit} 笔`);
        expect(answer.error.message).toContain('导出Excel');
      }
      expect(fingerprint(many.dbPath)).toBe(before);
    } finally {
      many.dispose();
    }
  });
});

describe('隐藏无余额科目', () => {
  it('leaves the accounts with no balance and no movement out of the PDF and the xlsx, totals unchanged', async () => {
    const all = pdfText(await backend.call('fund.trialBalancePdf', { year: 2025 }), 'all.pdf');
    const shown = pdfText(
      await backend.call('fund.trialBalancePdf', { year: 2025, hideEmpty: true }),
      'h.pdf',
    );
    expect(all).toContain('1001现金');
    expect(shown).not.toContain('1001现金');
    for (const kept of ['1002银行存款', '3101非限定性净资产', '4101捐赠收入', '5101业务活动成本']) {
      expect(shown).toContain(kept);
    }
    const totals = (text: string) => text.slice(text.indexOf('合计'), text.indexOf('单位负责人'));
    expect(totals(shown)).toBe(totals(all));

    const xlsx = await backend.call('fund.trialBalanceXlsx', { year: 2025, hideEmpty: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as never);
    const codes: string[] = [];
    workbook.worksheets[0]!.getColumn(1).eachCell((cell) => codes.push(String(cell.value)));
    expect(codes).toContain('1002');
    expect(codes).not.toContain('1001');
  });

  it('is refused naming the field when it is not a yes or no, and the month range is checked', async () => {
    const answer = await backend.send('fund.trialBalancePdf', { year: 2025, hideEmpty: 'yes' } as never);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toContain('隐藏无余额科目');
    const range = await backend.send('fund.trialBalancePdf', { year: 2025, fromMonth: 5, toMonth: 2 });
    expect(range.ok).toBe(false);
    if (!range.ok) expect(range.error.message).toContain('截止月份：不能早于起始月份');
  });
});
