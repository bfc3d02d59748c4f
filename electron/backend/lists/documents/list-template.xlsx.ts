// 清单导入模板: one sheet named after the list (so a template of another list is recognised as such),
// a header 序号 | 事项名称 | 事项内容 | 依据 | 责任单位 | 社区职责 | 备注, and the list's items filled in so
// the clerk edits rather than retypes. The columns and layout constants are shared with list-workbook.ts.
import {
  listItemLabels,
  listItemLimits,
  listKindLabels,
  type ListItem,
  type ListKind,
  type ListVersionStatus,
} from '../../../../shared/features/lists/contract';
import {
  listItemFields,
  multilineListItemFields,
  type ListItemField,
} from '../../../../shared/features/lists/list-item-fields';
import {
  headerCells,
  rowValues,
  validateWholeColumn,
  type ImportColumn,
} from '../../documents/excel/column-spec';
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

const columnWidths: Record<ListItemField, number> = {
  seq: 7,
  title: 24,
  content: 40,
  legalBasis: 30,
  responsibleUnit: 16,
  communityRole: 20,
  remarks: 22,
};

/** The template's columns: 序号 a whole number ≥ 1, the texts with the item form's limits. */
export const listColumns: readonly ImportColumn<ListItemField>[] = listItemFields.map((field) => ({
  key: field,
  label: listItemLabels[field],
  width: columnWidths[field],
  kind:
    field === 'seq'
      ? { type: 'whole', min: 1 }
      : {
          type: 'text',
          maxLength: listItemLimits[field],
          multiline: multilineListItemFields.has(field),
          required: field === 'title',
        },
}));

export const listTemplate = {
  metaSheetName: '_meta',
  headerRow: 3,
  firstDataRow: 4,
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
  const lastColumn = writeTableHeader(sheet, listTemplate.headerRow, headerCells(listColumns));
  writeTitle(sheet, 1, lastColumn, title);
  mergedText(sheet, { top: 2, left: 1, right: lastColumn }, instructions(data), {
    font: { size: 10, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'left', wrapText: true },
  });
  sheet.getRow(2).height = 48;

  data.items.forEach((item, index) => {
    const row = listTemplate.firstDataRow + index;
    sheet.getRow(row).values = rowValues(listColumns, item);
    sheet.getRow(row).height = Math.max(
      ...listColumns.map((column) => wrappedHeight(String(item[column.key]), column.width)),
    );
  });
  const lastRow = listTemplate.firstDataRow + Math.max(data.items.length, 1) - 1;
  const body = cellsIn(sheet, listTemplate.firstDataRow, 1, lastRow, lastColumn);
  styleCells(body, { alignment: { vertical: 'top', wrapText: true } });
  styleCells(cellsIn(sheet, listTemplate.firstDataRow, 1, lastRow, 1), {
    alignment: { horizontal: 'center' },
  });
  thinBorders(cellsIn(sheet, listTemplate.headerRow, 1, lastRow, lastColumn));
  // The spare rows below keep Excel's 序号 check, for additions.
  validateWholeColumn(sheet, listColumns, 'seq', listTemplate.firstDataRow, lastRow + listTemplate.spareRows);
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
