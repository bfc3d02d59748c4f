// The funding documents produced through the channels, checked against what the database holds.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  summaryFirstDataRow,
  summarySheetName,
} from '../../../electron/backend/funding/documents/annual-report-summary-sheet';
import type { FundingYear } from '../../../shared/features/funding/contract';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds, officeSettingsInput } from '../../fixtures/builders';

const yuan = (value: number) => value * 100;
let backend: TestBackend;
let fundingYear: FundingYear;

beforeAll(async () => {
  backend = await openTestBackend();
  await backend.as('administrator').call('office.update', officeSettingsInput());
  const century = await communityWithHouseholds(
    backend,
    '世纪城',
    { self_governed: 2_300, public_unit: 420, property_managed: 26_050 },
    { year: 2025 },
  );
  const phoenix = await communityWithHouseholds(
    backend,
    '凤凰山',
    { self_governed: 3_100, public_unit: 260, property_managed: 8_900 },
    { year: 2025 },
  );
  await backend.call('funding.compute', { year: 2025 });
  for (const community of [century, phoenix]) {
    await backend.call('funding.setPartyBuilding', {
      year: 2025,
      communityId: community.id,
      amountFen: yuan(20_000),
      organisations: '社区党委',
    });
  }
  await backend.as('approver').call('funding.approve', { year: 2025 });
  const { row } = await backend.call('funding.community', { year: 2025, communityId: century.id });
  await backend.call('funding.disburse', {
    lineId: row.lines.basic_office!.id,
    date: '2026-03-15',
    amountFen: yuan(123_456) + 78,
    voucherNo: '记-001',
    note: '',
  });
  await backend.as('approver').call('funding.adjust', {
    lineId: row.lines.purchased_services!.id,
    amountFen: yuan(5_000),
    reason: '新增院落',
    date: '2026-03-15',
  });
  fundingYear = await backend.call('funding.year', { year: 2025 });
});
afterAll(() => backend.dispose());

function numberAt(sheet: ExcelJS.Worksheet, row: number, column: number): number {
  const value = sheet.getCell(row, column).value;
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value) return Number(value.result);
  throw new Error(`no number at row ${row}, column ${column}: ${JSON.stringify(value)}`);
}

describe('the annual report produced from the database', () => {
  it('carries every figure of every community as the database has it', async () => {
    const file = await backend.call('funding.annualReport', { year: 2025 });
    expect(file.fileName).toBe('2025年度社区工作经费核定及拨付情况表.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    const sheet = workbook.getWorksheet(summarySheetName)!;
    expect(String(sheet.getCell(2, 1).value)).toContain('关上街道办事处');
    fundingYear.rows.forEach((row, index) => {
      const r = summaryFirstDataRow + index;
      const lines = row.lines;
      expect(sheet.getCell(r, 2).value).toBe(row.communityName);
      expect([3, 4, 5, 6].map((c) => numberAt(sheet, r, c))).toEqual([
        row.totalHouseholds,
        row.householdsByType.self_governed,
        row.householdsByType.public_unit,
        row.householdsByType.property_managed,
      ]);
      const figures = [7, 8, 9, 10, 11, 12].map((c) => Math.round(numberAt(sheet, r, c) * 100));
      expect(figures).toEqual([
        lines.basic_office!.allocatedFen,
        lines.party_building!.allocatedFen,
        lines.purchased_services!.allocatedFen,
        row.allocatedFen,
        row.disbursedFen,
        row.remainingFen,
      ]);
    });
    const totalRow = summaryFirstDataRow + fundingYear.rows.length;
    expect(Math.round(numberAt(sheet, totalRow, 10) * 100)).toBe(fundingYear.totals.allocatedFen);
    expect(Math.round(numberAt(sheet, totalRow, 11) * 100)).toBe(fundingYear.totals.disbursedFen);
    const centuryRow =
      summaryFirstDataRow + fundingYear.rows.findIndex((row) => row.communityName === '世纪城');
    expect(String(sheet.getCell(centuryRow, 14).value)).toContain('公共服务经费调整+5,000.00元：新增院落');
  });

  it('refuses a year that was never computed, naming the year', async () => {
    const result = await backend.send('funding.annualReport', { year: 2030 });
    expect(!result.ok && result.error).toMatchObject({ field: 'year', message: '年度：2030 年尚未测算经费' });
  });
});

describe('the funding notice produced from the database', () => {
  it('prints one section per community with the amounts, the total in words and the computed posting period', async () => {
    const file = await backend.call('funding.notice', {
      year: 2025,
      startDate: '2026-09-28',
      workingDays: 5,
      issueDate: '2026-09-27',
    });
    const dir = fs.mkdtempSync(path.join(backend.dir, 'notice-'));
    const pdf = path.join(dir, 'notice.pdf');
    fs.writeFileSync(pdf, Buffer.from(file.bytes));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('关于世纪城社区2025年度');
    expect(text).toContain('关于凤凰山社区2025年度');
    expect(text).toContain('公示期：自2026年9月28日至2026年10月9日（5个工作日）');
    const phoenix = fundingYear.rows.find((row) => row.communityName === '凤凰山')!;
    expect(text).toContain('300,000.00');
    expect(phoenix.allocatedFen).toBe(yuan(300_000 + 20_000 + 3_100 * 50 + 260 * 20 + 8_900 * 30));
    expect(text).toContain('合计人民币（大写）：柒拾肆万柒仟贰佰元整');
    expect(text).toContain('监督电话：0871-60000001');
    const secondPage = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
    // Sections follow pinyin order: 凤凰山 (feng) on page 1, 世纪城 (shi) on page 2.
    expect(secondPage).toContain('关于世纪城社区2025年度');
  });

  it('refuses a notice while the office has no name to sign it with', async () => {
    const other = await openTestBackend();
    try {
      await communityWithHouseholds(other, '关上', {
        self_governed: 3_900,
        public_unit: 1_100,
        property_managed: 5_200,
      });
      await other.call('funding.compute', { year: 2026 });
      const { row } = await other.call('funding.community', { year: 2026, communityId: 1 });
      await other.call('funding.setPartyBuilding', {
        year: 2026,
        communityId: row.communityId,
        amountFen: 0,
        organisations: '社区党委',
      });
      const result = await other.send('funding.notice', {
        year: 2026,
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      expect(!result.ok && result.error.message).toContain('请先在“单位设置”中填写街道办事处名称');
    } finally {
      other.dispose();
    }
  });

  it('refuses a notice while an amount is still to be entered', async () => {
    const other = await openTestBackend();
    try {
      await communityWithHouseholds(other, '金马', {
        self_governed: 2_450,
        public_unit: 0,
        property_managed: 3_600,
      });
      await other.call('funding.compute', { year: 2026 });
      const result = await other.send('funding.notice', {
        year: 2026,
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      expect(!result.ok && result.error.message).toContain('金马 还有未确定金额的项目');
    } finally {
      other.dispose();
    }
  });
});
