// Both Excel imports measure a file before they parse it, and refuse cells whose value nobody typed on
// that row (merged cells, formulas). Every refusal names where, states the limit, and writes nothing.
import ExcelJS from 'exceljs';
import crypto from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { householdsTemplate as layout } from '../../../electron/backend/funding/documents/households-template.xlsx';
import { parseHouseholdsWorkbook } from '../../../electron/backend/funding/documents/households-workbook';
import { listKindLabels } from '../../../shared/features/lists/contract';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds } from '../../fixtures/builders';
import { unzipParts, withPaddedSheet, zipParts } from '../../fixtures/xlsx-zip';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await communityWithHouseholds(
    backend,
    '世纪城',
    { self_governed: 2_300, public_unit: 420, property_managed: 26_050 },
    { year: 2026 },
  );
});
afterEach(() => backend.dispose());

const householdsSheet = 'xl/worksheets/sheet1.xml';

async function householdsTemplate(): Promise<ExcelJS.Workbook> {
  const file = await backend.call('funding.householdsTemplate', { year: 2026 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  return workbook;
}

async function listTemplate(): Promise<ExcelJS.Workbook> {
  const file = await backend.call('lists.importTemplate', { kind: 'work_items' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Imports the bytes, checks the database did not change, and returns the errors. */
async function refusedHouseholds(bytes: Buffer) {
  const before = fingerprint(backend.dbPath);
  const base64 = bytes.toString('base64');
  const result = await backend.call('funding.importHouseholds', {
    year: 2026,
    fileName: '户数.xlsx',
    base64,
  });
  expect(result.applied).toBe(false);
  expect(fingerprint(backend.dbPath)).toBe(before);
  return result.errors;
}

async function refusedList(bytes: Buffer) {
  const before = fingerprint(backend.dbPath);
  const base64 = bytes.toString('base64');
  const result = await backend.call('lists.import', { kind: 'work_items', fileName: '清单.xlsx', base64 });
  expect(result.applied).toBe(false);
  expect(fingerprint(backend.dbPath)).toBe(before);
  return result.errors;
}

describe('an import measures the file before parsing it', () => {
  it('refuses a small file whose sheet inflates past 50 MB (a zip bomb), without parsing it', async () => {
    const parts = unzipParts(await bytesOf(await householdsTemplate()));
    const bomb = zipParts(withPaddedSheet(parts, householdsSheet, 60));
    expect(bomb.length).toBeLessThan(400_000);
    const errors = await refusedHouseholds(bomb);
    expect(errors).toEqual([
      {
        sheet: '',
        row: 0,
        column: '',
        message: expect.stringContaining('解压后不能超过 50 MB') as string,
      },
    ]);
    expect(errors[0]!.message).toMatch(/^文件解压后过大（至少 60\.\d MB）/);
  });

  it('refuses a zip whose directory understates a sheet’s size, inflating no further than the stated size', async () => {
    const parts = unzipParts(await bytesOf(await householdsTemplate()));
    const forged = zipParts(withPaddedSheet(parts, householdsSheet, 1), { [householdsSheet]: 4_096 });
    const errors = await refusedHouseholds(forged);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('文件已损坏（压缩内容与文件目录不符）');
  });

  it('refuses a sheet that reaches row 1,048,576, naming the sheet and the row', async () => {
    const workbook = await householdsTemplate();
    workbook.getWorksheet(layout.sheetName)!.getCell('A1048576').value = ' ';
    const errors = await refusedHouseholds(await bytesOf(workbook));
    expect(errors).toEqual([
      {
        sheet: layout.sheetName,
        row: 1_048_576,
        column: '',
        message: `工作表「${layout.sheetName}」的内容或格式延伸到第 1,048,576 行：导入文件不能超过 5,000 行，请删除多余的行后再导入`,
      },
    ]);
  });

  it('refuses a list whose sheet has more than 5,000 rows', async () => {
    const workbook = await listTemplate();
    workbook.getWorksheet(listKindLabels.work_items)!.getCell('B5001').value = '多出来的事项';
    const errors = await refusedList(await bytesOf(workbook));
    expect(errors).toEqual([expect.objectContaining({ sheet: listKindLabels.work_items, row: 5_001 })]);
    expect(errors[0]!.message).toContain('不能超过 5,000 行');
  });

  it('refuses a file over 5 MB, at the channel and in the parser', async () => {
    const parts = unzipParts(await bytesOf(await householdsTemplate()));
    parts.set('xl/media/image1.png', crypto.randomBytes(5 * 1024 * 1024)); // random bytes do not deflate
    const oversize = zipParts(parts);
    expect(oversize.length).toBeGreaterThan(5 * 1024 * 1024);
    const before = fingerprint(backend.dbPath);
    const sent = await backend.send('lists.import', {
      kind: 'work_items',
      fileName: '清单.xlsx',
      base64: oversize.toString('base64'),
    });
    expect(sent).toMatchObject({ ok: false, error: { message: '文件：文件过大（不能超过 5 MB）' } });
    expect(fingerprint(backend.dbPath)).toBe(before);

    const parsed = await parseHouseholdsWorkbook(oversize, { year: 2026, officeName: '', communities: [] });
    expect(parsed).toEqual({
      ok: false,
      errors: [{ sheet: '', row: 0, column: '', message: '文件过大（5.0 MB）：导入文件不能超过 5 MB' }],
    });
  });
});

describe('an import reads only values typed into each row', () => {
  it('refuses a merged 户数 cell, naming its sheet, row, column and range', async () => {
    const workbook = await householdsTemplate();
    const sheet = workbook.getWorksheet(layout.sheetName)!;
    sheet.getCell('F5').value = 2_000;
    sheet.mergeCells('F5:F6');
    const errors = await refusedHouseholds(await bytesOf(workbook));
    expect(errors).toEqual([
      {
        sheet: layout.sheetName,
        row: 5,
        column: 'F',
        message: '户数：单元格是合并单元格（F5:F6），合并后每一行都会读到同一个值：请取消合并，每行分别填写',
      },
    ]);
  });

  it('refuses a formula in a 户数 cell instead of importing its cached result', async () => {
    const workbook = await householdsTemplate();
    const sheet = workbook.getWorksheet(layout.sheetName)!;
    sheet.getCell('F4').value = { formula: 'SUM(F5:F6)', result: 2_720 };
    const errors = await refusedHouseholds(await bytesOf(workbook));
    expect(errors).toEqual([
      {
        sheet: layout.sheetName,
        row: 4,
        column: 'F',
        message: '户数：单元格含公式（=SUM(F5:F6)），导入只读取直接填写的内容：请复制后「选择性粘贴 → 数值」',
      },
    ]);
  });

  it('refuses merged cells and formulas in a list, each with its column', async () => {
    const workbook = await listTemplate();
    const sheet = workbook.getWorksheet(listKindLabels.work_items)!;
    sheet.mergeCells('D4:D6');
    sheet.getCell('A7').value = { formula: 'A6+1', result: 4 };
    const errors = await refusedList(await bytesOf(workbook));
    expect(errors.map(({ row, column, message }) => [row, column, message.split('：')[0]])).toEqual([
      [4, 'D', '依据'],
      [7, 'A', '序号'],
    ]);
    expect(errors[0]!.message).toContain('合并单元格（D4:D6）');
    expect(errors[1]!.message).toContain('含公式（=A6+1）');
  });
});
