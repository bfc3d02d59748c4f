// One column specification per import template: the template's header, widths and Excel checks come from
// it, the reader finds its columns by the same headers, and a list's template and export both stand in the
// one list-item field order.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  headerCells,
  headerLabels,
  templatePositions,
  type ImportColumn,
} from '../../../electron/backend/documents/excel/column-spec';
import {
  buildHouseholdsTemplate,
  householdsColumns,
} from '../../../electron/backend/funding/documents/households-template.xlsx';
import { buildListTemplate, listColumns } from '../../../electron/backend/lists/documents/list-template.xlsx';
import { buildListVersionWorkbook } from '../../../electron/backend/lists/documents/list-version.xlsx';
import { parseListWorkbook } from '../../../electron/backend/lists/documents/list-workbook';
import { listItemLabels, type ListItem } from '../../../shared/features/lists/contract';
import { listItemFields } from '../../../shared/features/lists/list-item-fields';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

function rowTexts(sheet: ExcelJS.Worksheet, row: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => String(sheet.getCell(row, index + 1).value ?? ''));
}

const item: ListItem = {
  id: 1,
  versionId: 1,
  itemKey: 'k1',
  seq: 1,
  title: '居民身份证明',
  content: '为辖区居民开具证明',
  legalBasis: '《中华人民共和国城市居民委员会组织法》',
  responsibleUnit: '区民政局',
  communityRole: '协助',
  remarks: '',
  isSample: false,
};

describe('column specification', () => {
  const columns = [
    { key: 'id', label: '编号', note: '（请勿修改）', width: 8, kind: { type: 'id' } },
    { key: 'count', label: '人数', width: 10, kind: { type: 'whole', min: 0, max: 5000 } },
  ] as const satisfies readonly ImportColumn[];

  it('gives the header the clerk sees, the label the reader looks for and each column’s place', () => {
    expect(headerCells(columns)).toEqual([
      { label: '编号\n（请勿修改）', width: 8 },
      { label: '人数', width: 10 },
    ]);
    expect(headerLabels(columns)).toEqual({ id: '编号', count: '人数' });
    expect(templatePositions(columns)).toEqual({
      id: { index: 1, label: '编号' },
      count: { index: 2, label: '人数' },
    });
  });

  it('writes the households template’s header, widths and 户数 check from the specification', async () => {
    const workbook = await load(
      await buildHouseholdsTemplate({
        year: 2026,
        officeName: '某街道办事处',
        communities: [{ id: 1, name: '世纪城社区', totalHouseholds: 3200, courtyards: [] }],
      }),
    );
    const sheet = workbook.getWorksheet('户数导入')!;
    expect(rowTexts(sheet, 3, householdsColumns.length)).toEqual(
      headerCells(householdsColumns).map((cell) => cell.label),
    );
    householdsColumns.forEach((column, index) => expect(sheet.getColumn(index + 1).width).toBe(column.width));
    expect(sheet.getCell(4, householdsColumns.length).dataValidation).toMatchObject({
      errorTitle: '户数不正确',
      error: '户数须为 0 到 1,000,000 之间的整数',
    });
  });
});

describe('list-item field order', () => {
  const labels = listItemFields.map((field) => listItemLabels[field]);

  it('is the order of the import template’s columns and of the export’s', async () => {
    expect(listColumns.map((column) => column.key)).toEqual([...listItemFields]);
    const template = await load(
      await buildListTemplate({
        kind: 'certificates',
        officeName: '某街道办事处',
        versionNo: 1,
        status: 'published',
        items: [item],
      }),
    );
    expect(rowTexts(template.getWorksheet('社区开具证明清单')!, 3, labels.length)).toEqual(labels);
    expect(template.getWorksheet('社区开具证明清单')!.getCell('A4').dataValidation).toMatchObject({
      operator: 'greaterThanOrEqual',
      formulae: [1],
      error: '序号须为不小于 1 的整数',
    });
    const exported = await load(
      await buildListVersionWorkbook({
        version: {
          id: 1,
          kind: 'certificates',
          versionNo: 1,
          status: 'published',
          effectiveDate: '2026-01-01',
          approvedBy: '区民政局',
          publishedAt: '2026-01-01T09:00:00+08:00',
          copiedFromId: null,
          itemCount: 1,
          sampleCount: 0,
          createdAt: '2026-01-01T09:00:00+08:00',
          updatedAt: '2026-01-01T09:00:00+08:00',
        },
        items: [item],
        office: {
          officeName: '某街道办事处',
          district: '某区',
          contactPerson: '',
          contactPhone: '',
          supervisionPhone: '',
          updatedAt: null,
        },
        reportDate: '2026-02-01',
      }),
    );
    const sheet = exported.worksheets[0]!;
    expect(rowTexts(sheet, 3, labels.length)).toEqual(labels);
    expect(rowTexts(sheet, 4, labels.length)).toEqual(listItemFields.map((field) => String(item[field])));
  });

  it('reads the template it writes back to the same items', async () => {
    const bytes = await buildListTemplate({
      kind: 'certificates',
      officeName: '某街道办事处',
      versionNo: 1,
      status: 'published',
      items: [item],
    });
    const parsed = await parseListWorkbook(bytes, 'certificates');
    const { id: _id, versionId: _versionId, itemKey: _key, isSample: _sample, ...text } = item;
    expect(parsed).toEqual({ ok: true, rows: [{ row: 4, ...text }] });
  });
});
