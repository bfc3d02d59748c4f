// 清单导入模板: one sheet named after the list (so a template of another list is recognised as such),
// a header 序号 | 事项名称 | 事项内容 | 依据 | 责任单位 | 社区职责 | 备注, and the list's items filled in so
// the clerk edits rather than retypes. The layout constants are shared with list-workbook.ts.
import type { Worksheet } from 'exceljs';
import {
  listItemLabels,
  listKindLabels,
  type ListItem,
  type ListItemField,
  type ListKind,
  type ListVersionStatus,
} from '../../../../shared/features/lists/contract';
import {
  applyA4Landscape,
  cellsIn,
  freezeAt,
  mergedText,
  newReportWorkbook,
  styleCells,
  thinBorders,
  workbookToBuffer,
  wrappedHeight,
  writeTableHeader,
  writeTitle,
} from '../../documents/excel/excel-style';

const columnOrder: readonly ListItemField[] = [
  'seq',
  'title',
  'content',
  'legalBasis',
  'responsibleUnit',
  'communityRole',
  'remarks',
];
const columnWidths: Record<ListItemField, number> = {
  seq: 7,
  title: 24,
  content: 40,
  legalBasis: 30,
  responsibleUnit: 16,
  communityRole: 20,
  remarks: 22,
};

export const listTemplate = {
  metaSheetName: '_meta',
  headerRow: 3,
  firstDataRow: 4,
  columnOrder,
  /** Blank rows below the items that still carry the 序号 validation, for additions. */
  spareRows: 200,
} as const;

export function listSheetName(kind: ListKind): string {
  return listKindLabels[kind];
}

export interface ListTemplateData {
  kind: ListKind;
  officeName: string;
  /** The version the rows come from, named in the instructions. */
  versionNo: number;
  status: ListVersionStatus;
  items: Pick<ListItem, ListItemField>[];
}

export async function buildListTemplate(data: ListTemplateData): Promise<Buffer> {
  const title = `${listKindLabels[data.kind]}导入模板`;
  const workbook = newReportWorkbook({ title, subject: `${data.officeName}${listKindLabels[data.kind]}` });
  workbook.keywords = `清单导入模板 kind=${data.kind}`;
  const sheet = workbook.addWorksheet(listSheetName(data.kind));
  const lastColumn = writeTableHeader(
    sheet,
    listTemplate.headerRow,
    columnOrder.map((field) => ({ label: listItemLabels[field], width: columnWidths[field] })),
  );
  writeTitle(sheet, 1, lastColumn, title);
  mergedText(sheet, { top: 2, left: 1, right: lastColumn }, instructions(data), {
    font: { size: 10, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'left', wrapText: true },
  });
  sheet.getRow(2).height = 48;

  data.items.forEach((item, index) => {
    const row = listTemplate.firstDataRow + index;
    sheet.getRow(row).values = columnOrder.map((field) => item[field]);
    sheet.getRow(row).height = Math.max(
      ...columnOrder.map((field) => wrappedHeight(String(item[field]), columnWidths[field])),
    );
  });
  const lastRow = listTemplate.firstDataRow + Math.max(data.items.length, 1) - 1;
  const body = cellsIn(sheet, listTemplate.firstDataRow, 1, lastRow, lastColumn);
  styleCells(body, { alignment: { vertical: 'top', wrapText: true } });
  styleCells(cellsIn(sheet, listTemplate.firstDataRow, 1, lastRow, 1), {
    alignment: { horizontal: 'center' },
  });
  thinBorders(cellsIn(sheet, listTemplate.headerRow, 1, lastRow, lastColumn));
  validateSeq(sheet, lastRow + listTemplate.spareRows);
  freezeAt(sheet, listTemplate.firstDataRow, 3);
  applyA4Landscape(sheet, `${listTemplate.headerRow}:${listTemplate.headerRow}`);

  const meta = workbook.addWorksheet(listTemplate.metaSheetName, { state: 'hidden' });
  meta.addRows([
    ['模板', '清单导入'],
    ['清单', data.kind],
    ['名称', listKindLabels[data.kind]],
  ]);
  return workbookToBuffer(workbook);
}

function instructions(data: ListTemplateData): string {
  const source = `第 ${data.versionNo} 版${data.status === 'draft' ? '修订稿' : '（现行）'}`;
  return (
    `填写说明：1. 每行一项，「${listItemLabels.title}」必须填写；2. 「${listItemLabels.seq}」填正整数且不得重复，` +
    '导入后按序号排列并重新从 1 连续编号；3. 导入会替换修订稿中的全部事项（没有修订稿时新建一份），核对无误后再发布；' +
    `4. 请勿修改表头和工作表名称。表中已填入${source}的事项。`
  );
}

/** 序号 as a whole number ≥ 1, checked by Excel while typing; the import checks again. */
function validateSeq(sheet: Worksheet, lastRow: number): void {
  for (let row = listTemplate.firstDataRow; row <= lastRow; row += 1) {
    sheet.getCell(row, 1).dataValidation = {
      type: 'whole',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      formulae: [1],
      showErrorMessage: true,
      errorTitle: `${listItemLabels.seq}不正确`,
      error: `${listItemLabels.seq}须为不小于 1 的整数`,
    };
  }
}
