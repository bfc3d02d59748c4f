// Sheet 1 of the annual report, 核定及拨付情况表: one row per community and a 合计 row of SUM formulas that
// also carry their results, so the figures show in clients that do not recalculate.
import type { Workbook, Worksheet } from 'exceljs';
import { courtyardTypeLabels, courtyardTypes } from '../../../../shared/features/register/contract';
import { fundingCategories, fundingCategoryLabels } from '../../../../shared/features/funding/contract';
import { sumFen } from '../../../../shared/domain/money';
import type { AnnualReportData, AnnualReportRow } from './document-data';
import {
  applyA4Landscape,
  cellsIn,
  columnLetter,
  fenToYuan,
  freezeAt,
  mergedText,
  setCountFormat,
  setMoneyFormat,
  setPercentFormat,
  signatureLine,
  styleCells,
  thinBorders,
  wrappedHeight,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
  type HeaderColumn,
} from '../../documents/excel/excel-style';

export const summarySheetName = '核定及拨付情况表';

const headerRow = 3;
export const summaryFirstDataRow = 5;
const remarkWidth = 30;

const header: HeaderColumn[] = [
  { label: '序号', width: 5 },
  { label: '社区', width: 16 },
  { label: '总户数', width: 9 },
  {
    label: '院落户数',
    width: 0,
    children: courtyardTypes.map((type) => ({ label: courtyardTypeLabels[type], width: 9 })),
  },
  ...fundingCategories.map((category) => ({ label: fundingCategoryLabels[category], width: 13 })),
  { label: '应拨合计', width: 14 },
  { label: '已拨付', width: 14 },
  { label: '未拨付', width: 14 },
  { label: '执行率', width: 9 },
  { label: '备注', width: remarkWidth },
];

// Column positions, 1-based: 序号, 社区, then the household counts, the amounts, 执行率 and 备注.
const firstCountColumn = 3;
const countColumnCount = 1 + courtyardTypes.length;
const firstMoneyColumn = firstCountColumn + countColumnCount;
const moneyColumnCount = fundingCategories.length + 3;
const allocatedColumn = firstMoneyColumn + fundingCategories.length;
const disbursedColumn = allocatedColumn + 1;
const rateColumn = firstMoneyColumn + moneyColumnCount;
const remarkColumn = rateColumn + 1;

/** The integers behind a row's figure cells, in column order: households, then fen. */
function countsOf(row: AnnualReportRow): number[] {
  return [row.totalHouseholds, ...courtyardTypes.map((type) => row.householdsByType[type])];
}
function fenOf(row: AnnualReportRow): number[] {
  const byCategory = fundingCategories.map((category) => row.amountsFen[category]);
  return [...byCategory, row.allocatedFen, row.disbursedFen, row.remainingFen];
}

