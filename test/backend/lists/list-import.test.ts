import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKindLabels, type ListKind } from '../../../shared/features/lists/contract';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { listItemInput } from '../../fixtures/builders';
import { convertWithLibreOffice, xlsxFormat } from '../../fixtures/libreoffice';

// The template's rows: title 1, instructions 2, header 3, then one item per row from row 4.
const header = ['序号', '事项名称', '事项内容', '依据', '责任单位', '社区职责', '备注'];
const sheetName = listKindLabels.work_items;

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

async function template(kind: ListKind = 'work_items'): Promise<ExcelJS.Workbook> {
  const file = await backend.call('lists.importTemplate', { kind });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.bytes) as never);
  return workbook;
}

async function importBytes(bytes: Buffer, kind: ListKind = 'work_items') {
  return backend.call('lists.import', { kind, fileName: '清单.xlsx', base64: bytes.toString('base64') });
}

async function importWorkbook(workbook: ExcelJS.Workbook, kind: ListKind = 'work_items') {
  return importBytes(Buffer.from(await workbook.xlsx.writeBuffer()), kind);
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) =>
  header.map((_, index) => sheet.getCell(row, index + 1).value);

describe('the list import template', () => {
  it('holds the current items under the header 序号 | 事项名称 | 事项内容 | 依据 | 责任单位 | 社区职责 | 备注', async () => {
    const file = await backend.call('lists.importTemplate', { kind: 'work_items' });
    expect(file.fileName).toBe('社区工作事项清单导入模板.xlsx');
    const workbook = await template();
    const sheet = workbook.getWorksheet(sheetName)!;
    expect(sheet.getCell('A1').value).toBe('社区工作事项清单导入模板');
    expect(rowValues(sheet, 3)).toEqual(header);
    const { items } = await backend.call('lists.current', { kind: 'work_items' });
    items.forEach((item, index) => {
      expect(rowValues(sheet, 4 + index)).toEqual([
        item.seq,
        item.title,
        item.content,
        item.legalBasis,
        item.responsibleUnit,
        item.communityRole,
        item.remarks,
      ]);
    });
    expect(workbook.getWorksheet('_meta')!.state).toBe('hidden');
  });
});

