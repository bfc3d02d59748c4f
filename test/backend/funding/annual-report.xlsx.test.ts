import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../fixtures/libreoffice';
import { courtyardTypes } from '../../../shared/features/register/contract';
import { fundingCategories } from '../../../shared/features/funding/contract';
import { formatYuan, sumFen } from '../../../shared/domain/money';
import { buildAnnualReport } from '../../../electron/backend/funding/documents/annual-report.xlsx';
import type {
  AnnualReportData,
  AnnualReportDetail,
  AnnualReportRow,
} from '../../../electron/backend/funding/documents/document-data';

// ---- fixture: seven communities of a Kunming sub-district, amounts in fen ----

interface CommunityFixture {
  name: string;
  households: Record<'self_governed' | 'public_unit' | 'property_managed', number>;
  basicFen: number;
  partyFen: number;
  adjustmentFen?: number;
  disbursedFen: number;
  remark?: string;
}

const adjustmentReason = '新增物管院落 400 户（金源小区二期交付），追加公共服务经费';
const draftRemark =
  '草稿：总户数不足 10,000 户，基本办公经费按街道党工委会议纪要手工核定；党建工作经费待录入';
const fixtureCommunities: CommunityFixture[] = [
  {
    name: '世纪城',
    households: { self_governed: 3_100, public_unit: 1_210, property_managed: 30_900 },
    basicFen: 40_000_000,
    partyFen: 3_850_050,
    disbursedFen: 92_682_031,
  },
  {
    name: '新亚洲体育城',
    households: { self_governed: 1_480, public_unit: 0, property_managed: 22_675 },
    basicFen: 30_000_000,
    partyFen: 2_345_067,
    disbursedFen: 61_118_808,
  },
  {
    name: '螺蛳湾国际商贸城',
    households: { self_governed: 2_233, public_unit: 415, property_managed: 11_020 },
    basicFen: 30_000_000,
    partyFen: 1_980_000,
    adjustmentFen: 1_200_000,
    disbursedFen: 40_000_000,
    remark: '公共服务经费 2026-06-30 追加 12,000.00 元（新增物管院落 400 户）',
  },
  {
    name: '凤凰山',
    households: { self_governed: 4_012, public_unit: 1_306, property_managed: 3_377 },
    basicFen: 18_000_000,
    partyFen: 0,
    disbursedFen: 9_000_000,
    remark: draftRemark,
  },
  {
    name: '关上',
    households: { self_governed: 6_540, public_unit: 2_010, property_managed: 9_983 },
    basicFen: 30_000_000,
    partyFen: 2_765_433,
    disbursedFen: 45_321_099,
  },
  {
    name: '金马',
    households: { self_governed: 8_890, public_unit: 3_105, property_managed: 12_611 },
    basicFen: 30_000_000,
    partyFen: 3_120_089,
    disbursedFen: 0,
  },
  {
    name: '官南',
    households: { self_governed: 1_005, public_unit: 880, property_managed: 10_231 },
    basicFen: 30_000_000,
    partyFen: 1_507_700,
    disbursedFen: 52_890_417,
  },
];

const servicesFen = (h: CommunityFixture['households']) =>
  h.self_governed * 5_000 + h.public_unit * 2_000 + h.property_managed * 3_000;
const totalHouseholds = (c: CommunityFixture) => sumFen(Object.values(c.households));

function reportRow(c: CommunityFixture): AnnualReportRow {
  const amountsFen = {
    basic_office: c.basicFen,
    party_building: c.partyFen,
    purchased_services: servicesFen(c.households) + (c.adjustmentFen ?? 0),
  };
  const allocatedFen = sumFen(Object.values(amountsFen));
  return {
    communityName: c.name,
    totalHouseholds: totalHouseholds(c),
    householdsByType: { ...c.households },
    amountsFen,
    allocatedFen,
    disbursedFen: c.disbursedFen,
    remainingFen: allocatedFen - c.disbursedFen,
    executionRate: allocatedFen === 0 ? null : c.disbursedFen / allocatedFen,
    remark: c.remark ?? '',
  };
}

