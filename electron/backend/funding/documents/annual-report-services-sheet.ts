// Sheet 3 of the annual report, 政府购买服务执行情况: each community's purchased-services allocation, what
// its contracts commit and have been paid, what is left, and how many contracts; a 合计 row of SUM
// formulas carrying their results. An allocation not yet approved is left blank, and so is its balance.
import type { Workbook, Worksheet } from 'exceljs';
import { sumFen } from '../../../../shared/domain/money';
import type { AnnualReportData, PurchasedServicesRow } from './document-data';
import {
  applyA4Landscape,
  cellsIn,
  columnLetter,
  fenToYuan,
  freezeAt,
  setCountFormat,
  setMoneyFormat,
  signatureLine,
  styleCells,
  thinBorders,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
  type HeaderColumn,
} from '../../documents/excel/excel-style';

export const servicesSheetName = '政府购买服务执行情况';

const headerRow = 3;
export const servicesFirstDataRow = 4;

const header: HeaderColumn[] = [
  { label: '社区', width: 22 },
  { label: '政府购买服务经费', width: 17 },
  { label: '合同占用', width: 15 },
  { label: '已付款', width: 15 },
  { label: '结余', width: 15 },
  { label: '合同数', width: 9 },
];

// 社区, then four amounts and the count (no 序号: the sheet is read by community, and its six columns
// leave the title block and the signature line room enough).
const firstMoneyColumn = 2;
const countColumn = 6;

/** The figure cells of a row in column order: four amounts in fen (null left blank), then the count. */
function figuresOf(row: PurchasedServicesRow): (number | null)[] {
  return [row.allocatedFen, row.committedFen, row.paidFen, row.remainingFen, row.contracts];
}

export function addServicesSheet(workbook: Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(servicesSheetName);
  const lastColumn = writeTableHeader(sheet, headerRow, header);
  writeTitle(sheet, 1, lastColumn, `${data.year}年度政府购买服务执行情况`);
  writeInfoLine(sheet, 2, lastColumn, [
    `填报单位：${data.office.officeName}`,
    `年度：${data.year}`,
    '单位：元',
  ]);

  const rows = data.purchasedServices;
  rows.forEach((row, index) => {
    const figures = figuresOf(row);
    sheet.getRow(servicesFirstDataRow + index).values = [
      row.communityName,
      ...figures.slice(0, 4).map((fen) => (fen === null ? null : fenToYuan(fen))),
      row.contracts,
    ];
  });
  const lastDataRow = servicesFirstDataRow + Math.max(rows.length, 1) - 1;
  if (rows.length === 0) sheet.getCell(servicesFirstDataRow, 1).value = '（无社区）';
  const totalRow = lastDataRow + 1;
  writeTotalRow(sheet, totalRow, lastDataRow, rows);

  const body = (left: number, right: number) => cellsIn(sheet, servicesFirstDataRow, left, totalRow, right);
  styleCells(body(1, lastColumn), { alignment: { vertical: 'middle' } });
  styleCells(cellsIn(sheet, servicesFirstDataRow, 1, lastDataRow, 1), {
    alignment: { horizontal: 'left', wrapText: true },
  });
  setMoneyFormat(body(firstMoneyColumn, countColumn - 1));
  setCountFormat(body(countColumn, countColumn));
  styleCells(cellsIn(sheet, totalRow, 1, totalRow, lastColumn), { font: { bold: true } });
  thinBorders(cellsIn(sheet, headerRow, 1, totalRow, lastColumn));

  signatureLine(sheet, totalRow + 2, data.reportDate, lastColumn, data.signatories);
  applyA4Landscape(sheet, `1:${headerRow}`);
  freezeAt(sheet, servicesFirstDataRow, 2);
}

function writeTotalRow(
  sheet: Worksheet,
  row: number,
  lastDataRow: number,
  rows: PurchasedServicesRow[],
): void {
  const label = sheet.getCell(row, 1);
  label.value = '合计';
  label.alignment = { horizontal: 'center', vertical: 'middle' };
  for (let column = firstMoneyColumn; column <= countColumn; column += 1) {
    const i = column - firstMoneyColumn;
    // Integer sums (fen, or contracts); a blank allocation adds nothing, as SUM skips a blank cell.
    const total = sumFen(rows.map((each) => figuresOf(each)[i] ?? 0));
    const letter = columnLetter(column);
    sheet.getCell(row, column).value = {
      formula: `SUM(${letter}${servicesFirstDataRow}:${letter}${lastDataRow})`,
      result: column === countColumn ? total : fenToYuan(total),
    };
  }
  sheet.getRow(row).height = 22;
}
