// The columns of an import template, declared once per template: the template writes its header, widths
// and Excel's own checks from them, and the reader finds each column by the same header text and checks
// its cells by the same kind. A header renamed or a limit changed in one place cannot drift from the other.
import type { Cell, Worksheet } from 'exceljs';
import type { HeaderColumn } from './excel-style';

/** What a column holds, and so how the template marks it and the reader checks it. */
export type ColumnKind =
  /** An id the app wrote: grey, the clerk must not change it. */
  | { type: 'id' }
  /** Text the app wrote for the clerk to read by (a name, a type): grey, not read as data. */
  | { type: 'reference' }
  /** A whole number the clerk types; Excel refuses others while typing, the reader checks again. */
  | { type: 'whole'; min: number; max?: number }
  /** Text the clerk types: the same limits as the form that edits it afterwards. */
  | { type: 'text'; maxLength: number; multiline: boolean; required: boolean };

export interface ImportColumn<K extends string = string> {
  key: K;
  /** The header text the reader looks for (the first line of the header cell). */
  label: string;
  /** A second header line for the clerk only, e.g. 「（请勿修改）」. */
  note?: string;
  width: number;
  kind: ColumnKind;
}

export type KeyOf<C extends readonly ImportColumn[]> = C[number]['key'];

/** The header row as writeTableHeader takes it. */
export function headerCells(columns: readonly ImportColumn[]): HeaderColumn[] {
  return columns.map((column) => ({
    label: column.note === undefined ? column.label : `${column.label}\n${column.note}`,
    width: column.width,
  }));
}

/** Each column's header text by key: what locateHeader looks for and what messages name. */
export function headerLabels<C extends readonly ImportColumn[]>(columns: C): Record<KeyOf<C>, string> {
  return Object.fromEntries(columns.map((column) => [column.key, column.label])) as Record<KeyOf<C>, string>;
}

/** Where the template puts each column (1-based), with its header text. */
export function templatePositions<C extends readonly ImportColumn[]>(
  columns: C,
): Record<KeyOf<C>, { index: number; label: string }> {
  return Object.fromEntries(
    columns.map((column, position) => [column.key, { index: position + 1, label: column.label }]),
  ) as Record<KeyOf<C>, { index: number; label: string }>;
}

/** One data row in template order. */
export function rowValues<K extends string, V>(
  columns: readonly ImportColumn<K>[],
  values: Record<K, V>,
): V[] {
  return columns.map((column) => values[column.key]);
}

/** The cells of one template column between two rows. */
export function templateColumnCells(
  sheet: Worksheet,
  columns: readonly ImportColumn[],
  key: string,
  firstRow: number,
  lastRow: number,
): Cell[] {
  const index = columns.findIndex((column) => column.key === key) + 1;
  const cells: Cell[] = [];
  for (let row = firstRow; row <= lastRow; row += 1) cells.push(sheet.getCell(row, index));
  return cells;
}

/** Excel's check of a whole-number column while the clerk types, worded after the column. */
export function validateWholeColumn(
  sheet: Worksheet,
  columns: readonly ImportColumn[],
  key: string,
  firstRow: number,
  lastRow: number,
): void {
  const column = columns.find((candidate) => candidate.key === key);
  if (column?.kind.type !== 'whole') return;
  const { min, max } = column.kind;
  const rule =
    max === undefined
      ? {
          operator: 'greaterThanOrEqual' as const,
          formulae: [min],
          error: `${column.label}须为不小于 ${min} 的整数`,
        }
      : {
          operator: 'between' as const,
          formulae: [min, max],
          error: `${column.label}须为 ${min} 到 ${max.toLocaleString('en-US')} 之间的整数`,
        };
  for (const cell of templateColumnCells(sheet, columns, key, firstRow, lastRow)) {
    cell.dataValidation = {
      type: 'whole',
      operator: rule.operator,
      allowBlank: true,
      formulae: rule.formulae,
      showErrorMessage: true,
      errorTitle: `${column.label}不正确`,
      error: rule.error,
    };
  }
}
