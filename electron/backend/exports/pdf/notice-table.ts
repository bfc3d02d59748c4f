// A notice's table: thin black rules, a header row that repeats on every page, rows never split across
// a page break, and a bold total row.
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

function cell(value: NoticeCell, style?: string): TableCell {
  if (typeof value === 'string') return { text: value, style, verticalAlignment: 'middle' };
  const { text, alignment, bold, colSpan } = value;
  return { text, style, alignment, bold, colSpan, verticalAlignment: 'middle' };
}

function assertColumns(table: NoticeTable, row: NoticeCell[], what: string): void {
  if (row.length !== table.widths.length) {
    throw new RangeError(`notice table: ${what} has ${row.length} cells for ${table.widths.length} columns`);
  }
}

export function noticeTable(table: NoticeTable): Content {
  assertColumns(table, table.headers, 'the header');
  table.rows.forEach((row, index) => assertColumns(table, row, `row ${index + 1}`));
  if (table.totalRow) assertColumns(table, table.totalRow, 'the total row');

  const body: TableCell[][] = [
    table.headers.map((header) => cell(header, 'tableHeader')),
    ...table.rows.map((row) => row.map((value) => cell(value))),
  ];
  if (table.totalRow) body.push(table.totalRow.map((value) => cell(value, 'tableTotal')));

  return {
    style: 'table',
    layout: ruledLayout,
    table: { headerRows: 1, dontBreakRows: true, widths: table.widths, body },
  };
}
