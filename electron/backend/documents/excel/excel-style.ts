// Layout and print helpers shared by the office's Excel reports: A4 landscape print setup, titles, two-level
// table headers, number formats, borders and the signature line (DESIGN.md §6).
import ExcelJS from 'exceljs';
import type { Alignment, Border, Cell, Font, Worksheet } from 'exceljs';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { approversText, preparersText, type Signatories } from '../signatures';

/** Chinese government forms are set in 宋体; clients without it substitute a CJK font of their own. */
export const reportFontName = '宋体';
export const moneyFormat = '#,##0.00';
export const countFormat = '#,##0';
export const percentFormat = '0.00%';

const bodyFont: Partial<Font> = { name: reportFontName, size: 10 };
const thin: Partial<Border> = { style: 'thin', color: { argb: 'FF000000' } };
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

/** A workbook with its metadata; `date` (ISO, the report's date) keeps the output free of the clock. */
export function newReportWorkbook(meta: {
  title: string;
  subject?: string;
  date?: string;
}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '街道社区经费台账';
  workbook.lastModifiedBy = '街道社区经费台账';
  workbook.title = meta.title;
  workbook.subject = meta.subject ?? meta.title;
  if (meta.date) {
    workbook.created = new Date(`${meta.date.slice(0, 10)}T00:00:00+08:00`);
    workbook.modified = workbook.created;
  }
  return workbook;
}

export async function workbookToBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  for (const sheet of workbook.worksheets) shareStyles(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Gives cells that look the same one shared style object. exceljs remembers the style id of an object it
 * has seen but serialises every new object to compare it, which made a 500-community report take seconds.
 * Call it only when the sheet is finished: a later change to one cell's style would reach its twins.
 */
export function shareStyles(sheet: Worksheet): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const key = JSON.stringify(cell.style);
      const shared = styles.get(key);
      if (shared) cell.style = shared;
      else styles.set(key, cell.style);
    });
  });
}

/** Amounts are kept in fen; the sheet shows yuan. Dividing at output time is the only float step. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/** A4 landscape, one page wide, as many pages high as needed, `titleRows` (e.g. "1:4") on every page. */
export function applyA4Landscape(sheet: Worksheet, titleRows: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C第 &P 页，共 &N 页' };
}

