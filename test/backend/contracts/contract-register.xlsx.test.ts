// 政府购买服务合同台账 built from hand-written contracts and read back with ExcelJS and LibreOffice: one row
// per contract in the office's report conventions, the 合计 row of SUM formulas whose cached results are the
// fen sums, and the figures surviving a real client's recalculation.
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../../shared/domain/money';
import {
  buildContractRegister,
  registerFirstDataRow,
} from '../../../electron/backend/contracts/documents/contract-register.xlsx';
import type { ContractDetail } from '../../../shared/features/contracts/contract';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../fixtures/libreoffice';
import { validUscc } from '../../fixtures/contracts';
import { contractDetail, office, saved } from './document-data';

const first = contractDetail();
const second = contractDetail({
  id: 5,
  contractNo: '购〔2026〕2号',
  state: 'terminated',
  community: { id: 2, name: '新亚洲体育城' },
  provider: {
    id: 4,
    name: '锦江区彩虹青少年服务社',
    kind: 'social_organisation',
    uscc: validUscc(2),
    status: 'active',
  },
  evaluations: [],
  totals: {
    priceFen: 55_555_55,
    committedFen: 30_000_01,
    paidFen: 12_345_67,
    pendingFen: 0,
    remainingFen: 17_654_34,
  },
});
second.terms = {
  ...second.terms,
  title: '青少年课后托管服务',
  priceFen: 55_555_55,
  procurementMethod: 'inquiry',
};
const contracts: ContractDetail[] = [first, second];
const totalRow = registerFirstDataRow + contracts.length;

let file = '';
let sheet: ExcelJS.Worksheet;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  const bytes = await buildContractRegister({ office, year: 2026, reportDate: '2026-09-01', contracts });
  file = saved(bytes, 'register.xlsx');
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  sheet = workbook.worksheets[0]!;
});

function rowTexts(row: number): string[] {
  return Array.from({ length: 13 }, (_, i) => sheet.getCell(row, i + 1).text);
}

describe('the contract register', () => {
  it('is titled for its year, names the office, the year and the unit, and carries its metadata', () => {
    expect(workbook.title).toBe('2026年度政府购买服务合同台账');
    expect(sheet.name).toBe('合同台账');
    expect(sheet.getCell('A1').value).toBe('2026年度政府购买服务合同台账');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    const info = [...new Set(rowTexts(2))].join('');
    expect(info).toBe('填报单位：锦江区春熙路街道办事处年度：2026单位：元');
    expect(sheet.getCell('A2').font.name).toBe('宋体');
  });

  it('has the columns the register is kept with', () => {
    expect(rowTexts(3)).toEqual([
      '序号',
      '合同编号',
      '合同名称',
      '承接主体',
      '统一社会信用代码',
      '实施社区',
      '购买方式',
      '服务期限',
      '合同价款',
      '已付款',
      '未付款',
      '状态',
      '最近评价',
    ]);
  });

  it('writes one row per contract with its figures as yuan in the money format', () => {
    const row = registerFirstDataRow;
    expect(sheet.getRow(row).values).toEqual([
      undefined,
      1,
      '购〔2026〕1号',
      '2026 年度社区老年人助餐与探访服务项目',
      '成都市锦江区乐仁社会工作服务中心',
      validUscc(1),
      '世纪城',
      '竞争性磋商',
      '2026-04-01至2026-12-31',
      120_000,
      36_000,
      84_000,
      '履行中',
      '良（86.5分）',
    ]);
    expect(sheet.getCell(row + 1, 9).value).toBe(555_55.55);
    expect(sheet.getCell(row + 1, 10).value).toBe(12_345.67);
    expect(sheet.getCell(row + 1, 11).value).toBe(17_654.34);
    expect(sheet.getCell(row + 1, 12).value).toBe('已终止');
    expect(sheet.getCell(row + 1, 13).value).toBe('');
    for (let column = 9; column <= 11; column += 1)
      expect(sheet.getCell(row, column).numFmt).toBe('#,##0.00');
  });

  it('totals the money columns with SUM formulas that carry the fen sums', () => {
    expect(sheet.getCell(totalRow, 1).value).toBe('合计（2 份）');
    const expected = [120_000_00 + 55_555_55, 36_000_00 + 12_345_67, 84_000_00 + 17_654_34];
    expected.forEach((fen, i) => {
      const letter = String.fromCharCode(73 + i); // I..K
      expect(sheet.getCell(totalRow, 9 + i).value).toEqual({
        formula: `SUM(${letter}4:${letter}5)`,
        result: fen / 100,
      });
    });
    expect(sheet.getCell(totalRow, 9).font.bold).toBe(true);
  });

  it('draws borders, ends with the signature line and date, prints A4 landscape with a frozen header', () => {
    expect(sheet.getCell('A3').border.top?.style).toBe('thin');
    expect(sheet.getCell(totalRow, 13).border.bottom?.style).toBe('thin');
    const signature = [...new Set(rowTexts(totalRow + 2))].join('');
    expect(signature).toMatch(/^单位负责人：.*财务负责人：.*填表人：.*填表日期：2026年9月1日$/u);
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: '1:3',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 3, topLeftCell: 'D4' });
  });

  it('keeps well-formed totals for a year without contracts', async () => {
    const empty = saved(
      await buildContractRegister({ office, year: 2027, reportDate: '2027-01-05', contracts: [] }),
      'empty.xlsx',
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(empty);
    const emptySheet = read.worksheets[0]!;
    expect(emptySheet.getCell(4, 3).value).toBe('（本年度无合同）');
    expect(emptySheet.getCell(5, 1).value).toBe('合计（0 份）');
    // ExcelJS reads a cached 0 back as no result: the formula is what matters here.
    expect((emptySheet.getCell(5, 9).value as ExcelJS.CellFormulaValue).formula).toBe('SUM(I4:I4)');
  });

  it('opens in LibreOffice, which recalculates the totals to the fen sums and keeps the Chinese text', async () => {
    // A copy with wrong cached totals shows that LibreOffice really recalculated.
    const tampered = new ExcelJS.Workbook();
    await tampered.xlsx.readFile(file);
    for (let column = 9; column <= 11; column += 1) {
      const cell = tampered.worksheets[0]!.getCell(totalRow, column);
      cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result: 1 };
    }
    const tamperedPath = path.join(path.dirname(file), 'tampered.xlsx');
    await tampered.xlsx.writeFile(tamperedPath);
    const out = path.join(path.dirname(file), 'csv');
    convertWithLibreOffice([file, tamperedPath], csvFormat, out);
    const csvOf = (name: string) => {
      const csv = fs.readdirSync(out).find((entry) => entry.startsWith(name))!;
      return parseCsv(fs.readFileSync(path.join(out, csv), 'utf8'));
    };
    const totals = ['175,555.55', '48,345.67', '101,654.34'];
    for (const name of ['register', 'tampered'])
      expect(csvOf(name)[totalRow - 1]!.slice(8, 11)).toEqual(totals);
    const rows = csvOf('register');
    expect(rows[0]![0]).toBe('2026年度政府购买服务合同台账');
    expect(rows[3]!.slice(1, 4)).toEqual([
      '购〔2026〕1号',
      '2026 年度社区老年人助餐与探访服务项目',
      '成都市锦江区乐仁社会工作服务中心',
    ]);
    expect(rows[4]!.slice(8, 13)).toEqual([formatYuan(55_555_55), '12,345.67', '17,654.34', '已终止', '']);
  }, 120_000);
});
