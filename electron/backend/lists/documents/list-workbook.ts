// Reads a filled-in 清单导入模板 and checks every row. It never stops at the first problem: the clerk gets
// every error at once, each with sheet, row and column as Excel shows them. It only parses; replacing the
// draft's items is the service's job, and it happens only when this finds nothing wrong.
import { normaliseText, textProblem, textProblemMessages } from '../../../../shared/domain/text';
import type { Worksheet } from 'exceljs';
import type { ImportError } from '../../../../shared/contract/files';
import {
  listItemLabels,
  listKindLabels,
  listKinds,
  type ListItem,
  type ListKind,
} from '../../../../shared/features/lists/contract';
import type { ListItemField, ListItemTextField } from '../../../../shared/features/lists/list-item-fields';
import { columnLetter } from '../../documents/excel/excel-style';
import { headerLabels as labelsOf } from '../../documents/excel/column-spec';
import { listColumns, listSheetName, listTemplate } from './list-template.xlsx';
import {
  cellText,
  halfWidthDigits,
  isImportError,
  loadWorkbook,
  locateHeader,
  positiveIntegerOrNull,
  sortErrors,
  valueCellErrors,
} from '../../documents/excel/cells';

/** One checked row: its text, the 序号 typed in and the sheet row it came from. */
export interface ParsedListRow extends Pick<ListItem, ListItemTextField> {
  row: number;
  seq: number;
}

export type ListImportCheck = { ok: true; rows: ParsedListRow[] } | { ok: false; errors: ImportError[] };

export const maxListItems = 2000;

type Columns = Record<ListItemField, number>;
type Report = (row: number, column: number, message: string) => void;

const headerLabels = labelsOf(listColumns);

/** The rows in 序号 order, or every error found. */
export async function parseListWorkbook(
  bytes: Buffer | Uint8Array,
  kind: ListKind,
): Promise<ListImportCheck> {
  const workbook = await loadWorkbook(bytes);
  if (isImportError(workbook)) return { ok: false, errors: [workbook] };
  const sheetName = listSheetName(kind);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) {
    const other = listKinds.find(
      (candidate) => candidate !== kind && workbook.getWorksheet(listSheetName(candidate)),
    );
    return {
      ok: false,
      errors: [{ sheet: sheetName, row: 0, column: '', message: missingSheetMessage(kind, other) }],
    };
  }
  const located = locateHeader(sheet, headerLabels);
  if (!located) {
    const labels = Object.values(headerLabels).join('、');
    const message = `找不到表头（${labels}）：请使用本系统导出的清单导入模板，不要修改表头`;
    return { ok: false, errors: [{ sheet: sheetName, row: listTemplate.headerRow, column: 'A', message }] };
  }
  const unreadable = valueCellErrors(sheet, located.headerRow + 1, located.columns, headerLabels);
  if (unreadable.length > 0) return { ok: false, errors: unreadable };
  return checkRows(sheet, located.headerRow, located.columns);
}

function missingSheetMessage(kind: ListKind, other: ListKind | undefined): string {
  const label = listKindLabels[kind];
  if (other === undefined) return `找不到工作表「${label}」：请使用本系统导出的「${label}」导入模板`;
  const otherLabel = listKindLabels[other];
  return `找不到工作表「${label}」：这是「${otherLabel}」的导入模板，请在「${otherLabel}」中导入，或导出「${label}」的模板`;
}

function checkRows(sheet: Worksheet, headerRow: number, columns: Columns): ListImportCheck {
  const errors: ImportError[] = [];
  const report: Report = (row, column, message) =>
    errors.push({ sheet: sheet.name, row, column: columnLetter(column), message });
  const rows: ParsedListRow[] = [];
  const seqRows = new Map<number, number>();
  for (let row = headerRow + 1; row <= sheet.rowCount; row += 1) {
    const parsed = readRow(sheet, row, columns, report);
    if (!parsed) continue;
    const earlier = seqRows.get(parsed.seq);
    if (earlier !== undefined)
      report(row, columns.seq, `${listItemLabels.seq} ${parsed.seq} 重复（第 ${earlier} 行已有）`);
    else if (parsed.seq > 0) seqRows.set(parsed.seq, row);
    rows.push(parsed);
  }
  if (rows.length === 0 && errors.length === 0)
    report(headerRow + 1, columns.title, '工作表中没有可导入的事项');
  if (rows.length > maxListItems)
    report(headerRow + 1, columns.seq, `事项过多（${rows.length} 项）：一份清单不能超过 ${maxListItems} 项`);
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, rows: rows.sort((a, b) => a.seq - b.seq) };
}

/** A non-blank row's cells, each checked by its column's kind; null for a blank row. 序号 is 0 when it could not be read. */
function readRow(sheet: Worksheet, row: number, columns: Columns, report: Report): ParsedListRow | null {
  const text = (field: keyof Columns) => cellText(sheet.getCell(row, columns[field]));
  if (listColumns.every((column) => text(column.key) === '')) return null;
  const seq = parseSeq(sheet.getCell(row, columns.seq).value, text('seq'));
  if (typeof seq === 'string') report(row, columns.seq, seq);
  const fields = {} as Pick<ListItem, ListItemTextField>;
  for (const column of listColumns) {
    if (column.key === 'seq' || column.kind.type !== 'text') continue;
    const field = column.key;
    const value = normaliseText(text(field));
    fields[field] = value;
    if (column.kind.required && value === '') report(row, columns[field], `${column.label}未填写`);
    // The same text rules as the item form: an imported item must stay editable there.
    const problem = textProblem(value, column.kind.multiline);
    if (problem) report(row, columns[field], `${column.label}${textProblemMessages[problem]}`);
    if (value.length > column.kind.maxLength) {
      report(
        row,
        columns[field],
        `${column.label}超过 ${column.kind.maxLength} 个字（现有 ${value.length} 个字）`,
      );
    }
  }
  return { row, seq: typeof seq === 'number' ? seq : 0, ...fields };
}

/** 序号 as a whole number ≥ 1, typed as a number or as text (full-width digits too); otherwise the reason. */
function parseSeq(value: unknown, text: string): number | string {
  const label = listItemLabels.seq;
  if (text === '') return `${label}未填写`;
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 1 ? value : `${label}「${text}」不是正整数`;
  }
  return (
    positiveIntegerOrNull(halfWidthDigits(text.replace(/[\s\u3000]/g, ''))) ?? `${label}「${text}」不是正整数`
  );
}
