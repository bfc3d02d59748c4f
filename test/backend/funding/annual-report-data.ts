// The annual report's test data: seven communities with every kind of line, adjustment and remark, the
// report built from them once and read back with ExcelJS (summary and detail sheets).
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { courtyardTypes } from '../../../shared/features/register/contract';
import { fundingCategories } from '../../../shared/features/funding/contract';
import { sumFen } from '../../../shared/domain/money';
import { buildAnnualReport } from '../../../electron/backend/funding/documents/annual-report.xlsx';
import { noSignatories } from '../../../electron/backend/documents/signatures';
import type {
  AnnualReportData,
  AnnualReportDetail,
  AnnualReportRow,
  PurchasedServicesRow,
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

export const adjustmentReason = '新增物管院落 400 户（金源小区二期交付），追加公共服务经费';
export const draftRemark =
  '草稿：总户数不足 10,000 户，基本办公经费按街道党工委会议纪要手工核定；党建工作经费待录入';
export const fixtureCommunities: CommunityFixture[] = [
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

export const servicesFen = (h: CommunityFixture['households']) =>
  h.self_governed * 5_000 + h.public_unit * 2_000 + h.property_managed * 3_000;
export const totalHouseholds = (c: CommunityFixture) => sumFen(Object.values(c.households));

export function reportRow(c: CommunityFixture): AnnualReportRow {
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

export function reportDetail(c: CommunityFixture): AnnualReportDetail {
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

/**
 * 政府购买服务执行情况: contracts in three communities (one over its allocation), none elsewhere, and one
 * community whose allocation is not approved yet (blank allocation and balance) but has a contract.
 */
export const contractsByCommunity: Record<
  string,
  { committedFen: number; paidFen: number; contracts: number }
> = {
  世纪城: { committedFen: 120_000_00, paidFen: 36_000_00, contracts: 2 },
  新亚洲体育城: { committedFen: 55_555_55, paidFen: 12_345_67, contracts: 1 },
  螺蛳湾国际商贸城: { committedFen: 500_000_00, paidFen: 0, contracts: 3 },
  凤凰山: { committedFen: 20_000_01, paidFen: 10_000_00, contracts: 1 },
};
export const unapprovedCommunity = '凤凰山';

export function purchasedServicesRow(c: CommunityFixture): PurchasedServicesRow {
  const used = contractsByCommunity[c.name] ?? { committedFen: 0, paidFen: 0, contracts: 0 };
  const allocatedFen =
    c.name === unapprovedCommunity ? null : servicesFen(c.households) + (c.adjustmentFen ?? 0);
  return {
    communityName: c.name,
    allocatedFen,
    ...used,
    remainingFen: allocatedFen === null ? null : allocatedFen - used.committedFen,
  };
}

export function annualReportData(overrides: Partial<AnnualReportData> = {}): AnnualReportData {
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
    purchasedServices: fixtureCommunities.map(purchasedServicesRow),
    signatories: noSignatories,
    ...overrides,
  };
}

/** A row's figures in sheet order: households, then fen. */
export const countsOf = (row: AnnualReportRow) => [
  row.totalHouseholds,
  ...courtyardTypes.map((type) => row.householdsByType[type]),
];
export const fenOf = (row: AnnualReportRow) => [
  ...fundingCategories.map((category) => row.amountsFen[category]),
  row.allocatedFen,
  row.disbursedFen,
  row.remainingFen,
];
export const columnTotals = (rows: AnnualReportRow[], pick: (row: AnnualReportRow) => number[]) =>
  pick(rows[0]!).map((_, i) => sumFen(rows.map((row) => pick(row)[i]!)));

// ---- the tests ----

export const data = annualReportData();
export const dataRows = data.rows.length;
export const totalRow = 5 + dataRows;
export let dir: string;
export let reportPath: string;
export let workbook: ExcelJS.Workbook;
export let summary: ExcelJS.Worksheet;
export let detail: ExcelJS.Worksheet;
export let services: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annual-report-'));
  reportPath = path.join(dir, 'annual-report.xlsx');
  fs.writeFileSync(reportPath, await buildAnnualReport(data));
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(reportPath);
  summary = workbook.getWorksheet('核定及拨付情况表')!;
  detail = workbook.getWorksheet('核定明细')!;
  services = workbook.getWorksheet('政府购买服务执行情况')!;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
