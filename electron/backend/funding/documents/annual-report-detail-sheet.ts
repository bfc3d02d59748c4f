// Sheet 2 of the annual report, 核定明细: every community's funding lines with how each amount was
// determined, then one row per adjustment made during the year, then what is allocated and disbursed.
import type { Workbook, Worksheet } from 'exceljs';
import { fundingCategoryLabels } from '../../../../shared/features/funding/contract';
import type { AnnualReportData, AnnualReportDetail } from './document-data';
import {
  applyA4Landscape,
  cellsIn,
  fenToYuan,
  freezeAt,
  setMoneyFormat,
  styleCells,
  thinBorders,
  wrappedHeight,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
  type HeaderColumn,
} from '../../documents/excel/excel-style';

export const detailSheetName = '核定明细';

const headerRow = 3;
export const detailFirstDataRow = 5;

const widths = { community: 14, breakdown: 34, reason: 18 };
const header: HeaderColumn[] = [
  { label: '社区', width: widths.community },
  { label: '经费项目', width: 12 },
  { label: '测算金额', width: 13 },
  { label: '核定金额', width: 13 },
  { label: '核定依据', width: widths.breakdown },
  { label: '核定调整理由', width: widths.reason },
  {
    label: '年度内调整',
    width: 0,
    children: [
      { label: '调整日期', width: 11 },
      { label: '调整金额', width: 13 },
      { label: '调整理由', width: widths.reason },
    ],
  },
  { label: '调整后金额', width: 13 },
  { label: '已拨付', width: 13 },
];

/** 1-based columns. */
const col = {
  community: 1,
  category: 2,
  computed: 3,
  amount: 4,
  breakdown: 5,
  overrideReason: 6,
  adjustmentDate: 7,
  adjustmentAmount: 8,
  adjustmentReason: 9,
  allocated: 10,
  disbursed: 11,
};
/** Columns that belong to the line as a whole and span its adjustment rows. */
const lineColumns = [
  col.category,
  col.computed,
  col.amount,
  col.breakdown,
  col.overrideReason,
  col.allocated,
  col.disbursed,
];
const moneyColumns = [col.computed, col.amount, col.adjustmentAmount, col.allocated, col.disbursed];
const wrappedColumns = [col.breakdown, col.overrideReason, col.adjustmentReason];

export function addDetailSheet(workbook: Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(detailSheetName);
  const draft = data.status === 'draft' ? '（草稿，未审批）' : '';
  const lastColumn = writeTableHeader(sheet, headerRow, header);
  writeTitle(sheet, 1, lastColumn, `${data.year}年度社区工作经费核定明细${draft}`);
  writeInfoLine(sheet, 2, lastColumn, [
    `填报单位：${data.office.officeName}`,
    `年度：${data.year}`,
    '单位：元',
  ]);

  let row = detailFirstDataRow;
  for (const detail of data.details) row = writeCommunity(sheet, row, detail);
  const lastRow = Math.max(row - 1, detailFirstDataRow);
  if (data.details.length === 0) sheet.getCell(detailFirstDataRow, col.community).value = '（无社区）';

  const body = cellsIn(sheet, detailFirstDataRow, 1, lastRow, lastColumn);
  styleCells(body, { alignment: { vertical: 'middle', horizontal: 'center' } });
  styleCells(cellsIn(sheet, detailFirstDataRow, col.community, lastRow, col.community), {
    alignment: { horizontal: 'center', wrapText: true },
  });
  for (const column of wrappedColumns) {
    styleCells(cellsIn(sheet, detailFirstDataRow, column, lastRow, column), {
      alignment: { horizontal: 'left', wrapText: true },
    });
  }
  for (const column of moneyColumns)
    setMoneyFormat(cellsIn(sheet, detailFirstDataRow, column, lastRow, column));
  thinBorders(cellsIn(sheet, headerRow, 1, lastRow, lastColumn));

  applyA4Landscape(sheet, `1:${detailFirstDataRow - 1}`);
  freezeAt(sheet, detailFirstDataRow, col.category + 1);
}

/** Writes one community's block from `firstRow`; returns the next free row. */
function writeCommunity(sheet: Worksheet, firstRow: number, detail: AnnualReportDetail): number {
  let row = firstRow;
  for (const line of detail.lines) {
    const rowCount = Math.max(line.adjustments.length, 1);
    const values: Record<number, string | number> = {
      [col.category]: fundingCategoryLabels[line.category],
      [col.computed]: line.computedFen === null ? '—' : fenToYuan(line.computedFen),
      [col.amount]: fenToYuan(line.amountFen),
      [col.breakdown]: line.breakdown,
      [col.overrideReason]: line.overrideReason,
      [col.allocated]: fenToYuan(line.allocatedFen),
      [col.disbursed]: fenToYuan(line.disbursedFen),
    };
    for (const column of lineColumns) {
      if (rowCount > 1) sheet.mergeCells(row, column, row + rowCount - 1, column);
      sheet.getCell(row, column).value = values[column] ?? '';
    }
    line.adjustments.forEach((adjustment, index) => {
      sheet.getCell(row + index, col.adjustmentDate).value = adjustment.date;
      sheet.getCell(row + index, col.adjustmentAmount).value = fenToYuan(adjustment.amountFen);
      sheet.getCell(row + index, col.adjustmentReason).value = adjustment.reason;
    });
    // The line's long texts share the height of its rows; an adjustment's reason needs its own row's.
    const lineHeight = Math.max(
      wrappedHeight(line.breakdown, widths.breakdown),
      wrappedHeight(line.overrideReason, widths.reason),
    );
    for (let index = 0; index < rowCount; index += 1) {
      const reason = line.adjustments[index]?.reason ?? '';
      sheet.getRow(row + index).height = Math.max(
        lineHeight / rowCount,
        wrappedHeight(reason, widths.reason),
      );
    }
    row += rowCount;
  }
  if (row === firstRow) {
    sheet.getCell(row, col.category).value = '（无核定项目）';
    row += 1;
  }
  if (row - firstRow > 1) sheet.mergeCells(firstRow, col.community, row - 1, col.community);
  sheet.getCell(firstRow, col.community).value = detail.communityName;
  // A long name in a short block (one line, no adjustments) would be cut off: give the block the room.
  const blockHeight = Array.from(
    { length: row - firstRow },
    (_, i) => sheet.getRow(firstRow + i).height ?? 20,
  ).reduce((sum, height) => sum + height, 0);
  const nameHeight = wrappedHeight(detail.communityName, widths.community);
  if (nameHeight > blockHeight)
    sheet.getRow(row - 1).height = (sheet.getRow(row - 1).height ?? 20) + nameHeight - blockHeight;
  return row;
}