/** Keeps the rows above `row` and the columns left of `column` in view while scrolling. */
export function freezeAt(sheet: Worksheet, row: number, column: number): void {
  sheet.views = [
    { state: 'frozen', xSplit: column - 1, ySplit: row - 1, topLeftCell: cellAddress(row, column) },
  ];
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Every cell of a rectangle given by 1-based corners. */
export function cellsIn(sheet: Worksheet, top: number, left: number, bottom: number, right: number): Cell[] {
  const cells: Cell[] = [];
  for (let row = top; row <= bottom; row += 1) {
    for (let column = left; column <= right; column += 1) cells.push(sheet.getCell(row, column));
  }
  return cells;
}

export function thinBorders(cells: Cell[]): void {
  for (const cell of cells) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
}

export function setNumberFormat(cells: Cell[], format: string): void {
  for (const cell of cells) {
    cell.numFmt = format;
    cell.alignment = { ...cell.alignment, horizontal: 'right', vertical: 'middle' };
  }
}

export const setMoneyFormat = (cells: Cell[]): void => setNumberFormat(cells, moneyFormat);
export const setCountFormat = (cells: Cell[]): void => setNumberFormat(cells, countFormat);
export const setPercentFormat = (cells: Cell[]): void => setNumberFormat(cells, percentFormat);

export function styleCells(
  cells: Cell[],
  style: { font?: Partial<Font>; alignment?: Partial<Alignment> },
): void {
  for (const cell of cells) {
    cell.font = { ...bodyFont, ...cell.font, ...style.font };
    if (style.alignment) cell.alignment = { vertical: 'middle', ...cell.alignment, ...style.alignment };
  }
}

/** Writes `value` into a merged block and styles it; returns the top-left cell. */
export function mergedText(
  sheet: Worksheet,
  block: { top: number; left: number; bottom?: number; right?: number },
  value: string,
  style: { font?: Partial<Font>; alignment?: Partial<Alignment> } = {},
): Cell {
  const bottom = block.bottom ?? block.top;
  const right = block.right ?? block.left;
  if (bottom > block.top || right > block.left) sheet.mergeCells(block.top, block.left, bottom, right);
  const cell = sheet.getCell(block.top, block.left);
  cell.value = value;
  styleCells([cell], { font: style.font, alignment: { vertical: 'middle', ...style.alignment } });
  return cell;
}

/** The report's title across the table's width: bold, large, centred. */
export function writeTitle(sheet: Worksheet, row: number, lastColumn: number, title: string): void {
  mergedText(sheet, { top: row, left: 1, right: lastColumn }, title, {
    font: { bold: true, size: 18 },
    alignment: { horizontal: 'center' },
  });
  sheet.getRow(row).height = 36;
}

export interface HeaderColumn {
  label: string;
  /** Width in Excel character units (a Chinese character needs about 2). */
  width: number;
  /** Sub-columns under a spanning label (a two-level header). */
  children?: { label: string; width: number }[];
}

/** Writes a one- or two-level table header from `firstRow`, sets column widths; returns the last column. */
export function writeTableHeader(sheet: Worksheet, firstRow: number, columns: HeaderColumn[]): number {
  const twoLevel = columns.some((column) => column.children);
  const lastRow = twoLevel ? firstRow + 1 : firstRow;
  let column = 1;
  for (const header of columns) {
    const children = header.children ?? [];
    if (children.length > 0) {
      mergedText(sheet, { top: firstRow, left: column, right: column + children.length - 1 }, header.label);
      for (const child of children) {
        sheet.getCell(lastRow, column).value = child.label;
        sheet.getColumn(column).width = child.width;
        column += 1;
      }
    } else {
      mergedText(sheet, { top: firstRow, left: column, bottom: lastRow }, header.label);
      sheet.getColumn(column).width = header.width;
      column += 1;
    }
  }
  const lastColumn = column - 1;
  const cells = cellsIn(sheet, firstRow, 1, lastRow, lastColumn);
  styleCells(cells, {
    font: { bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  for (const cell of cells) cell.fill = headerFill;
  thinBorders(cells);
  // Each header row is as tall as its most wrapped label (a label spanning both rows fits in their sum).
  const leafHeights = columns.flatMap((header) =>
    (header.children ?? []).map((child) => wrappedHeight(child.label, child.width)),
  );
  const singleHeights = columns.map((header) =>
    header.children ? 0 : wrappedHeight(header.label, header.width),
  );
  const leafRowHeight = Math.max(20, ...(twoLevel ? leafHeights : singleHeights));
  sheet.getRow(lastRow).height = leafRowHeight;
  if (twoLevel) sheet.getRow(firstRow).height = Math.max(20, Math.max(...singleHeights) - leafRowHeight);
  return lastColumn;
}

/** Display width of text in Excel character units: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFEF]/.test(character) ? 2 : 1;
  return width;
}

/** Row height in points that shows `text` wrapped in a column `columnWidth` characters wide. */
export function wrappedHeight(text: string, columnWidth: number, fontSize = 10): number {
  const usable = Math.max(columnWidth - 1, 1);
  const lines = text
    .split('\n')
    .reduce((count, paragraph) => count + Math.max(1, Math.ceil(textWidth(paragraph) / usable)), 0);
  return Math.max(20, Math.ceil(lines * fontSize * 1.4 + 6));
}

/** A line under the title split in three: left (填报单位), centre (年度), right (单位：元). */
export function writeInfoLine(
  sheet: Worksheet,
  row: number,
  lastColumn: number,
  texts: [string, string, string],
): void {
  const third = Math.floor(lastColumn / 3);
  if (third < 1) {
    mergedText(sheet, { top: row, left: 1, right: lastColumn }, texts.join('　　'));
  } else {
    mergedText(sheet, { top: row, left: 1, right: third }, texts[0], { alignment: { horizontal: 'left' } });
    mergedText(sheet, { top: row, left: third + 1, right: lastColumn - third }, texts[1], {
      alignment: { horizontal: 'center' },
    });
    mergedText(sheet, { top: row, left: lastColumn - third + 1, right: lastColumn }, texts[2], {
      alignment: { horizontal: 'right' },
    });
  }
  for (const cell of cellsIn(sheet, row, 1, row, lastColumn)) cell.font = { ...bodyFont, size: 11 };
  sheet.getRow(row).height = 22;
}

/**
 * 单位负责人 / 财务负责人 / 填表人 with room to sign, and 填表日期, spread over the table's width on one row.
 * A report of an approved record also names its 填表人 (who prepared it) and 审核人 (who approved it,
 * with the 一人岗 mark when the waiver let them), each left blank when nobody signed in to do it.
 */
export function signatureLine(
  sheet: Worksheet,
  row: number,
  reportDate: string,
  lastColumn: number,
  signatories?: Signatories,
): void {
  const signers = signatories
    ? [`填表人：${preparersText(signatories)}`, `审核人：${approversText(signatories)}`]
    : ['填表人：'];
  const parts = ['单位负责人：', '财务负责人：', ...signers, `填表日期：${formatChineseDate(reportDate)}`];
  const span = Math.floor(lastColumn / parts.length);
  const style = { font: { size: 11 }, alignment: { horizontal: 'left' as const, wrapText: true } };
  if (span < 1) {
    mergedText(sheet, { top: row, left: 1, right: lastColumn }, parts.join('　　　　'), style);
  } else {
    parts.forEach((text, index) => {
      const left = index * span + 1;
      const right = index === parts.length - 1 ? lastColumn : left + span - 1;
      mergedText(sheet, { top: row, left, right }, text, style);
    });
  }
  sheet.getRow(row).height = 30;
}
