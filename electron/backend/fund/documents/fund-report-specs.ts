// The fund's report tables in the office's conventions: 科目余额表, 限定用途余额表, 捐赠收入明细, 业务活动表 and
// 资产负债表 (《民间非营利组织会计制度》 会民非01表 / 会民非02表 layouts), each from its report data as one
// format-neutral FundTableSpec, so that the xlsx (fund-reports.xlsx.ts) and the PDF (fund-table.pdf.ts) that
// the clerk prints show the same rows.
import type { HeaderColumn } from '../../documents/excel/excel-style';
import { monthRangeText, type FundCell, type FundTableRow, type FundTableSpec } from './fund-table.xlsx';
import type {
  ActivityStatementData,
  BalanceSheetData,
  DesignationReportData,
  DonationIncomeData,
  FundHeading,
  TrialBalanceAmountsData,
  TrialBalanceData,
} from './report-types';

const fen = (value: number): FundCell => ({ fen: value });

export const trialBalanceTitle = (year: number) => `${year}年度科目余额表`;
export const designationTitle = (year: number) => `${year}年度限定用途余额表`;
export const donationIncomeTitle = (year: number) => `${year}年度捐赠收入明细表`;
export const activityTitle = (year: number) => `${year}年度业务活动表`;
export const balanceSheetTitle = (year: number, month: number) => `${year}年${month}月资产负债表`;

const pair = (label: string): HeaderColumn => ({
  label,
  width: 15,
  children: [
    { label: '借方', width: 15 },
    { label: '贷方', width: 15 },
  ],
});

function amounts(row: TrialBalanceAmountsData): FundCell[] {
  return [
    row.openingDebitFen,
    row.openingCreditFen,
    row.periodDebitFen,
    row.periodCreditFen,
    row.closingDebitFen,
    row.closingCreditFen,
  ].map(fen);
}

export function trialBalanceSpec(heading: FundHeading, report: TrialBalanceData): FundTableSpec {
  const rows: FundTableRow[] = report.rows.map((row) => ({
    cells: [row.code, `${'\u3000'.repeat(Math.max(0, row.level - 1))}${row.name}`, ...amounts(row)],
    bold: row.level === 1,
  }));
  return {
    title: trialBalanceTitle(report.year),
    sheetName: '科目余额表',
    heading,
    periodText: `期间：${monthRangeText(report.year, report.fromMonth, report.toMonth)}`,
    columns: [
      { label: '科目编码', width: 11 },
      { label: '科目名称', width: 24 },
      pair('期初余额'),
      pair('本期发生额'),
      pair('期末余额'),
    ],
    rows,
    totals: [{ cells: ['合计', report.balanced ? '' : '（借贷不平）', ...amounts(report.totals)] }],
    freezeColumn: 3,
    textColumns: [2],
  };
}

function restrictionText(row: DesignationReportData['rows'][number]): string {
  return row.restrictionKind === 'time' ? `时间限定（${row.usableFrom ?? ''}起可用）` : '用途限定';
}

export function designationSpec(heading: FundHeading, report: DesignationReportData): FundTableSpec {
  const money = (row: DesignationReportData['totals']): FundCell[] =>
    [
      row.openingAvailableFen,
      row.receivedFen,
      row.usedFen,
      row.releasedFen,
      row.liftedFen,
      row.closingAvailableFen,
    ].map(fen);
  return {
    title: designationTitle(report.year),
    sheetName: '限定用途余额表',
    heading,
    periodText: `年度：${report.year}`,
    columns: [
      { label: '序号', width: 5 },
      { label: '限定用途', width: 20 },
      { label: '用途说明', width: 24 },
      { label: '限定方式', width: 14 },
      { label: '年初可用', width: 14 },
      { label: '本年收到', width: 14 },
      { label: '本年使用', width: 14 },
      { label: '本年转为非限定', width: 14 },
      { label: '其中：解除限制', width: 14 },
      { label: '年末可用', width: 14 },
      { label: '状态', width: 10 },
    ],
    rows: report.rows.map((row, index) => ({
      cells: [
        index + 1,
        row.name,
        row.purpose,
        restrictionText(row),
        ...money(row),
        row.lifted ? '已解除限制' : '',
      ],
    })),
    totals: [{ cells: ['合计', null, null, null, ...money(report.totals), null] }],
    freezeColumn: 3,
    textColumns: [2, 3],
  };
}