describe('importing a list', () => {
  it('puts an edited list into a new draft, in 序号 order, and the history shows the changes', async () => {
    const { items } = await backend.call('lists.current', { kind: 'work_items' });
    const workbook = await template();
    const sheet = workbook.getWorksheet(sheetName)!;
    sheet.getCell('C4').value = '改写后的内容';
    sheet.spliceRows(5, 1); // the second item goes
    sheet.getRow(6).values = [
      10,
      '协助开展全国经济普查',
      '协助做好经济普查',
      '《全国经济普查条例》',
      '官渡区统计局',
      '协助',
      '',
    ];
    sheet.getCell('A5').value = '２'; // full-width digits, as a Chinese input method types them

    const result = await importWorkbook(workbook);
    expect(result).toMatchObject({ applied: true, errors: [], itemCount: 3 });
    const draft = await backend.call('lists.version', { versionId: result.versionId! });
    expect(draft.version).toMatchObject({ status: 'draft', versionNo: 2 });
    expect(draft.items.map((item) => [item.seq, item.title, item.isSample])).toEqual([
      [1, items[0]!.title, false],
      [2, items[2]!.title, true],
      [3, '协助开展全国经济普查', false],
    ]);
    const [changes] = await backend.call('lists.history', { kind: 'work_items' });
    expect(changes!.added.map((item) => item.title)).toEqual(['协助开展全国经济普查']);
    expect(changes!.removed.map((item) => item.title)).toEqual([items[1]!.title]);
    expect(changes!.changed).toEqual([
      expect.objectContaining({ itemKey: items[0]!.itemKey, fields: ['content'] }),
    ]);
    // The fixture's own rows (its users created and signed in) come before the test's.
    const audit = (await backend.call('audit.list', {})).rows
      .filter((row) => row.entity !== 'user')
      .map((row) => [row.entity, row.action]);
    expect(audit).toEqual([
      ['list_version', 'import'],
      ['list_version', 'create'],
    ]);
  });

  it('changes nothing the second time the same file is imported', async () => {
    const workbook = await template();
    workbook.getWorksheet(sheetName)!.getCell('B4').value = '新的事项名称';
    await importWorkbook(workbook);
    const before = fingerprint(backend.dbPath);
    const result = await importWorkbook(workbook);
    expect(result).toMatchObject({ applied: true, itemCount: 3 });
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('replaces the items of the draft there already is, from a template made of that draft', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'certificates' });
    await backend.call('lists.saveItem', listItemInput(draft.version.id, { title: '临时加入的事项' }));
    const workbook = await template('certificates');
    const sheet = workbook.getWorksheet(listKindLabels.certificates)!;
    expect(sheet.getCell('B5').value).toBe('临时加入的事项');
    sheet.spliceRows(5, 1);
    const result = await importWorkbook(workbook, 'certificates');
    expect(result).toMatchObject({ applied: true, itemCount: 1, versionId: draft.version.id });
    expect(
      (await backend.call('lists.version', { versionId: draft.version.id })).items.map((item) => item.title),
    ).toEqual(['经济困难证明']);
    expect(await backend.call('lists.versions', { kind: 'certificates' })).toHaveLength(2);
  });

  it('checks every row, lists each error by row and column, and writes nothing', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet(sheetName)!;
    sheet.getCell('B4').value = null; // no title
    sheet.getCell('A5').value = 1; // same 序号 as row 4
    sheet.getCell('A6').value = '一';
    sheet.getRow(7).values = [2.5, '名称', 'x'.repeat(2001), '', '', '', 'y'.repeat(501)];
    sheet.getRow(8).values = [null, '没有序号的事项'];
    sheet.getRow(9).values = [-1, '序号为负数的事项'];
    const before = fingerprint(backend.dbPath);
    const result = await importWorkbook(workbook);
    expect(result).toEqual({
      applied: false,
      itemCount: 0,
      versionId: null,
      errors: [
        { sheet: sheetName, row: 4, column: 'B', message: '事项名称未填写' },
        { sheet: sheetName, row: 5, column: 'A', message: '序号 1 重复（第 4 行已有）' },
        { sheet: sheetName, row: 6, column: 'A', message: '序号「一」不是正整数' },
        { sheet: sheetName, row: 7, column: 'A', message: '序号「2.5」不是正整数' },
        { sheet: sheetName, row: 7, column: 'C', message: '事项内容超过 2000 个字（现有 2001 个字）' },
        { sheet: sheetName, row: 7, column: 'G', message: '备注超过 500 个字（现有 501 个字）' },
        { sheet: sheetName, row: 8, column: 'A', message: '序号未填写' },
        { sheet: sheetName, row: 9, column: 'A', message: '序号「-1」不是正整数' },
      ],
    });
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect((await backend.call('lists.overview', {}))[0]!.draft).toBeNull();
  });

  it('holds imported text to the item form’s rules: no invisible characters, line breaks only where it takes them', async () => {
    const workbook = await template();
    const sheet = workbook.getWorksheet(sheetName)!;
    sheet.getRow(4).values = [1, '\u200b协助开展人口普查', '入户登记\n数据复核', '', '区统计局', '', ''];
    sheet.getRow(5).values = [2, '协助开展征兵宣传', '张贴宣传品', '', '区人武部\n区民政局', '', ''];
    const before = fingerprint(backend.dbPath);
    const result = await importWorkbook(workbook);
    expect(result.applied).toBe(false);
    expect(result.errors).toEqual([
      {
        sheet: sheetName,
        row: 4,
        column: 'B',
        message: '事项名称不能包含控制字符或看不见的字符（如零宽空格、方向控制符），请删除后重新输入',
      },
      { sheet: sheetName, row: 5, column: 'E', message: '责任单位不能换行' },
    ]);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('refuses a file that is not an xlsx workbook', async () => {
    const result = await importBytes(Buffer.from('序号,事项名称\n1,经济困难证明\n', 'utf8'));
    expect(result).toEqual({
      applied: false,
      itemCount: 0,
      versionId: null,
      errors: [{ sheet: '', row: 0, column: '', message: '文件不是有效的 Excel 工作簿（.xlsx）' }],
    });
  });

  it('refuses the template of another list, naming that list', async () => {
    const result = await importWorkbook(await template('certificates'), 'work_items');
    expect(result.errors).toEqual([
      {
        sheet: sheetName,
        row: 0,
        column: '',
        message:
          '找不到工作表「社区工作事项清单」：这是「社区开具证明清单」的导入模板，请在「社区开具证明清单」中导入，或导出「社区工作事项清单」的模板',
      },
    ]);
  });

  it('refuses a workbook without the list’s sheet, or with its header changed', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').getCell('A1').value = '经济困难证明';
    const noSheet = await importWorkbook(other);
    expect(noSheet.errors[0]!.message).toBe(
      '找不到工作表「社区工作事项清单」：请使用本系统导出的「社区工作事项清单」导入模板',
    );
    const changed = await template();
    changed.getWorksheet(sheetName)!.getCell('B3').value = '名称';
    const noHeader = await importWorkbook(changed);
    expect(noHeader.errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'A',
        message: expect.stringContaining(
          '找不到表头（序号、事项名称、事项内容、依据、责任单位、社区职责、备注）',
        ),
      }),
    ]);
  });

  it('reads the template after LibreOffice has opened and saved it', async () => {
    const file = path.join(backend.dir, 'work-items.xlsx');
    const workbook = await template();
    workbook.getWorksheet(sheetName)!.getCell('C4').value = '经 LibreOffice 保存';
    fs.writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const out = path.join(backend.dir, 'resaved');
    convertWithLibreOffice([file], xlsxFormat, out);
    const result = await importBytes(fs.readFileSync(path.join(out, 'work-items.xlsx')));
    expect(result).toMatchObject({ applied: true, errors: [], itemCount: 3 });
    const draft = await backend.call('lists.version', { versionId: result.versionId! });
    expect(draft.items[0]!.content).toBe('经 LibreOffice 保存');
    expect(draft.items.map((item) => item.isSample)).toEqual([false, true, true]);
  }, 120_000);
});
