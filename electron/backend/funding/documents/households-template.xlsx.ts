// 社区户数导入模板: one row per community (its total) followed by one row per courtyard, ids in grey
// columns the clerk must not change, households in the one unlocked column. The year sits in the title
// and in a hidden 「_meta」 sheet (named cell TemplateYear) so that the importer can refuse another
// year's file. The layout constants are shared with households-workbook.ts.
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
  columns: {
    communityId: { index: 1, label: '社区编号' },
    communityName: { index: 2, label: '社区' },
    courtyardId: { index: 3, label: '院落编号' },
    courtyardName: { index: 4, label: '院落' },
    courtyardType: { index: 5, label: '院落类型' },
    households: { index: 6, label: '户数' },
  },
  maxHouseholds: 1_000_000,
} as const;

const { columns } = householdsTemplate;
const doNotEdit = '\n（请勿修改）';
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
  const lastColumn = writeTableHeader(sheet, householdsTemplate.headerRow, [
    { label: columns.communityId.label + doNotEdit, width: 10 },
    { label: columns.communityName.label, width: 20 },
    { label: columns.courtyardId.label + doNotEdit, width: 10 },
    { label: columns.courtyardName.label, width: 24 },
    { label: columns.courtyardType.label, width: 14 },
    { label: columns.households.label, width: 12 },
  ]);
  writeTitle(sheet, 1, lastColumn, templateTitle(data.year));
  mergedText(sheet, { top: 2, left: 1, right: lastColumn }, instructions, {
    font: { size: 10, color: { argb: 'FFC00000' } },
    alignment: { horizontal: 'left', wrapText: true },
  });
  sheet.getRow(2).height = 48;

  let row = householdsTemplate.firstDataRow;
  for (const community of data.communities) {
    sheet.getRow(row).values = [
      community.id,
      community.name,
      null,
      householdsTemplate.communityTotalLabel,
      null,
      community.totalHouseholds,
    ];
    styleCells(cellsIn(sheet, row, 1, row, lastColumn), { font: { bold: true } });
    row += 1;
    for (const courtyard of community.courtyards) {
      const type = courtyardTypeLabels[courtyard.type];
      sheet.getRow(row).values = [
        community.id,
        community.name,
        courtyard.id,
        courtyard.name,
        type,
        courtyard.households,
      ];
      row += 1;
    }
  }
  const lastRow = Math.max(row - 1, householdsTemplate.firstDataRow);
  const first = householdsTemplate.firstDataRow;
  const body = cellsIn(sheet, first, 1, lastRow, lastColumn);
  styleCells(body, { alignment: { vertical: 'middle' } });
  for (const cell of cellsIn(sheet, first, 1, lastRow, columns.households.index - 1)) cell.fill = lockedFill;
  for (const cell of cellsIn(sheet, first, columns.communityId.index, lastRow, columns.communityId.index)) {
    cell.font = { ...cell.font, color: { argb: 'FF808080' } };
  }
  for (const cell of cellsIn(sheet, first, columns.courtyardId.index, lastRow, columns.courtyardId.index)) {
    cell.font = { ...cell.font, color: { argb: 'FF808080' } };
  }
  for (const cell of cellsIn(sheet, first, columns.households.index, lastRow, columns.households.index)) {
    cell.protection = { locked: false };
    cell.numFmt = countFormat;
    cell.dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, householdsTemplate.maxHouseholds],
      showErrorMessage: true,
      errorTitle: '户数不正确',
      error: '户数须为 0 到 1,000,000 之间的整数',
    };
  }
  thinBorders(cellsIn(sheet, householdsTemplate.headerRow, 1, lastRow, lastColumn));
  freezeAt(sheet, householdsTemplate.firstDataRow, columns.courtyardId.index);
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
