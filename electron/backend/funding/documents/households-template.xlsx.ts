// 社区户数导入模板: one row per community (its total) followed by one row per courtyard, ids in grey
// columns the clerk must not change, households in the one unlocked column. The year sits in the title
// and in a hidden 「_meta」 sheet (named cell TemplateYear) so that the importer can refuse another
// year's file. The columns and layout constants are shared with households-workbook.ts.
import type { Worksheet } from 'exceljs';
import { courtyardTypeLabels } from '../../../../shared/features/register/contract';
import type { HouseholdsTemplateData } from './document-data';
import {
  cellsIn,
  countFormat,
  freezeAt,
  mergedText,
  newReportWorkbook,
  styleCells,
  thinBorders,
  workbookToBuffer,
  writeTableHeader,
  writeTitle,
} from '../../documents/excel/excel-style';
import {
  headerCells,
  rowValues,
  templateColumnCells,
  templatePositions,
  validateWholeColumn,
  type ImportColumn,
} from '../../documents/excel/column-spec';

const doNotEdit = '（请勿修改）';
const maxHouseholds = 1_000_000;

/** The template's columns in order; the reader finds them by these headers wherever the clerk moved them. */
export const householdsColumns = [
  { key: 'communityId', label: '社区编号', note: doNotEdit, width: 10, kind: { type: 'id' } },
  { key: 'communityName', label: '社区', width: 20, kind: { type: 'reference' } },
  { key: 'courtyardId', label: '院落编号', note: doNotEdit, width: 10, kind: { type: 'id' } },
  { key: 'courtyardName', label: '院落', width: 24, kind: { type: 'reference' } },
  { key: 'courtyardType', label: '院落类型', width: 14, kind: { type: 'reference' } },
  { key: 'households', label: '户数', width: 12, kind: { type: 'whole', min: 0, max: maxHouseholds } },
] as const satisfies readonly ImportColumn[];

export const householdsTemplate = {
  sheetName: '户数导入',
  metaSheetName: '_meta',
  /** The _meta row holding the year: A = 年度, B = the year. */
  metaYearRow: 2,
  yearCellName: 'TemplateYear',
  headerRow: 3,
  firstDataRow: 4,
  /** Text in 院落 on a community's own row, the row that carries its total. */
  communityTotalLabel: '（社区总户数）',
  /** Each column's place in the template. */
  columns: templatePositions(householdsColumns),
  maxHouseholds,
} as const;

const lockedFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } } as const;
const instructions =
  '填写说明：1. 只填写白底的「户数」列，灰底各列请勿修改；2. 每个社区第一行填写社区总户数，其下各行填写各院落户数；' +
  '3. 户数须为不小于 0 的整数；4. 不导入的社区可整组删除（工作表保护没有密码，可在「审阅」中撤销）。';

export function templateTitle(year: number): string {
  return `${year}年度社区户数导入模板`;
}

export async function buildHouseholdsTemplate(data: HouseholdsTemplateData): Promise<Buffer> {
  const workbook = newReportWorkbook({
    title: templateTitle(data.year),
    subject: `${data.officeName}社区户数导入`,
  });
  workbook.keywords = `社区户数导入模板 year=${data.year}`;
  const sheet = workbook.addWorksheet(householdsTemplate.sheetName);
  const lastColumn = writeTableHeader(sheet, householdsTemplate.headerRow, headerCells(householdsColumns));
  writeTitle(sheet, 1, lastColumn, templateTitle(data.year));
  mergedText(sheet, { top: 2, left: 1, right: lastColumn }, instructions, {
    font: { size: 10, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'left', wrapText: true },
  });
  sheet.getRow(2).height = 48;

  let row = householdsTemplate.firstDataRow;
  for (const community of data.communities) {
    sheet.getRow(row).values = rowValues(householdsColumns, {
      communityId: community.id,
      communityName: community.name,
      courtyardId: null,
      courtyardName: householdsTemplate.communityTotalLabel,
      courtyardType: null,
      households: community.totalHouseholds,
    });
    styleCells(cellsIn(sheet, row, 1, row, lastColumn), { font: { bold: true } });
    row += 1;
    for (const courtyard of community.courtyards) {
      sheet.getRow(row).values = rowValues(householdsColumns, {
        communityId: community.id,
        communityName: community.name,
        courtyardId: courtyard.id,
        courtyardName: courtyard.name,
        courtyardType: courtyardTypeLabels[courtyard.type],
        households: courtyard.households,
      });
      row += 1;
    }
  }
  const lastRow = Math.max(row - 1, householdsTemplate.firstDataRow);
  const first = householdsTemplate.firstDataRow;
  const body = cellsIn(sheet, first, 1, lastRow, lastColumn);
  styleCells(body, { alignment: { vertical: 'middle' } });
  markColumns(sheet, first, lastRow);
  thinBorders(cellsIn(sheet, householdsTemplate.headerRow, 1, lastRow, lastColumn));
  freezeAt(sheet, householdsTemplate.firstDataRow, householdsTemplate.columns.courtyardId.index);
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  // No password: protection only guards the ids against slips, it is not access control.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    deleteRows: true,
  });

  const meta = workbook.addWorksheet(householdsTemplate.metaSheetName, { state: 'hidden' });
  meta.addRows([
    ['模板', '社区户数导入'],
    ['年度', data.year],
    ['填报单位', data.officeName],
  ]);
  meta.getCell(householdsTemplate.metaYearRow, 2).name = householdsTemplate.yearCellName;
  return workbookToBuffer(workbook);
}

/** Grey for what the app wrote (ids in grey type too), and the one column the clerk fills unlocked. */
function markColumns(sheet: Worksheet, firstRow: number, lastRow: number): void {
  for (const column of householdsColumns) {
    const cells = templateColumnCells(sheet, householdsColumns, column.key, firstRow, lastRow);
    if (column.kind.type === 'whole') {
      for (const cell of cells) {
        cell.protection = { locked: false };
        cell.numFmt = countFormat;
      }
      validateWholeColumn(sheet, householdsColumns, column.key, firstRow, lastRow);
      continue;
    }
    for (const cell of cells) {
      cell.fill = lockedFill;
      if (column.kind.type === 'id') cell.font = { ...cell.font, color: { argb: 'FF808080' } };
    }
  }
}
