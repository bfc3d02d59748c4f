// One report table of the fund in the office's conventions (DESIGN.md §6): title, a line with 编制单位
// (the fund and its host), the period and 单位：元, a one- or two-level header repeated on every printed
// page and frozen on screen, amounts in yuan as `#,##0.00`, a 合计 row, and the signature line
// 单位负责人 / 财务负责人 / 填表人. Pure: plain rows in, bytes out.
import type { Workbook, Worksheet } from 'exceljs';
import {
  applyA4Landscape,
  cellsIn,
  columnLetter,
  fenToYuan,
  freezeAt,
  newReportWorkbook,
  setMoneyFormat,
  signatureLine,
  styleCells,
  thinBorders,
  workbookToBuffer,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
  type HeaderColumn,
} from '../../documents/excel/excel-style';
import type { FundHeading } from './report-types';

/** A cell: text, a count, or an amount in fen (`{ fen }`) printed in yuan; null leaves it blank. */
export type FundCell = string | number | { fen: number } | null;

export interface FundTableRow {
  cells: FundCell[];
  bold?: boolean;
}

export interface FundTableSpec {
  title: string;
  sheetName: string;
  heading: FundHeading;
  periodText: string;
  columns: HeaderColumn[];
  rows: FundTableRow[];
  /** Rows after the data (合计, 其中…), bold; a cell `{ sumOf: true }`… kept simple: plain cells. */
  totals: FundTableRow[];
  /** Columns (1-based) left of this one stay in view when scrolling right. */
  freezeColumn: number;
  /** Columns (1-based) of left-aligned text that may wrap. */
  textColumns?: number[];
  /** When given, the first totals row carries SUM formulas (with their results) over these columns. */
  sumColumns?: number[];
}

export const fundSheetHeaderRow = 3;

export function fundUnitText(heading: FundHeading): string {
  return `编制单位：${heading.fundName}（${heading.hostName}）`;
}

function cellValue(cell: FundCell): string | number | null {
  if (cell !== null && typeof cell === 'object') return fenToYuan(cell.fen);
  return cell;
}

export function buildFundTable(spec: FundTableSpec): Promise<Buffer> {
  return buildFundWorkbook(spec.title, spec.heading, (workbook) => writeFundSheet(workbook, spec));
}

/** A workbook of the fund's titled `title`, its sheets written by `write` (the annual report has several). */
export function buildFundWorkbook(
  title: string,
  heading: FundHeading,
  write: (workbook: Workbook) => void,
): Promise<Buffer> {
  const workbook = newReportWorkbook({
    title,
    subject: `${heading.fundName}${title}`,
    date: heading.reportDate,
  });
  write(workbook);
  return workbookToBuffer(workbook);
}

/** One table as a sheet of `workbook`, so a file of several statements (the annual report) reuses it. */
export function writeFundSheet(workbook: Workbook, spec: FundTableSpec): void {
  const sheet = workbook.addWorksheet(spec.sheetName);
  const lastColumn = writeTableHeader(sheet, fundSheetHeaderRow, spec.columns);
  const twoLevel = spec.columns.some((column) => column.children);
  const firstDataRow = fundSheetHeaderRow + (twoLevel ? 2 : 1);
  writeTitle(sheet, 1, lastColumn, spec.title);
  writeInfoLine(sheet, 2, lastColumn, [fundUnitText(spec.heading), spec.periodText, '单位：元']);

  const all = [...spec.rows, ...spec.totals];
  all.forEach((row, index) => {
    const excelRow = sheet.getRow(firstDataRow + index);
    excelRow.values = row.cells.map(cellValue);
    excelRow.height = 20;
  });
  const lastDataRow = firstDataRow + spec.rows.length - 1;
  const lastRow = firstDataRow + all.length - 1;
  if (spec.sumColumns && spec.totals.length > 0 && spec.rows.length > 0) {
    writeSums(sheet, lastDataRow + 1, firstDataRow, lastDataRow, spec);
  }

  styleCells(cellsIn(sheet, firstDataRow, 1, lastRow, lastColumn), { alignment: { vertical: 'middle' } });
  for (const column of spec.textColumns ?? []) {
    styleCells(cellsIn(sheet, firstDataRow, column, lastRow, column), {
      alignment: { horizontal: 'left', wrapText: true },
    });
  }
  all.forEach((row, index) => {
    row.cells.forEach((cell, column) => {
      if (cell !== null && typeof cell === 'object') {
        setMoneyFormat([sheet.getCell(firstDataRow + index, column + 1)]);
      }
    });
    if (row.bold || index >= spec.rows.length) {
      styleCells(cellsIn(sheet, firstDataRow + index, 1, firstDataRow + index, lastColumn), {
        font: { bold: true },
      });
    }
  });
  thinBorders(cellsIn(sheet, fundSheetHeaderRow, 1, lastRow, lastColumn));
  signatureLine(sheet, lastRow + 2, spec.heading.reportDate, lastColumn);
  applyA4Landscape(sheet, `1:${firstDataRow - 1}`);
  freezeAt(sheet, firstDataRow, spec.freezeColumn);
}

function writeSums(
  sheet: Worksheet,
  row: number,
  firstDataRow: number,
  lastDataRow: number,
  spec: FundTableSpec,
): void {
  for (const column of spec.sumColumns ?? []) {
    const cell = sheet.getCell(row, column);
    const result = typeof cell.value === 'number' ? cell.value : 0;
    const letter = columnLetter(column);
    cell.value = { formula: `SUM(${letter}${firstDataRow}:${letter}${lastDataRow})`, result };
  }
}

/** 2026年1月至12月, or 2026年3月 for one month. */
export function monthRangeText(year: number, fromMonth: number, toMonth: number): string {
  return fromMonth === toMonth ? `${year}年${fromMonth}月` : `${year}年${fromMonth}月至${toMonth}月`;
}
