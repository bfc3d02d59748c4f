import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, xlsxFormat } from '../../fixtures/libreoffice';
import { buildHouseholdsTemplate } from '../../../electron/backend/funding/documents/households-template.xlsx';
import type { HouseholdsTemplateData } from '../../../electron/backend/funding/documents/document-data';
import { parseHouseholdsWorkbook } from '../../../electron/backend/funding/documents/households-workbook';

// Rows as the template lays them out: title 1, instructions 2, header 3, then from row 4:
//  4 世纪城 (total)   5 金源小区 101   6 老街坊 102   7 区一中 103
//  8 新亚洲体育城 (total)   9 体育城一期 201
// 10 螺蛳湾国际商贸城 (total)   11 商贸城公寓 301
// 12 凤凰山 (total)   13 凤凰山社区 401
function templateData(overrides: Partial<HouseholdsTemplateData> = {}): HouseholdsTemplateData {
  return {
    year: 2026,
    officeName: '昆明市官渡区关上街道办事处',
    communities: [
      {
        id: 11,
        name: '世纪城',
        totalHouseholds: 35_210,
        courtyards: [
          { id: 101, name: '金源小区', type: 'property_managed', households: 30_900 },
          { id: 102, name: '老街坊', type: 'self_governed', households: 3_100 },
          { id: 103, name: '区一中', type: 'public_unit', households: null },
        ],
      },
      {
        id: 12,
        name: '新亚洲体育城',
        totalHouseholds: null,
        courtyards: [{ id: 201, name: '体育城一期', type: 'property_managed', households: null }],
      },
      {
        id: 13,
        name: '螺蛳湾国际商贸城',
        totalHouseholds: 13_668,
        courtyards: [{ id: 301, name: '商贸城公寓', type: 'property_managed', households: 11_020 }],
      },
      {
        id: 14,
        name: '凤凰山',
        totalHouseholds: 8_695,
        courtyards: [{ id: 401, name: '凤凰山社区', type: 'self_governed', households: 4_012 }],
      },
    ],
    ...overrides,
  };
}

/** The template with households typed into column F (row → value) and any other edit. */
async function filledTemplate(
  households: Record<number, ExcelJS.CellValue>,
  edit: (sheet: ExcelJS.Worksheet) => void = () => {},
  data = templateData(),
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildHouseholdsTemplate(data)) as never);
  const sheet = workbook.getWorksheet('户数导入')!;
  for (const [row, value] of Object.entries(households)) sheet.getCell(`F${row}`).value = value;
  edit(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const complete = { 5: 30_900, 6: 3_100, 7: 1_210, 8: 24_155, 9: 22_675 };

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'households-import-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('households template', () => {
  it('carries the year in its title and in a hidden _meta sheet, pre-filled where known', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildHouseholdsTemplate(templateData())) as never);
    const sheet = workbook.getWorksheet('户数导入')!;
    expect(sheet.getCell('A1').value).toBe('2026年度社区户数导入模板');
    const meta = workbook.getWorksheet('_meta')!;
    expect(meta.state).toBe('hidden');
    expect(meta.getCell('B2').value).toBe(2026);
    expect(workbook.definedNames.getRanges('TemplateYear').ranges).toEqual(["'_meta'!$B$2"]);
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      11,
      '世纪城',
      undefined,
      '（社区总户数）',
      undefined,
      35_210,
    ]);
    expect([1, 2, 3, 4, 5, 6].map((column) => sheet.getCell(7, column).value)).toEqual([
      11,
      '世纪城',
      103,
      '区一中',
      '公共单位院落',
      null,
    ]);
  });

  it('locks the id columns and leaves only 户数 editable, as a whole number ≥ 0', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildHouseholdsTemplate(templateData())) as never);
    const sheet = workbook.getWorksheet('户数导入')!;
    expect(sheet.getCell('A3').value).toBe('社区编号\n（请勿修改）');
    expect(sheet.getCell('F5').protection.locked).toBe(false);
    expect(sheet.getCell('A5').protection?.locked ?? true).toBe(true);
    expect(sheet.getCell('F5').dataValidation).toMatchObject({
      type: 'whole',
      operator: 'between',
      formulae: [0, 1_000_000],
    });
  });
});

