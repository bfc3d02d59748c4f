// 政府购买服务合同台账 as an xlsx workbook in the office's report conventions: one row per non-draft contract
// of the year and a 合计 row of SUM formulas that carry their results (clients that do not recalculate
// still show the figures). Pure: plain data in, bytes out.
import type { Worksheet } from 'exceljs';
import { sumFen } from '../../../../shared/domain/money';
import {
  contractStateLabels,
  gradeLabels,
  formatScore,
  procurementMethodLabels,
} from '../../../../shared/features/contracts/contract';
import type { ContractRegisterData, RegisterContract } from './document-data';
import {
  applyA4Landscape,
  cellsIn,
  columnLetter,
  fenToYuan,
  freezeAt,
  newReportWorkbook,
  setMoneyFormat,
  signatureLine,
  styleCells,
  thinBorders,
  workbookToBuffer,
  wrappedHeight,
  writeInfoLine,
  writeTableHeader,
  writeTitle,
  type HeaderColumn,
} from '../../documents/excel/excel-style';

export const registerSheetName = '合同台账';

const headerRow = 3;
export const registerFirstDataRow = 4;
const titleWidth = 26;

const header: HeaderColumn[] = [
  { label: '序号', width: 5 },
  { label: '合同编号', width: 15 },
  { label: '合同名称', width: titleWidth },
  { label: '承接主体', width: 22 },
  { label: '统一社会信用代码', width: 21 },
  { label: '实施社区', width: 12 },
  { label: '购买方式', width: 11 },
  { label: '服务期限', width: 23 },
  { label: '合同价款', width: 13 },
  { label: '已付款', width: 13 },
  { label: '未付款', width: 13 },
  { label: '状态', width: 8 },
  { label: '最近评价', width: 12 },
];

// 合同价款, 已付款, 未付款: the three money columns, 1-based.
const firstMoneyColumn = 9;
const moneyColumnCount = 3;

export function registerTitle(year: number): string {
  return `${year}年度政府购买服务合同台账`;
}

function fenOf(contract: RegisterContract): number[] {
  return [contract.terms.priceFen, contract.totals.paidFen, contract.totals.remainingFen];
}

/** 优（92.5分） for the contract's latest evaluation, '' before any. */
export function latestEvaluationText(contract: RegisterContract): string {
  const latest = contract.evaluations.at(-1);
  return latest ? `${gradeLabels[latest.grade]}（${formatScore(latest.totalTenths)}分）` : '';
}

function rowValues(contract: RegisterContract, index: number): (string | number)[] {
  const { terms } = contract;
  return [
    index + 1,
    contract.contractNo ?? '',
    terms.title,
    contract.provider.name,
    contract.provider.uscc,
    contract.community.name,
    procurementMethodLabels[terms.procurementMethod],
    `${terms.startDate}至${terms.endDate}`,
    ...fenOf(contract).map(fenToYuan),
    contractStateLabels[contract.state],
    latestEvaluationText(contract),
  ];
}

export async function buildContractRegister(data: ContractRegisterData): Promise<Buffer> {
  const title = registerTitle(data.year);
  const workbook = newReportWorkbook({
    title,
    subject: `${data.office.officeName}${title}`,
    date: data.reportDate,
  });
  const sheet = workbook.addWorksheet(registerSheetName);
  const lastColumn = writeTableHeader(sheet, headerRow, header);
  writeTitle(sheet, 1, lastColumn, title);
  writeInfoLine(sheet, 2, lastColumn, [
    `填报单位：${data.office.officeName}`,
    `年度：${data.year}`,
    '单位：元',
  ]);

  data.contracts.forEach((contract, index) => {
    const row = sheet.getRow(registerFirstDataRow + index);
    row.values = rowValues(contract, index);
    row.height = Math.max(
      wrappedHeight(contract.terms.title, titleWidth),
      wrappedHeight(contract.provider.name, 22),
    );
  });
  // A year without contracts still gets one (blank) row, so that the SUM ranges stay well-formed.
  const lastDataRow = registerFirstDataRow + Math.max(data.contracts.length, 1) - 1;
  if (data.contracts.length === 0) sheet.getCell(registerFirstDataRow, 3).value = '（本年度无合同）';
  const totalRow = lastDataRow + 1;
  writeTotalRow(sheet, totalRow, lastDataRow, data.contracts);

  const body = (left: number, right: number) => cellsIn(sheet, registerFirstDataRow, left, totalRow, right);
  styleCells(body(1, lastColumn), { alignment: { vertical: 'middle' } });
  styleCells(body(1, 2), { alignment: { horizontal: 'center' } });
  styleCells(cellsIn(sheet, registerFirstDataRow, 3, lastDataRow, 4), {
    alignment: { horizontal: 'left', wrapText: true },
  });
  styleCells(body(12, lastColumn), { alignment: { horizontal: 'center' } });
  setMoneyFormat(body(firstMoneyColumn, firstMoneyColumn + moneyColumnCount - 1));
  styleCells(cellsIn(sheet, totalRow, 1, totalRow, lastColumn), { font: { bold: true } });
  thinBorders(cellsIn(sheet, headerRow, 1, totalRow, lastColumn));

  signatureLine(sheet, totalRow + 2, data.reportDate, lastColumn);
  applyA4Landscape(sheet, `1:${headerRow}`);
  freezeAt(sheet, registerFirstDataRow, 4);
  return workbookToBuffer(workbook);
}

function writeTotalRow(
  sheet: Worksheet,
  row: number,
  lastDataRow: number,
  contracts: RegisterContract[],
): void {
  sheet.mergeCells(row, 1, row, 8);
  const label = sheet.getCell(row, 1);
  label.value = `合计（${contracts.length} 份）`;
  label.alignment = { horizontal: 'center', vertical: 'middle' };
  for (let i = 0; i < moneyColumnCount; i += 1) {
    const column = firstMoneyColumn + i;
    const letter = columnLetter(column);
    const totalFen = sumFen(contracts.map((contract) => fenOf(contract)[i] ?? 0));
    sheet.getCell(row, column).value = {
      formula: `SUM(${letter}${registerFirstDataRow}:${letter}${lastDataRow})`,
      result: fenToYuan(totalFen),
    };
  }
  sheet.getRow(row).height = 22;
}
