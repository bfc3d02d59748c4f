// A notice's table: thin black rules, a header row that repeats on every page and never ends a page
// without the first row under it, rows never split across a page break, and a bold total row.
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { NoticeCell, NoticeTable } from './notice-document';

const ruledLayout: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#000000',
  vLineColor: () => '#000000',
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

export interface NoticeTableOptions {
  /**
   * Given to the first cell with text in the first row under the header, so that the layout can tell
   * on which page that row landed (captioned-table.ts). Must be unique within the document.
   */
  firstRowId?: string;
}

function cellText(value: NoticeCell): string {
  return typeof value === 'string' ? value : value.text;
}

function cell(value: NoticeCell, style?: string, id?: string): TableCell {
  if (typeof value === 'string') return { text: value, style, id, verticalAlignment: 'middle' };
  const { text, alignment, bold, colSpan } = value;
  return { text, style, id, alignment, bold, colSpan, verticalAlignment: 'middle' };
}

function bodyRow(row: NoticeCell[], style: string | undefined, markedId: string | undefined): TableCell[] {
  // pdfmake reports a node's final page only when the node has an id, and never reports an empty cell.
  const marked = markedId === undefined ? -1 : row.findIndex((value) => cellText(value).trim() !== '');
  return row.map((value, index) => cell(value, style, index === marked ? markedId : undefined));
}

function assertColumns(table: NoticeTable, row: NoticeCell[], what: string): void {
  if (row.length !== table.widths.length) {
    throw new RangeError(`notice table: ${what} has ${row.length} cells for ${table.widths.length} columns`);
  }
}

export function noticeTable(table: NoticeTable, options: NoticeTableOptions = {}): Content {
  assertColumns(table, table.headers, 'the header');
  table.rows.forEach((row, index) => assertColumns(table, row, `row ${index + 1}`));
  if (table.totalRow) assertColumns(table, table.totalRow, 'the total row');

  const rows: { cells: NoticeCell[]; style?: string }[] = table.rows.map((cells) => ({ cells }));
  if (table.totalRow) rows.push({ cells: table.totalRow, style: 'tableTotal' });
  const body: TableCell[][] = [
    table.headers.map((header) => cell(header, 'tableHeader')),
    ...rows.map(({ cells, style }, index) =>
      bodyRow(cells, style, index === 0 ? options.firstRowId : undefined),
    ),
  ];

  return {
    style: 'table',
    layout: ruledLayout,
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: table.widths, body },
  };
}