export const donationChannelLabels: Record<string, string> = {
  bank_transfer: '银行转账',
  cash: '现金',
  online: '网络平台',
  in_kind: '实物捐赠',
};

export function donationIncomeSpec(heading: FundHeading, report: DonationIncomeData): FundTableSpec {
  return {
    title: donationIncomeTitle(report.year),
    sheetName: '捐赠收入明细',
    heading,
    periodText: `期间：${monthRangeText(report.year, report.fromMonth, report.toMonth)}`,
    columns: [
      { label: '序号', width: 5 },
      { label: '日期', width: 11 },
      { label: '凭证号', width: 16 },
      { label: '捐赠人', width: 20 },
      { label: '公示名称', width: 14 },
      { label: '捐赠方式', width: 10 },
      { label: '限定用途', width: 18 },
      { label: '金额', width: 14 },
      { label: '票据号码', width: 14 },
    ],
    rows: report.rows.map((row, index) => ({
      cells: [
        index + 1,
        row.date,
        row.number,
        row.donorName,
        row.publishedName,
        row.channel ? (donationChannelLabels[row.channel] ?? row.channel) : '',
        row.designationName,
        fen(row.amountFen),
        row.receipt,
      ],
    })),
    totals: [
      {
        cells: [
          `合计（${report.rows.length} 笔）`,
          null,
          null,
          null,
          null,
          null,
          null,
          fen(report.totalFen),
          null,
        ],
      },
      { cells: ['其中：限定性', null, null, null, null, null, null, fen(report.restrictedFen), null] },
      { cells: ['　　　非限定性', null, null, null, null, null, null, fen(report.unrestrictedFen), null] },
    ],
    freezeColumn: 4,
    textColumns: [4, 7],
    sumColumns: [8],
  };
}

export function activitySpec(heading: FundHeading, report: ActivityStatementData): FundTableSpec {
  return {
    title: activityTitle(report.year),
    sheetName: '业务活动表',
    heading,
    periodText: `会民非02表\u3000${monthRangeText(report.year, 1, report.toMonth)}`,
    columns: [
      { label: '项目', width: 34 },
      { label: '行次', width: 6 },
      {
        label: '本年累计数',
        width: 16,
        children: [
          { label: '非限定性', width: 16 },
          { label: '限定性', width: 16 },
          { label: '合计', width: 16 },
        ],
      },
    ],
    rows: report.rows.map((row, index) => ({
      cells: row.heading
        ? [row.label, null, null, null, null]
        : [row.label, index + 1, fen(row.unrestrictedFen), fen(row.restrictedFen), fen(row.totalFen)],
      bold: row.heading,
    })),
    totals: [],
    freezeColumn: 2,
    textColumns: [1],
  };
}

export function balanceSheetSpec(heading: FundHeading, report: BalanceSheetData): FundTableSpec {
  const height = Math.max(report.assets.length, report.liabilitiesAndNetAssets.length);
  const half = (rows: BalanceSheetData['assets'], index: number, lineBase: number): FundCell[] => {
    const row = rows[index];
    if (!row) return [null, null, null, null];
    if (row.heading) return [row.label, null, null, null];
    return [row.label, lineBase + index + 1, fen(row.openingFen), fen(row.closingFen)];
  };
  const rows: FundTableRow[] = [];
  for (let index = 0; index < height; index += 1) {
    rows.push({
      cells: [...half(report.assets, index, 0), ...half(report.liabilitiesAndNetAssets, index, 30)],
    });
  }
  return {
    title: balanceSheetTitle(report.year, report.month),
    sheetName: '资产负债表',
    heading,
    periodText: `会民非01表\u3000${report.asOf}${report.balanced ? '' : '（不平衡）'}`,
    columns: [
      { label: '资产', width: 22 },
      { label: '行次', width: 6 },
      { label: '年初数', width: 15 },
      { label: '期末数', width: 15 },
      { label: '负债和净资产', width: 22 },
      { label: '行次', width: 6 },
      { label: '年初数', width: 15 },
      { label: '期末数', width: 15 },
    ],
    rows,
    totals: [],
    freezeColumn: 1,
    textColumns: [1, 5],
  };
}
