// One report table of the fund as a PDF to print, from the same FundTableSpec as its xlsx: A4 landscape,
// the title, 编制单位 / period / 单位：元, the one- or two-level header repeated on every page, amounts in
// yuan right-aligned as #,##0.00, bold 合计 rows, the signature line after the table, 第 N 页 共 M 页.
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { formatYuan } from '../../../../shared/domain/money';
import { fontFamilies, pdfmakeFor } from '../../documents/pdf/fonts';
import { fundUnitText, type FundCell, type FundTableRow, type FundTableSpec } from './fund-table.xlsx';

const mm = 72 / 25.4;
const pageMargins: [number, number, number, number] = [14 * mm, 14 * mm, 14 * mm, 14 * mm];
/** The printable width of A4 landscape (297 mm) inside the margins, in points. */
const tableWidth = (297 - 28) * mm;

const ruled: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

/** The columns as printed, left to right: a spanning label's children take its place. */
function leafWidths(spec: FundTableSpec): number[] {
  return spec.columns.flatMap((column) => column.children?.map((child) => child.width) ?? [column.width]);
}

/** Excel's character widths scaled to the page, so the proportions of the sheet carry over. */
function pointWidths(spec: FundTableSpec): number[] {
  const widths = leafWidths(spec);
  const total = widths.reduce((sum, width) => sum + width, 0);
  // pdfmake adds each cell's padding and rules to the width given; leave room for them.
  const usable = tableWidth - widths.length * 6.6;
  return widths.map((width) => (width / total) * usable);
}

function headerRows(spec: FundTableSpec): TableCell[][] {
  const twoLevel = spec.columns.some((column) => column.children);
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  const head = (text: string, extra: { colSpan?: number; rowSpan?: number } = {}): TableCell => ({
    text,
    bold: true,
    alignment: 'center',
    verticalAlignment: 'middle',
    fillColor: '#eeeeee',
    ...extra,
  });
  for (const column of spec.columns) {
    const children = column.children ?? [];
    if (children.length > 0) {
      top.push(head(column.label, { colSpan: children.length }));
      for (let index = 1; index < children.length; index += 1) top.push('');
      bottom.push(...children.map((child) => head(child.label)));
    } else if (twoLevel) {
      top.push(head(column.label, { rowSpan: 2 }));
      bottom.push('');
    } else {
      top.push(head(column.label));
    }
  }
  return twoLevel ? [top, bottom] : [top];
}

function bodyCell(cell: FundCell, column: number, spec: FundTableSpec, bold: boolean): TableCell {
  const base = { bold, verticalAlignment: 'middle' as const, preserveLeadingSpaces: true };
  if (cell === null) return { ...base, text: '' };
  if (typeof cell === 'object') return { ...base, text: formatYuan(cell.fen), alignment: 'right' };
  if (typeof cell === 'number') return { ...base, text: String(cell), alignment: 'center' };
  const left = spec.textColumns?.includes(column + 1) ?? false;
  return { ...base, text: cell, alignment: left ? 'left' : 'center' };
}

/**
 * A 合计 label runs on over the empty cells after it: in the sheet it overflows into them, on paper a
 * narrow 序号 column would wrap 合计（10 笔） over three lines. Left-aligned, so that
 * 其中：限定性 and the 非限定性 indented under it line up.
 */
function totalRow(row: FundTableRow, spec: FundTableSpec): TableCell[] {
  const cells = row.cells.map((cell, column) => bodyCell(cell, column, spec, true));
  const [label] = row.cells;
  if (typeof label !== 'string') return cells;
  let span = 1;
  while (span < row.cells.length && row.cells[span] === null) span += 1;
  if (span === 1) return cells;
  return [{ ...(cells[0] as object), alignment: 'left', colSpan: span } as TableCell, ...cells.slice(1)];
}

function bodyRows(spec: FundTableSpec): TableCell[][] {
  return [
    ...spec.rows.map((row) =>
      row.cells.map((cell, column) => bodyCell(cell, column, spec, row.bold ?? false)),
    ),
    ...spec.totals.map((row) => totalRow(row, spec)),
  ];
}

function infoLine(spec: FundTableSpec): Content {
  return {
    margin: [0, 0, 0, 4],
    columns: [
      { width: '*', text: fundUnitText(spec.heading) },
      { width: 'auto', text: spec.periodText, alignment: 'center' },
      { width: '*', text: '单位：元', alignment: 'right' },
    ],
  };
}

function signatureLine(spec: FundTableSpec): Content {
  const parts = [
    '单位负责人：',
    '财务负责人：',
    '填表人：',
    `填表日期：${formatChineseDate(spec.heading.reportDate)}`,
  ];
  return {
    margin: [0, 14, 0, 0],
    unbreakable: true,
    columns: parts.map((text) => ({ width: '*', text })),
  };
}

export function fundTableDefinition(spec: FundTableSpec): TDocumentDefinitions {
  const header = headerRows(spec);
  return {
    info: { title: spec.title, creator: '街道社区经费台账', producer: '街道社区经费台账' },
    language: 'zh-CN',
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins,
    defaultStyle: { font: fontFamilies.sans, fontSize: 9, lineHeight: 1.05 },
    footer: (page, pageCount) => ({
      text: `第 ${page} 页 共 ${pageCount} 页`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, 4 * mm, 0, 0],
    }),
    content: [
      {
        text: spec.title,
        font: fontFamilies.serif,
        bold: true,
        fontSize: 18,
        alignment: 'center',
        margin: [0, 0, 0, 8],
      },
      infoLine(spec),
      {
        layout: ruled,
        table: {
          headerRows: header.length,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: pointWidths(spec),
          body: [...header, ...bodyRows(spec)],
        },
      },
      signatureLine(spec),
    ],
  };
}

export async function renderFundTablePdf(spec: FundTableSpec, resourcesDir: string): Promise<Buffer> {
  return pdfmakeFor(resourcesDir).createPdf(fundTableDefinition(spec)).getBuffer();
}
