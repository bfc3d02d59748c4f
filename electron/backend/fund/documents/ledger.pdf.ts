// 明细账 of one account for a year, as a table to print: 上年结转, the lines with their running balance
// (借/贷/平), 本月合计 and 本年累计. A year of a busy account can hold 100,000 lines, which no one prints and
// pdfmake would take minutes to lay out; above `ledgerPrintLimit` lines the print is refused and the
// clerk is pointed to 导出Excel, which streams any size.
import { AppError } from '../../core/errors';
import type { FundCell, FundTableRow, FundTableSpec } from './fund-table.xlsx';
import { ledgerTitle } from './ledger.xlsx';
import type { FundHeading, LedgerBalanceSide, LedgerSheetData, LedgerSheetRow } from './report-types';

/** About 40 printed pages of A4 landscape, laid out in about 3 s (3,000 lines took 13 s for 121 pages). */
export const ledgerPrintLimit = 1_000;

const sideLabels: Record<LedgerBalanceSide, string> = { debit: '借', credit: '贷', flat: '平' };
const amount = (fen: number): FundCell => (fen === 0 ? null : { fen });

function ledgerRow(row: LedgerSheetRow): FundTableRow {
  const label =
    row.type === 'month_total' ? '本月合计' : row.type === 'year_total' ? '本年累计' : row.summary;
  return {
    cells: [
      row.date,
      row.number,
      label,
      amount(row.debitFen),
      amount(row.creditFen),
      sideLabels[row.side],
      { fen: row.balanceFen },
    ],
    bold: row.type !== 'line',
  };
}

export function ledgerPdfSpec(heading: FundHeading, ledger: LedgerSheetData): FundTableSpec {
  const rows: FundTableRow[] = [
    {
      cells: [
        `${ledger.year}-01-01`,
        null,
        '上年结转',
        null,
        null,
        sideLabels[ledger.opening.side],
        { fen: ledger.opening.fen },
      ],
      bold: true,
    },
  ];
  let lines = 0;
  for (const row of ledger.rows) {
    if (row.type === 'line') lines += 1;
    if (lines > ledgerPrintLimit) {
      throw new AppError(
        'invalid_input',
        `明细账打印：${ledger.year}年该科目超过 ${ledgerPrintLimit} 笔，打印将超过四十页；请选择明细科目或限定用途缩小范围，或使用“导出Excel”`,
        'accountId',
      );
    }
    rows.push(ledgerRow(row));
  }
  const account = `${ledger.account.code} ${ledger.account.name}`;
  return {
    title: ledgerTitle(ledger.year, ledger.account),
    sheetName: '明细账',
    heading,
    periodText: `科目：${account}${ledger.designationName ? `（${ledger.designationName}）` : ''}\u3000年度：${ledger.year}`,
    columns: [
      { label: '日期', width: 11 },
      { label: '凭证号', width: 16 },
      { label: '摘要', width: 36 },
      { label: '借方', width: 15 },
      { label: '贷方', width: 15 },
      { label: '借或贷', width: 7 },
      { label: '余额', width: 15 },
    ],
    rows,
    totals: [],
    freezeColumn: 4,
    textColumns: [3],
  };
}
