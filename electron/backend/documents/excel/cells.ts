// Reading an uploaded workbook the way the clerk sees it, whichever client last saved it (Excel, WPS,
// LibreOffice): opening it with a Chinese reason when it is not an xlsx, finding a header row by its
// labels, and the text a cell shows. Shared by every Excel import.
import ExcelJS from 'exceljs';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import type { ImportError } from '../../../../shared/contract/files';
import { columnLetter } from './excel-style';
import { checkWorkbookLimits, fileError, notXlsxMessage } from './workbook-limits';

/** The workbook, or why it cannot be read: measured first (size, inflated size, rows), then parsed. */
export async function loadWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook | ImportError> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // An old .xls and a password-protected .xlsx are both OLE compound files, not zip archives.
  if (buffer.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    return fileError('文件是旧版 Excel（.xls）格式或设置了打开密码：请另存为不加密的 .xlsx 工作簿后再导入');
  }
  const refused = checkWorkbookLimits(buffer);
  if (refused) return refused;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return fileError(notXlsxMessage);
  }
  return workbook;
}

export function isImportError(loaded: ExcelJS.Workbook | ImportError): loaded is ImportError {
  return 'message' in loaded;
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

/**
 * Merged cells and formulas among the cells an import reads, from the first data row down. A merged cell
 * gives every row it covers the master's value, and a formula brings in whatever result it last cached:
 * either way a figure nobody typed on that row would be imported, so the clerk is asked to fix the sheet.
 */
export function valueCellErrors(
  sheet: Worksheet,
  firstRow: number,
  columns: Record<string, number>,
  labels: Record<string, string>,
): ImportError[] {
  const errors: ImportError[] = [];
  const merges = new Map<string, { first: Cell; last: Cell; label: string }>();
  const keys = Object.keys(columns).sort((a, b) => columns[a]! - columns[b]!);
  for (let row = firstRow; row <= sheet.rowCount; row += 1) {
    for (const key of keys) {
      const cell = sheet.getCell(row, columns[key]!);
      const label = labels[key]!;
      if (cell.isMerged) {
        const merge = merges.get(cell.master.address);
        if (merge) merge.last = cell;
        else merges.set(cell.master.address, { first: cell, last: cell, label });
      } else if (cell.type === ExcelJS.ValueType.Formula) {
        const formula = cell.formula ? `（=${cell.formula}）` : '';
        const message = `${label}：单元格含公式${formula}，导入只读取直接填写的内容：请复制后「选择性粘贴 → 数值」`;
        errors.push(cellError(sheet, cell, message));
      }
    }
  }
  for (const { first, last, label } of merges.values()) {
    const range = first === last ? first.address : `${first.address}:${last.address}`;
    const message = `${label}：单元格是合并单元格（${range}），合并后每一行都会读到同一个值：请取消合并，每行分别填写`;
    errors.push(cellError(sheet, first, message));
  }
  return sortErrors(errors);
}

function cellError(sheet: Worksheet, cell: Cell, message: string): ImportError {
  return { sheet: sheet.name, row: Number(cell.row), column: columnLetter(Number(cell.col)), message };
}