function reportDetail(c: CommunityFixture): AnnualReportDetail {
  const services = servicesFen(c.households);
  const manual = totalHouseholds(c) < 10_000;
  const basicDisbursed = Math.min(c.disbursedFen, c.basicFen);
  return {
    communityName: c.name,
    lines: [
      {
        category: 'basic_office',
        amountFen: c.basicFen,
        computedFen: manual ? null : c.basicFen,
        breakdown: `总户数 ${totalHouseholds(c)} 户${manual ? '，不足 10,000 户，标准未覆盖' : ''}`,
        overrideReason: manual ? '经街道党工委会议研究，参照 10,000 户标准的 60% 核定' : '',
        adjustments: [],
        allocatedFen: c.basicFen,
        disbursedFen: basicDisbursed,
      },
      {
        category: 'party_building',
        amountFen: c.partyFen,
        computedFen: null,
        breakdown: c.partyFen === 0 ? '待录入' : '社区党委 1 个、小区党支部按预算核定',
        overrideReason: '',
        adjustments: [],
        allocatedFen: c.partyFen,
        disbursedFen: 0,
      },
      {
        category: 'purchased_services',
        amountFen: services,
        computedFen: services,
        breakdown: `自治院落 ${c.households.self_governed} 户 × 50 元 + 公共单位院落 ${c.households.public_unit} 户 × 20 元 + 物管院落 ${c.households.property_managed} 户 × 30 元`,
        overrideReason: '',
        adjustments: c.adjustmentFen
          ? [{ date: '2026-06-30', amountFen: c.adjustmentFen, reason: adjustmentReason }]
          : [],
        allocatedFen: services + (c.adjustmentFen ?? 0),
        disbursedFen: c.disbursedFen - basicDisbursed,
      },
    ],
  };
}

function annualReportData(overrides: Partial<AnnualReportData> = {}): AnnualReportData {
  return {
    office: {
      officeName: '昆明市官渡区关上街道办事处',
      district: '官渡区',
      contactPerson: '张丽',
      contactPhone: '0871-67171234',
      supervisionPhone: '0871-67175678',
      updatedAt: null,
    },
    year: 2026,
    status: 'draft',
    reportDate: '2026-03-05',
    basis:
      '核定依据：按2020年起执行的经费标准，基本办公经费10,000—20,000户30万元。户数为当前登记户数（草稿）。',
    rows: fixtureCommunities.map(reportRow),
    details: fixtureCommunities.map(reportDetail),
    ...overrides,
  };
}

/** A row's figures in sheet order: households, then fen. */
const countsOf = (row: AnnualReportRow) => [
  row.totalHouseholds,
  ...courtyardTypes.map((type) => row.householdsByType[type]),
];
const fenOf = (row: AnnualReportRow) => [
  ...fundingCategories.map((category) => row.amountsFen[category]),
  row.allocatedFen,
  row.disbursedFen,
  row.remainingFen,
];
const columnTotals = (rows: AnnualReportRow[], pick: (row: AnnualReportRow) => number[]) =>
  pick(rows[0]!).map((_, i) => sumFen(rows.map((row) => pick(row)[i]!)));

// ---- the tests ----

const data = annualReportData();
const dataRows = data.rows.length;
const totalRow = 5 + dataRows;
let dir: string;
let reportPath: string;
let workbook: ExcelJS.Workbook;
let summary: ExcelJS.Worksheet;
let detail: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annual-report-'));
  reportPath = path.join(dir, 'annual-report.xlsx');
  fs.writeFileSync(reportPath, await buildAnnualReport(data));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(reportPath);
  summary = workbook.getWorksheet('核定及拨付情况表')!;
  detail = workbook.getWorksheet('核定明细')!;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('annual report workbook', () => {
  it('has the summary sheet first, the detail second, and names itself in its metadata', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['核定及拨付情况表', '核定明细']);
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
