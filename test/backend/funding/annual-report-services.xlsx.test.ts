// The annual report's third sheet, 政府购买服务执行情况: each community's purchased-services allocation, what
// its contracts commit and have been paid, the balance and the contract count, totalled with SUM formulas
// whose cached results are the integer sums, and recalculated to the same figures by LibreOffice.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatYuan, sumFen } from '../../../shared/domain/money';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../fixtures/libreoffice';
import { data, dir, reportPath, services, unapprovedCommunity } from './annual-report-data';

const rows = data.purchasedServices;
const first = 4;
const total = first + rows.length;
const figures = (row: (typeof rows)[number]) => [
  row.allocatedFen,
  row.committedFen,
  row.paidFen,
  row.remainingFen,
];
const fenTotals = [0, 1, 2, 3].map((i) => sumFen(rows.map((row) => figures(row)[i] ?? 0)));
const contracts = sumFen(rows.map((row) => row.contracts));

describe('the annual report sheet 政府购买服务执行情况', () => {
  it('is titled for the year and names the office, the year and the unit', () => {
    expect(services.getCell('A1').value).toBe('2026年度政府购买服务执行情况');
    expect(services.getCell('A1').font.bold).toBe(true);
    expect(services.getCell('A2').value).toBe('填报单位：昆明市官渡区关上街道办事处');
    expect(services.getCell('E2').value).toBe('单位：元');
  });

  it('has the columns 社区, 政府购买服务经费, 合同占用, 已付款, 结余 and 合同数', () => {
    expect([1, 2, 3, 4, 5, 6].map((column) => services.getCell(3, column).value)).toEqual([
      '社区',
      '政府购买服务经费',
      '合同占用',
      '已付款',
      '结余',
      '合同数',
    ]);
  });

  it('writes each community as yuan, exactly fen / 100, in the money format', () => {
    rows.forEach((row, index) => {
      const sheetRow = first + index;
      expect(services.getCell(sheetRow, 1).value).toBe(row.communityName);
      figures(row).forEach((fen, i) => {
        expect(services.getCell(sheetRow, 2 + i).value).toBe(fen === null ? null : fen / 100);
        expect(services.getCell(sheetRow, 2 + i).numFmt).toBe('#,##0.00');
      });
      expect(services.getCell(sheetRow, 6).value).toBe(row.contracts);
    });
    // 螺蛳湾 commits more than its allocation: the balance goes negative rather than hiding it.
    const over = rows.findIndex((row) => row.communityName === '螺蛳湾国际商贸城');
    expect(services.getCell(first + over, 5).value).toBeLessThan(0);
  });

  it('leaves the allocation and the balance blank for a community whose year is not approved', () => {
    const index = rows.findIndex((row) => row.communityName === unapprovedCommunity);
    expect(services.getCell(first + index, 2).value).toBeNull();
    expect(services.getCell(first + index, 5).value).toBeNull();
    expect(services.getCell(first + index, 3).value).toBe(20_000.01);
  });

  it('totals every figure with a SUM formula carrying the integer sum as its result', () => {
    expect(services.getCell(total, 1).value).toBe('合计');
    fenTotals.forEach((fen, i) => {
      const letter = String.fromCharCode(66 + i); // B..E
      expect(services.getCell(total, 2 + i).value).toEqual({
        formula: `SUM(${letter}${first}:${letter}${total - 1})`,
        result: fen / 100,
      });
    });
    expect(services.getCell(total, 6).value).toEqual({
      formula: `SUM(F${first}:F${total - 1})`,
      result: contracts,
    });
    expect(services.getCell(total, 1).alignment.horizontal).toBe('center');
    expect(services.getCell(total, 2).font.bold).toBe(true);
  });

  it('is bordered, signed, A4 landscape with a frozen header', () => {
    expect(services.getCell('A3').border.top?.style).toBe('thin');
    expect(services.getCell(total, 6).border.bottom?.style).toBe('thin');
    const signature = [...new Set([1, 2, 3, 4, 5, 6].map((c) => services.getCell(total + 2, c).text))].join(
      '',
    );
    expect(signature).toMatch(/^单位负责人：.*填表日期：2026年3月5日$/u);
    expect(services.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(services.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 1 });
  });

  it('recalculates in LibreOffice to the same totals', () => {
    const out = path.join(dir, 'services-csv');
    convertWithLibreOffice([reportPath], csvFormat, out);
    const csv = parseCsv(fs.readFileSync(path.join(out, 'annual-report-政府购买服务执行情况.csv'), 'utf8'));
    expect(csv[total - 1]).toEqual(['合计', ...fenTotals.map(formatYuan), String(contracts)]);
    expect(csv[first - 1]!.slice(0, 2)).toEqual([rows[0]!.communityName, formatYuan(rows[0]!.allocatedFen!)]);
  }, 120_000);
});