export function addSummarySheet(workbook: Workbook, data: AnnualReportData): void {
  const sheet = workbook.addWorksheet(summarySheetName);
  const draft = data.status === 'draft' ? '（草稿，未审批）' : '';
  const lastColumn = writeTableHeader(sheet, headerRow, header);
  writeTitle(sheet, 1, lastColumn, `${data.year}年度社区工作经费核定及拨付情况表${draft}`);
  writeInfoLine(sheet, 2, lastColumn, [
    `填报单位：${data.office.officeName}`,
    `年度：${data.year}`,
    '单位：元',
  ]);

  data.rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(summaryFirstDataRow + index);
    sheetRow.values = [
      index + 1,
      row.communityName,
      ...countsOf(row),
      ...fenOf(row).map(fenToYuan),
      row.executionRate,
      row.remark,
    ];
    sheetRow.height = Math.max(wrappedHeight(row.remark, remarkWidth), wrappedHeight(row.communityName, 16));
  });
  // An empty year still gets one (blank) data row, so that the SUM ranges below stay well-formed.
  const lastDataRow = summaryFirstDataRow + Math.max(data.rows.length, 1) - 1;
  if (data.rows.length === 0) sheet.getCell(summaryFirstDataRow, 2).value = '（无社区）';

  const totalRow = lastDataRow + 1;
  writeTotalRow(data.rows, totalRow);

  const body = (left: number, right: number) => cellsIn(sheet, summaryFirstDataRow, left, totalRow, right);
  styleCells(body(1, lastColumn), { alignment: { vertical: 'middle' } });
  styleCells(body(1, 1), { alignment: { horizontal: 'center' } });
  // Not on the 合计 row: its B cell is merged into A and shares A's centred style.
  styleCells(cellsIn(sheet, summaryFirstDataRow, 2, lastDataRow, 2), {
    alignment: { horizontal: 'left', wrapText: true },
  });
  styleCells(body(remarkColumn, remarkColumn), { alignment: { horizontal: 'left', wrapText: true } });
  setCountFormat(body(firstCountColumn, firstMoneyColumn - 1));
  setMoneyFormat(body(firstMoneyColumn, rateColumn - 1));
  setPercentFormat(body(rateColumn, rateColumn));
  styleCells(cellsIn(sheet, totalRow, 1, totalRow, lastColumn), { font: { bold: true } });
  thinBorders(cellsIn(sheet, headerRow, 1, totalRow, lastColumn));

  writeBasis(sheet, totalRow + 1, lastColumn, data.basis);
  signatureLine(sheet, totalRow + 2, data.reportDate, lastColumn, data.signatories);
  applyA4Landscape(sheet, `1:${summaryFirstDataRow - 1}`);
  freezeAt(sheet, summaryFirstDataRow, 3);

  function writeTotalRow(rows: AnnualReportRow[], row: number): void {
    sheet.mergeCells(row, 1, row, 2);
    const label = sheet.getCell(row, 1);
    label.value = '合计';
    label.alignment = { horizontal: 'center', vertical: 'middle' };
    const sumOf = (column: number) => {
      const letter = columnLetter(column);
      return `SUM(${letter}${summaryFirstDataRow}:${letter}${lastDataRow})`;
    };
    const countTotals = sumColumns(rows.map(countsOf), countColumnCount);
    const fenTotals = sumColumns(rows.map(fenOf), moneyColumnCount);
    countTotals.forEach((total, i) => {
      sheet.getCell(row, firstCountColumn + i).value = {
        formula: sumOf(firstCountColumn + i),
        result: total,
      };
    });
    fenTotals.forEach((totalFen, i) => {
      const column = firstMoneyColumn + i;
      sheet.getCell(row, column).value = { formula: sumOf(column), result: fenToYuan(totalFen) };
    });
    const allocatedFen = fenTotals[allocatedColumn - firstMoneyColumn] ?? 0;
    const disbursedFen = fenTotals[disbursedColumn - firstMoneyColumn] ?? 0;
    const allocated = `${columnLetter(allocatedColumn)}${row}`;
    const disbursed = `${columnLetter(disbursedColumn)}${row}`;
    sheet.getCell(row, rateColumn).value = {
      formula: `IF(${allocated}=0,"",${disbursed}/${allocated})`,
      result: allocatedFen === 0 ? '' : disbursedFen / allocatedFen,
    };
    sheet.getRow(row).height = 22;
  }
}

function tableWidth(columns: HeaderColumn[]): number {
  return columns.reduce((sum, column) => sum + column.width + tableWidth(column.children ?? []), 0);
}

/** 核定依据 in the row between the table and the signatures, across the whole width. */
function writeBasis(sheet: Worksheet, row: number, lastColumn: number, basis: string): void {
  if (basis === '') return;
  mergedText(sheet, { top: row, left: 1, right: lastColumn }, basis, {
    font: { size: 10 },
    alignment: { horizontal: 'left', wrapText: true },
  });
  sheet.getRow(row).height = wrappedHeight(basis, tableWidth(header));
}

/** Integer column sums of a matrix of households or fen (never of yuan floats). */
function sumColumns(matrix: number[][], width: number): number[] {
  return Array.from({ length: width }, (_, column) => sumFen(matrix.map((row) => row[column] ?? 0)));
}
