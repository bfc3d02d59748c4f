// The annual fund report xlsx on a real SQLite file, read back with exceljs: the books' statements, one
// sheet each, and the 项目一览 with what each project was approved, paid, used, returned and left over.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReportInput } from '../../../../shared/features/fund/disclosure/disclosure-fields';
import { exportAnnualReport } from '../../../../electron/backend/fund/disclosure/annual-report';
import { yuan } from '../../../fixtures/fund-donations';
import { closeProject, insertProject, openDisclosureWorld, type DisclosureWorld } from './disclosure-world';
import { projectListHeader } from './project-list-columns';

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

  it('lists every project of the year with its period, figures, next update due and a 合计 row', () => {
    const sheet = workbook.getWorksheet('项目一览')!;
    expect(sheet.getCell('A1').value).toBe('2026年度公益项目一览');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(projectListHeader);
    const data = rowsOf(sheet).filter((row) => String(row[0]).startsWith('微基金项目'));
    const project = (seq: number, title: string, state: string) => [
      `微基金项目〔2026〕${seq}号`,
      title,
      '幸福社区',
      '幸福社区老年协会',
      state,
      '2026-01-15至2026-12-31',
    ];
    // 1号 is longer than six months and has no report yet: its update is due three months after the agreement.
    expect(data).toEqual([
      [
        ...project(1, '长者助餐', '实施中'),
        1000,
        1000,
        600,
        400,
        undefined,
        undefined,
        undefined,
        '2026-04-12',
      ],
      [...project(2, '楼道清洁', '已结项'), 1000, 1000, 0, undefined, 0, 0, 1000, ''],
    ]);
    // SUM formulas with their results (ExcelJS leaves a result of 0 out of the file).
    const totals = rowsOf(sheet).find((row) => row[0] === '合计（2 个项目）')!;
    expect(totals.slice(6, 13).map((cell) => (cell as { result?: number }).result ?? 0)).toEqual([
      2000, 2000, 600, 400, 0, 0, 1000,
    ]);
  });
});
