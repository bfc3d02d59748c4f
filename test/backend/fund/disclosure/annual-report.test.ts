// The annual fund report xlsx on a real SQLite file, read back with exceljs: the books' statements, one
// sheet each, and the 项目一览 with what each project was approved, paid, used and returned.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReportInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { exportAnnualReport } from '../../../../electron/backend/fund/disclosure/annual-report';
import { yuan } from '../../../fixtures/fund-donations';
import { closeProject, insertProject, openDisclosureWorld, type DisclosureWorld } from './disclosure-world';

let world: DisclosureWorld;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  world = await openDisclosureWorld();
  const closed = insertProject(world.backend.db, { state: 'in_progress', seq: 2, title: '楼道清洁' });
  closeProject(world.backend.db, closed, {
    closedOn: '2026-03-10',
    paidFen: 0,
    usedFen: 0,
    leftoverFen: yuan(1_000),
  });
  const file = await exportAnnualReport(world.backend.contextAs(), annualReportInput.parse({ year: 2026 }));
  expect(file.fileName).toMatch(/2026年度基金年度报告\.xlsx$/u);
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
});
afterAll(() => world.backend.dispose());

const rowsOf = (sheet: ExcelJS.Worksheet) => {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

describe('the annual fund report', () => {
  it('holds the books’ statements and the project list, one sheet each', () => {
    expect(workbook.getWorksheet('业务活动表')!.getCell('A1').value).toBe('2026年度业务活动表');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '资产负债表',
      '业务活动表',
      '科目余额表',
      '限定用途余额表',
      '捐赠收入明细',
      '项目一览',
    ]);
  });

  it('lists every project of the year with approved, paid, used, returned and state', () => {
    const sheet = workbook.getWorksheet('项目一览')!;
    expect(sheet.getCell('A1').value).toBe('2026年度公益项目一览');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '项目编号',
      '社区',
      '申请人',
      '项目名称',
      '批准金额',
      '已拨付',
      '已使用',
      '退回',
      '状态',
    ]);
    const data = rowsOf(sheet).filter((row) => String(row[0]).startsWith('微基金项目'));
    expect(data).toEqual([
      [
        '微基金项目〔2026〕1号',
        '幸福社区',
        '幸福社区老年协会',
        '长者助餐',
        1000,
        600,
        undefined,
        undefined,
        '实施中',
      ],
      ['微基金项目〔2026〕2号', '幸福社区', '幸福社区老年协会', '楼道清洁', 1000, 0, 0, 0, '已结项'],
    ]);
  });
});
