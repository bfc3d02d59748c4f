import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../fixtures/libreoffice';
import { formatYuan } from '../../../shared/domain/money';
import { buildAnnualReport } from '../../../electron/backend/funding/documents/annual-report.xlsx';
import {
  adjustmentReason,
  draftRemark,
  fixtureCommunities,
  servicesFen,
  countsOf,
  fenOf,
  columnTotals,
  data,
  totalRow,
  dir,
  reportPath,
  workbook,
  summary,
  detail,
} from './annual-report-data';

describe('annual report workbook', () => {
  it('has the summary sheet first, the detail second, the purchased services third, and names itself in its metadata', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '核定及拨付情况表',
      '核定明细',
      '政府购买服务执行情况',
    ]);
    expect(workbook.creator).toBe('街道社区经费台账');
    expect(workbook.title).toBe('2026年度社区工作经费核定及拨付情况表');
  });

  it('titles the report across the table, bold and large, and marks a draft', async () => {
    const title = summary.getCell('A1');
    expect(title.value).toBe('2026年度社区工作经费核定及拨付情况表（草稿，未审批）');
    expect(summary.getCell('N1').master.address).toBe('A1');
    expect(title.font.bold).toBe(true);
    expect(title.font.size).toBeGreaterThanOrEqual(16);
    const approved = new ExcelJS.Workbook();
    await approved.xlsx.load((await buildAnnualReport({ ...data, status: 'approved' })) as never);
    expect(approved.worksheets[0]!.getCell('A1').value).toBe('2026年度社区工作经费核定及拨付情况表');
  });

  it('names the office, the year and the unit, and spans 院落户数 over the three courtyard types', () => {
    const line = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
      .map((c) => summary.getCell(2, c).value)
      .join('|');
    expect(line).toContain('填报单位：昆明市官渡区关上街道办事处');
    expect(line).toContain('年度：2026');
    expect(line).toContain('单位：元');
    const headers = (row: number) =>
      [...Array(14).keys()].map((i) => summary.getCell(row, i + 1).master.value);
    expect(headers(3)).toEqual([
      '序号',
      '社区',
      '总户数',
      '院落户数',
      '院落户数',
      '院落户数',
      '基本办公经费',
      '党建工作经费',
      '公共服务经费',
      '应拨合计',
      '已拨付',
      '未拨付',
      '执行率',
      '备注',
    ]);
    expect(headers(4).slice(3, 6)).toEqual(['自治院落', '公共单位院落', '物管院落']);
    expect(summary.getCell('A4').master.address).toBe('A3');
  });

  it('writes every community figure as yuan, exactly fen / 100, in its number format', () => {
    data.rows.forEach((row, index) => {
      const r = 5 + index;
      expect(summary.getCell(r, 1).value).toBe(index + 1);
      expect(summary.getCell(r, 2).value).toBe(row.communityName);
      countsOf(row).forEach((count, i) => {
        expect(summary.getCell(r, 3 + i).value).toBe(count);
        expect(summary.getCell(r, 3 + i).numFmt).toBe('#,##0');
      });
      fenOf(row).forEach((fen, i) => {
        expect(summary.getCell(r, 7 + i).value).toBe(fen / 100);
        expect(summary.getCell(r, 7 + i).numFmt).toBe('#,##0.00');
      });
      expect(summary.getCell(r, 13).value).toBe(row.executionRate);
      expect(summary.getCell(r, 13).numFmt).toBe('0.00%');
      expect(summary.getCell(r, 14).value ?? '').toBe(row.remark);
    });
    expect(summary.getCell(8, 14).value).toBe(draftRemark);
    expect(summary.getCell(8, 14).alignment.wrapText).toBe(true);
  });

  it('totals every figure column with a SUM formula that carries the fen sum as its result', () => {
    expect(summary.getCell(totalRow, 1).value).toBe('合计');
    expect(summary.getCell(totalRow, 1).alignment.horizontal).toBe('center');
    const counts = columnTotals(data.rows, countsOf);
    const fen = columnTotals(data.rows, fenOf);
    [...counts, ...fen.map((total) => total / 100)].forEach((result, i) => {
      const letter = String.fromCharCode(67 + i); // C..L
      expect(summary.getCell(totalRow, 3 + i).value).toEqual({
        formula: `SUM(${letter}5:${letter}11)`,
        result,
      });
    });
    const allocated = fen[3]!;
    const disbursed = fen[4]!;
    expect(summary.getCell(totalRow, 13).value).toEqual({
      formula: 'IF(J12=0,"",K12/J12)',
      result: disbursed / allocated,
    });
    expect(summary.getCell(totalRow, 13).numFmt).toBe('0.00%');
    expect(summary.getCell(totalRow, 10).numFmt).toBe('#,##0.00');
  });

  it('draws thin borders round the table and ends with the signature line and the report date', () => {
    expect(summary.getCell('A3').border.top?.style).toBe('thin');
    expect(summary.getCell(totalRow, 14).border.bottom?.style).toBe('thin');
    const signature = [...Array(14).keys()]
      .map((i) => summary.getCell(totalRow + 2, i + 1).value ?? '')
      .join('');
    expect(signature).toMatch(/^单位负责人：.*财务负责人：.*填表人：.*填表日期：2026年3月5日$/);
  });

  it('prints on A4 landscape one page wide, repeats the header rows, and freezes below the header right of 社区', () => {
    for (const sheet of [summary, detail]) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:4',
      });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    }
    expect(summary.views[0]).toMatchObject({ xSplit: 2, topLeftCell: 'C5' });
  });

  it('details every line with its breakdown, override reason, each adjustment, allocation and disbursement', () => {
    expect(detail.getCell('A1').value).toBe('2026年度社区工作经费核定明细（草稿，未审批）');
    // 3 lines per community, the adjusted line of 螺蛳湾国际商贸城 has one adjustment (one row).
    const row = 5 + 2 * 3 + 2;
    expect(detail.getCell(row - 2, 1).value).toBe('螺蛳湾国际商贸城');
    const adjusted = fixtureCommunities[2]!;
    expect([...Array(11).keys()].map((i) => detail.getCell(row, i + 1).value)).toEqual([
      '螺蛳湾国际商贸城',
      '公共服务经费',
      servicesFen(adjusted.households) / 100,
      servicesFen(adjusted.households) / 100,
      expect.stringContaining('物管院落 11020 户 × 30 元'),
      '',
      '2026-06-30',
      12_000,
      adjustmentReason,
      (servicesFen(adjusted.households) + 1_200_000) / 100,
      (adjusted.disbursedFen - adjusted.basicFen) / 100,
    ]);
    const manual = 5 + 3 * 3;
    expect(detail.getCell(manual, 3).value).toBe('—');
    expect(detail.getCell(manual, 6).value).toBe('经街道党工委会议研究，参照 10,000 户标准的 60% 核定');
    expect(detail.getCell(row, 8).numFmt).toBe('#,##0.00');
  });

  it('opens in LibreOffice, which recalculates the totals to the fen sums and keeps the Chinese text', async () => {
    // A copy whose cached totals are wrong shows whether LibreOffice really recalculated.
    const tampered = new ExcelJS.Workbook();
    await tampered.xlsx.readFile(reportPath);
    const sheet = tampered.worksheets[0]!;
    for (let column = 3; column <= 12; column += 1) {
      const cell = sheet.getCell(totalRow, column);
      cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 1 };
    }
    const tamperedPath = path.join(dir, 'tampered.xlsx');
    await tampered.xlsx.writeFile(tamperedPath);
    const out = path.join(dir, 'csv');
    convertWithLibreOffice([reportPath, tamperedPath], csvFormat, out);

    const counts = columnTotals(data.rows, countsOf).map((n) => n.toLocaleString('en-US'));
    const fen = columnTotals(data.rows, fenOf);
    const rate = `${((fen[4]! / fen[3]!) * 100).toFixed(2)}%`;
    const expectedTotal = ['合计', '', ...counts, ...fen.map(formatYuan), rate, ''];
    for (const name of ['annual-report', 'tampered']) {
      const rows = parseCsv(fs.readFileSync(path.join(out, `${name}-核定及拨付情况表.csv`), 'utf8'));
      expect(rows[totalRow - 1]).toEqual(expectedTotal);
    }
    const rows = parseCsv(fs.readFileSync(path.join(out, 'annual-report-核定及拨付情况表.csv'), 'utf8'));
    expect(rows[0]![0]).toBe('2026年度社区工作经费核定及拨付情况表（草稿，未审批）');
    expect(rows[1]![0]).toBe('填报单位：昆明市官渡区关上街道办事处');
    data.rows.forEach((row, index) => {
      expect(rows[4 + index]!.slice(1, 12)).toEqual([
        row.communityName,
        ...countsOf(row).map((n) => n.toLocaleString('en-US')),
        ...fenOf(row).map(formatYuan),
      ]);
    });
    expect(rows[totalRow + 1]!.join('')).toContain('填表日期：2026年3月5日');
    const details = fs.readFileSync(path.join(out, 'annual-report-核定明细.csv'), 'utf8');
    for (const name of ['世纪城', '新亚洲体育城', '螺蛳湾国际商贸城', '凤凰山', adjustmentReason]) {
      expect(details).toContain(name);
    }
  }, 120_000);
});
