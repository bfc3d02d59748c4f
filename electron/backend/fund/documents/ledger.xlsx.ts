// 明细账 of one account for a year as xlsx, written with exceljs's streaming writer: a year of an account
// may hold 100,000 lines, so rows are committed as they come and the builder never holds the sheet.
// Layout in the office's conventions: title, 编制单位 / 科目 / 单位：元, the header repeated on every printed
// page and frozen, 上年结转, the lines with their running balance (借/贷/平), 本月合计 and 本年累计, amounts
// `#,##0.00` in yuan (red reversal lines negative, in red), and the signature line.
import { PassThrough, type Stream } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Style } from 'exceljs';
import { formatChineseDate } from '../../../../shared/domain/dates';
import { fenToYuan, moneyFormat, reportFontName } from '../../documents/excel/excel-style';
import { fundUnitText } from './fund-table.xlsx';
import type { FundHeading, LedgerBalanceSide, LedgerSheetData, LedgerSheetRow } from './report-types';

export const ledgerSheetName = '明细账';
export const ledgerHeaderRow = 3;
export const ledgerFirstDataRow = 4;
const sideLabels: Record<LedgerBalanceSide, string> = { debit: '借', credit: '贷', flat: '平' };

export function ledgerTitle(year: number, account: { code: string; name: string }): string {
  return `${year}年度明细账（${account.code} ${account.name}）`;
}

const columns = [
  { header: '日期', width: 11 },
  { header: '凭证号', width: 16 },
  { header: '摘要', width: 36 },
  { header: '借方', width: 15 },
  { header: '贷方', width: 15 },
  { header: '借或贷', width: 7 },
  { header: '余额', width: 15 },
];
const lastColumn = columns.length;

// Shared style objects: exceljs remembers a style it has seen by identity, so 100,000 rows cost no
// serialisation of their styles.
const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };
const font = { name: reportFontName, size: 10 };
const text: Partial<Style> = { font, border, alignment: { vertical: 'middle' } };
const centred: Partial<Style> = { font, border, alignment: { vertical: 'middle', horizontal: 'center' } };
const money: Partial<Style> = {
  font,
  border,
  numFmt: moneyFormat,
  alignment: { vertical: 'middle', horizontal: 'right' },
};
const redMoney: Partial<Style> = { ...money, font: { ...font, color: { argb: 'FFFF0000' } } };
const boldFont = { ...font, bold: true };
const boldText: Partial<Style> = { ...text, font: boldFont };
const boldCentred: Partial<Style> = { ...centred, font: boldFont };
const boldMoney: Partial<Style> = { ...money, font: boldFont };
const header: Partial<Style> = {
  font: boldFont,
  border,
  alignment: { vertical: 'middle', horizontal: 'center' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } },
};
const rowStyles = {
  line: [centred, text, text, money, money, centred, money],
  red: [centred, text, text, redMoney, redMoney, centred, money],
  total: [boldCentred, boldCentred, boldText, boldMoney, boldMoney, boldCentred, boldMoney],
};

function rowValues(row: LedgerSheetRow): (string | number)[] {
  const label =
    row.type === 'month_total' ? '本月合计' : row.type === 'year_total' ? '本年累计' : row.summary;
  return [
    row.date,
    row.number,
    label,
    ...(row.debitFen === 0 ? [''] : [fenToYuan(row.debitFen)]),
    ...(row.creditFen === 0 ? [''] : [fenToYuan(row.creditFen)]),
    sideLabels[row.side],
    fenToYuan(row.balanceFen),
  ];
}

/** Writes the ledger to `stream` (a file or a buffer's collector); resolves when the zip is finished. */
export async function writeLedgerXlsx(
  stream: NodeJS.WritableStream,
  heading: FundHeading,
  ledger: LedgerSheetData,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: stream as unknown as Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const title = ledgerTitle(ledger.year, ledger.account);
  workbook.creator = '街道社区经费台账';
  workbook.title = title;
  workbook.created = new Date(`${heading.reportDate.slice(0, 10)}T00:00:00+08:00`);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(ledgerSheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: ledgerHeaderRow, topLeftCell: `A${ledgerFirstDataRow}` }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  workbook.definedNames.add(`'${ledgerSheetName}'!$1:$${ledgerHeaderRow}`, '_xlnm.Print_Titles');
  sheet.columns = columns.map((column) => ({ width: column.width }));

  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).style = {
    font: { ...boldFont, size: 18 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  titleRow.height = 36;
  sheet.mergeCells(1, 1, 1, lastColumn);
  titleRow.commit();

  const infoRow = sheet.getRow(2);
  const scope = `科目：${ledger.account.code} ${ledger.account.name}${
    ledger.designationName ? `\u3000限定用途：${ledger.designationName}` : ''
  }\u3000年度：${ledger.year}`;
  const info: [number, number, string, 'left' | 'center' | 'right'][] = [
    [1, 2, fundUnitText(heading), 'left'],
    [3, 5, scope, 'center'],
    [6, 7, '单位：元', 'right'],
  ];
  for (const [left, right, value, horizontal] of info) {
    infoRow.getCell(left).value = value;
    infoRow.getCell(left).style = {
      font: { ...font, size: 11 },
      alignment: { horizontal, vertical: 'middle' },
    };
    sheet.mergeCells(2, left, 2, right);
  }
  infoRow.height = 22;
  infoRow.commit();

  const headerRow = sheet.getRow(ledgerHeaderRow);
  columns.forEach((column, index) => {
    const cell = headerRow.getCell(index + 1);
    cell.value = column.header;
    cell.style = header;
  });
  headerRow.height = 22;
  headerRow.commit();

  let rowNumber = ledgerFirstDataRow;
  const put = (values: (string | number)[], styles: Partial<Style>[]) => {
    const row = sheet.getRow(rowNumber);
    values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      cell.value = value;
      cell.style = styles[index]!;
    });
    row.commit();
    rowNumber += 1;
  };
  put(
    [
      `${ledger.year}-01-01`,
      '',
      ledger.openingLabel ?? '上年结转',
      '',
      '',
      sideLabels[ledger.opening.side],
      fenToYuan(ledger.opening.fen),
    ],
    rowStyles.total,
  );
  let lines = 0;
  for (const row of ledger.rows) {
    if (row.type === 'line') lines += 1;
    put(rowValues(row), row.type !== 'line' ? rowStyles.total : row.red ? rowStyles.red : rowStyles.line);
  }

  const signRow = sheet.getRow(rowNumber + 1);
  const signs: [number, number, string][] = [
    [1, 2, '单位负责人：'],
    [3, 3, '财务负责人：'],
    [4, 5, '填表人：'],
    [6, 7, `填表日期：${formatChineseDate(heading.reportDate)}`],
  ];
  for (const [left, right, value] of signs) {
    signRow.getCell(left).value = value;
    signRow.getCell(left).style = {
      font: { ...font, size: 11 },
      alignment: { horizontal: 'left', vertical: 'middle' },
    };
    if (right > left) sheet.mergeCells(rowNumber + 1, left, rowNumber + 1, right);
  }
  signRow.height = 30;
  signRow.commit();
  sheet.commit();
  await workbook.commit();
  return lines;
}

/** The ledger as bytes, for a file channel. */
export async function buildLedgerXlsx(heading: FundHeading, ledger: LedgerSheetData): Promise<Buffer> {
  const collector = new PassThrough();
  const chunks: Buffer[] = [];
  collector.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    collector.on('end', resolve);
    collector.on('error', reject);
  });
  await writeLedgerXlsx(collector, heading, ledger);
  collector.end();
  await finished;
  return Buffer.concat(chunks);
}