describe('households import', () => {
  it('reads a filled template back as ids and households', async () => {
    const result = await parseHouseholdsWorkbook(await filledTemplate(complete), templateData());
    expect(result).toEqual({
      ok: true,
      parsed: {
        year: 2026,
        communities: [
          {
            communityId: 11,
            totalHouseholds: 35_210,
            courtyards: [
              { courtyardId: 101, households: 30_900 },
              { courtyardId: 102, households: 3_100 },
              { courtyardId: 103, households: 1_210 },
            ],
          },
          {
            communityId: 12,
            totalHouseholds: 24_155,
            courtyards: [{ courtyardId: 201, households: 22_675 }],
          },
          {
            communityId: 13,
            totalHouseholds: 13_668,
            courtyards: [{ courtyardId: 301, households: 11_020 }],
          },
          { communityId: 14, totalHouseholds: 8_695, courtyards: [{ courtyardId: 401, households: 4_012 }] },
        ],
      },
    });
  });

  it('accepts numbers stored as text, with thousands separators and stray spaces', async () => {
    const bytes = await filledTemplate({
      ...complete,
      4: '35,210',
      7: ' 1,210 ',
      8: '24155',
      9: '２２６７５',
    });
    const result = await parseHouseholdsWorkbook(bytes, templateData());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.parsed.communities[0]).toMatchObject({ totalHouseholds: 35_210 });
    expect(result.parsed.communities[0]!.courtyards[2]).toEqual({ courtyardId: 103, households: 1_210 });
    expect(result.parsed.communities[1]).toMatchObject({
      totalHouseholds: 24_155,
      courtyards: [{ households: 22_675 }],
    });
  });

  it('imports only the communities left in the sheet', async () => {
    const bytes = await filledTemplate(complete, (sheet) => sheet.spliceRows(8, 2));
    const result = await parseHouseholdsWorkbook(bytes, templateData());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.parsed.communities.map((community) => community.communityId)).toEqual([11, 13, 14]);
  });

  it('checks every row and reports all errors with row, column letter and a Chinese message', async () => {
    const bytes = await filledTemplate({ 5: '三千', 6: -5, 7: 12.5, 8: null, 9: '3,20', 13: '' }, (sheet) => {
      sheet.getCell('B10').value = '螺蛳湾';
      sheet.getCell('C11').value = 201;
      sheet.getCell('D11').value = '体育城一期';
      sheet.getRow(14).values = [99, '金马', null, '（社区总户数）', null, 24_606];
      sheet.getRow(15).values = [11, '世纪城', 102, '老街坊', '自治院落', 3_100];
      sheet.getRow(16).values = [14, '凤凰山', null, '（社区总户数）', null, 8_695];
      sheet.getRow(17).values = ['abc', '凤凰山', null, '（社区总户数）', null, 1];
    });
    const result = await parseHouseholdsWorkbook(bytes, templateData());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const sheet = '户数导入';
    expect(result.errors).toEqual([
      { sheet, row: 5, column: 'F', message: '户数「三千」不是数字：请填写阿拉伯数字，如 3200' },
      { sheet, row: 6, column: 'F', message: '户数不能为负数' },
      { sheet, row: 7, column: 'F', message: '户数「12.5」有小数：户数必须是整数' },
      { sheet, row: 8, column: 'F', message: '户数未填写' },
      { sheet, row: 9, column: 'F', message: '户数「3,20」的千分位分隔不正确' },
      {
        sheet,
        row: 10,
        column: 'B',
        message: '社区名称「螺蛳湾」与编号 13 的社区「螺蛳湾国际商贸城」不一致',
      },
      {
        sheet,
        row: 11,
        column: 'C',
        message: '院落编号 201 不属于社区「螺蛳湾国际商贸城」（院落可能已撤销或属于其他社区）',
      },
      { sheet, row: 13, column: 'F', message: '户数未填写' },
      { sheet, row: 14, column: 'A', message: '社区编号 99 不在当前的社区名册中（社区可能已删除或归档）' },
      { sheet, row: 15, column: 'C', message: '院落编号 102 重复出现（第 6 行已有）' },
      { sheet, row: 16, column: 'A', message: '社区「凤凰山」的总户数行重复（第 12 行已有）' },
      { sheet, row: 17, column: 'A', message: '社区编号「abc」无效：灰底各列请勿修改' },
    ]);
  });

  it('wants the total row of a community whose courtyards are imported', async () => {
    const bytes = await filledTemplate(complete, (sheet) => sheet.spliceRows(12, 1));
    const result = await parseHouseholdsWorkbook(bytes, templateData());
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          sheet: '户数导入',
          row: 12,
          column: 'A',
          message: '社区「凤凰山」缺少总户数行（院落为「（社区总户数）」的一行）',
        },
      ],
    });
  });

  it('refuses a template of another year without checking its rows', async () => {
    const bytes = await filledTemplate(complete, () => {}, templateData({ year: 2025 }));
    const result = await parseHouseholdsWorkbook(bytes, templateData({ year: 2026 }));
    expect(result).toEqual({
      ok: false,
      errors: [{ sheet: '户数导入', row: 1, column: 'A', message: '模板年度为 2025，当前导入年度为 2026' }],
    });
  });

  it('refuses bytes that are not an xlsx workbook', async () => {
    const result = await parseHouseholdsWorkbook(
      Buffer.from('社区,户数\n世纪城,35210\n', 'utf8'),
      templateData(),
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ sheet: '', row: 0, column: '', message: '文件不是有效的 Excel 工作簿（.xlsx）' }],
    });
  });

  it('refuses a workbook without the 户数导入 sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').getCell('A1').value = '世纪城';
    const result = await parseHouseholdsWorkbook(
      Buffer.from(await workbook.xlsx.writeBuffer()),
      templateData(),
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [{ sheet: '户数导入', message: expect.stringContaining('找不到工作表「户数导入」') }],
    });
  });

  it('reads the template after LibreOffice has opened and saved it', async () => {
    const filled = path.join(dir, 'filled.xlsx');
    fs.writeFileSync(filled, await filledTemplate({ ...complete, 4: '35,210' }));
    const out = path.join(dir, 'resaved');
    resaveWithLibreOffice(filled, out);
    const result = await parseHouseholdsWorkbook(
      fs.readFileSync(path.join(out, 'filled.xlsx')),
      templateData(),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.parsed.communities).toHaveLength(4);
    expect(result.parsed.communities[0]!.totalHouseholds).toBe(35_210);
  }, 120_000);
});

function resaveWithLibreOffice(file: string, outDir: string): void {
  convertWithLibreOffice([file], xlsxFormat, outDir);
}
