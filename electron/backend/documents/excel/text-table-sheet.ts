// A sheet of one plain text table, as registers and lists are filed: title, info line, a header repeated on
// every printed page, wrapped rows with thin rules, and the signature line (DESIGN.md §6).
import type { Workbook, Worksheet } from 'exceljs';
import {
  applyA4Landscape,
  cellsIn,
  freezeAt,
  signatureLine,
  styleCells,
  thinBorders,
  wrappedHeight,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
} from './excel-style';

export interface TextTableColumn {
  label: string;
  /** Excel character units (a Chinese character needs about 2). */
  width: number;
  align?: 'left' | 'center';
}

export interface TextTableSheet {
  sheetName: string;
  title: string;
  /** Left (填报单位), centre and right parts of the line under the title. */
  info: [string, string, string];
  columns: TextTableColumn[];
  rows: string[][];
  /** ISO date of the signature line. */
  reportDate: string;
}

export const textTableHeaderRow = 3;
export const textTableFirstDataRow = 4;

export function addTextTableSheet(workbook: Workbook, spec: TextTableSheet): Worksheet {
  const sheet = workbook.addWorksheet(spec.sheetName);
  const lastColumn = writeTableHeader(sheet, textTableHeaderRow, spec.columns);
  writeTitle(sheet, 1, lastColumn, spec.title);
  writeInfoLine(sheet, 2, lastColumn, spec.info);

  spec.rows.forEach((values, index) => {
    const row = sheet.getRow(textTableFirstDataRow + index);
    row.values = values;
    row.height = Math.max(
      ...values.map((text, column) => wrappedHeight(text, spec.columns[column]?.width ?? 10)),
    );
  });
  const lastRow = textTableFirstDataRow + Math.max(spec.rows.length, 1) - 1;
  if (spec.rows.length === 0) sheet.getCell(textTableFirstDataRow, 2).value = '（无）';

  spec.columns.forEach((column, index) => {
    styleCells(cellsIn(sheet, textTableFirstDataRow, index + 1, lastRow, index + 1), {
      alignment: { horizontal: column.align ?? 'left', vertical: 'middle', wrapText: true },
    });
  });
  thinBorders(cellsIn(sheet, textTableHeaderRow, 1, lastRow, lastColumn));
  signatureLine(sheet, lastRow + 2, spec.reportDate, lastColumn);
  applyA4Landscape(sheet, `1:${textTableHeaderRow}`);
  freezeAt(sheet, textTableFirstDataRow, 1);
  return sheet;
}
