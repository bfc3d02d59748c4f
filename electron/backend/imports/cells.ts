// Reading an uploaded workbook the way the clerk sees it, whichever client last saved it (Excel, WPS,
// LibreOffice): opening it with a Chinese reason when it is not an xlsx, finding a header row by its
// labels, and the text a cell shows. Shared by every Excel import.
import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { ImportError } from '../../../shared/contract/funding';

/** The workbook, or why it cannot be read. */
export async function loadWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook | string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An old .xls and a password-protected .xlsx are both OLE compound files, not zip archives.
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return '文件是旧版 Excel（.xls）格式或设置了打开密码：请另存为不加密的 .xlsx 工作簿后再导入';
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return '文件不是有效的 Excel 工作簿（.xlsx）';
  }
  return workbook;
}

/** An error about the whole file rather than a cell. */
export function fileError(message: string): ImportError {
  return { sheet: '', row: 0, column: '', message };
}

/**
 * The header row among the first rows and the column of each label. A header cell matches on its first
 * line, so a note under the label (「（请勿修改）」) does not matter, nor does the order of the columns.
 */
export function locateHeader<K extends string>(
  sheet: Worksheet,
  labels: Record<K, string>,
  searchRows = 10,
): { headerRow: number; columns: Record<K, number> } | null {
  const keys = Object.keys(labels) as K[];
  for (let row = 1; row <= Math.min(sheet.rowCount, searchRows); row += 1) {
    const found = new Map<string, number>();
    sheet.getRow(row).eachCell((cell, column) => {
      const label = cellText(cell).split('\n')[0]?.trim() ?? '';
      if (!found.has(label)) found.set(label, column);
    });
    const columns = keys.map((key) => found.get(labels[key]));
    if (columns.every((column) => column !== undefined)) {
      return {
        headerRow: row,
        columns: Object.fromEntries(keys.map((key, i) => [key, columns[i]])) as Record<K, number>,
      };
    }
  }
  return null;
}

/** In the order the clerk reads the sheet: by row, then by column. */
export function sortErrors(errors: ImportError[]): ImportError[] {
  return [...errors].sort(
    (a, b) => a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column),
  );
}

/** The text a cell shows, whatever kind of value it holds (rich text, formula result, hyperlink). */
export function cellText(cell: Cell): string {
  return valueText(cell.value).trim();
}

export function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return valueText((value.result ?? null) as CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/** Digits typed with a Chinese input method (０-９) as ASCII digits. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

export function positiveIntegerOrNull(text: string): number | null {
  return /^\d+$/.test(text) && Number(text) >= 1 && Number.isSafeInteger(Number(text)) ? Number(text) : null;
}
