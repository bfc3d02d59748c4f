// 资产负债表 (会民非01表) at the end of a month, with 年初数 (the end of the year before): read from the
// month totals. Net assets include the year's income and expenses not yet carried over by the 结转
// (undesignated income and all expenses in 非限定性, designated income in 限定性), as the statement reads
// after the close.
import type { BalanceSheet, BalanceSheetRow } from '../../../../shared/features/fund/periods/outputs';
import type { Db } from '../../core/db/connection';
import { lastDayOfMonth, monthOf, reportAccounts } from './report-accounts';

/** Debit − credit per standard account code (sub-accounts rolled up), 限定性 income apart. */
interface Balances {
  byCode: Map<string, number>;
  designatedIncome: number;
}

function balancesThrough(db: Db, period: string | null): Balances {
  const accounts = new Map(reportAccounts(db).map((a) => [a.id, a]));
  const byCode = new Map<string, number>();
  let designatedIncome = 0;
  if (period !== null) {
    const rows = db
      .prepare(
        `SELECT account_id AS accountId, designation_id <> 0 AS designated, sum(debit_fen - credit_fen) AS net
         FROM fund_period_total WHERE period <= ? GROUP BY account_id, designated`,
      )
      .all(period) as { accountId: number; designated: number; net: number }[];
    for (const row of rows) {
      const account = accounts.get(row.accountId);
      if (!account) continue;
      byCode.set(account.rootCode, (byCode.get(account.rootCode) ?? 0) + row.net);
      if (account.kind === 'income' && row.designated) designatedIncome += row.net;
    }
  }
  return { byCode, designatedIncome };
}

const assetLines: [string, string, string[]][] = [
  ['cash', '货币资金', ['1001', '1002', '1009']],
  ['short_investments', '短期投资', ['1101']],
  ['receivables', '应收款项', ['1121', '1122', '1131']],
  ['prepayments', '预付账款', ['1141']],
  ['inventory', '存货', ['1201']],
  ['deferred_expenses', '待摊费用', ['1301']],
  ['fixed_assets', '固定资产', ['1501', '1502']],
];
const liabilityLines: [string, string, string[]][] = [
  ['short_loans', '短期借款', ['2101']],
  ['payables', '应付款项', ['2202', '2209']],
  ['advances', '预收账款', ['2203']],
  ['wages', '应付工资', ['2204']],
  ['taxes', '应交税金', ['2206']],
  ['accrued', '预提费用', ['2301']],
];
const incomeCodes = ['4101', '4201', '4301', '4401', '4601', '4901'];
const expenseCodes = ['5101', '5201', '5301', '5401'];

interface Column {
  assets: Record<string, number>;
  liabilities: Record<string, number>;
  unrestricted: number;
  restricted: number;
}

function column(b: Balances): Column {
  const of = (codes: string[]) => codes.reduce((s, c) => s + (b.byCode.get(c) ?? 0), 0);
  const assets = Object.fromEntries(assetLines.map(([key, , codes]) => [key, of(codes)]));
  const liabilities = Object.fromEntries(liabilityLines.map(([key, , codes]) => [key, 0 - of(codes)]));
  const incomeCredit = 0 - of(incomeCodes);
  const expenseDebit = of(expenseCodes);
  const restricted = 0 - (b.byCode.get('3102') ?? 0) - b.designatedIncome;
  const unrestricted = 0 - (b.byCode.get('3101') ?? 0) + (incomeCredit + b.designatedIncome) - expenseDebit;
  return { assets, liabilities, unrestricted, restricted };
}

const line = (
  key: string,
  label: string,
  openingFen: number,
  closingFen: number,
  isHeading = false,
): BalanceSheetRow => ({
  key,
  label,
  heading: isHeading,
  openingFen,
  closingFen,
});

export function balanceSheet(db: Db, input: { year: number; month: number }): BalanceSheet {
  const through = monthOf(input.year, input.month);
  const opening = column(balancesThrough(db, `${input.year - 1}-12`));
  const closing = column(balancesThrough(db, through));
  const sum = (values: Record<string, number>) => Object.values(values).reduce((s, v) => s + v, 0);
  const assetsOpening = sum(opening.assets);
  const assetsClosing = sum(closing.assets);
  const liabilitiesOpening = sum(opening.liabilities);
  const liabilitiesClosing = sum(closing.liabilities);
  const netOpening = opening.unrestricted + opening.restricted;
  const netClosing = closing.unrestricted + closing.restricted;
  const grandOpening = liabilitiesOpening + netOpening;
  const grandClosing = liabilitiesClosing + netClosing;
  return {
    year: input.year,
    month: input.month,
    asOf: lastDayOfMonth(through),
    assets: [
      line('assets', '资产', 0, 0, true),
      ...assetLines.map(([key, label]) =>
        line(key, label, opening.assets[key] ?? 0, closing.assets[key] ?? 0),
      ),
      line('assets_total', '资产总计', assetsOpening, assetsClosing),
    ],
    liabilitiesAndNetAssets: [
      line('liabilities', '负债', 0, 0, true),
      ...liabilityLines.map(([key, label]) =>
        line(key, label, opening.liabilities[key] ?? 0, closing.liabilities[key] ?? 0),
      ),
      line('liabilities_total', '负债合计', liabilitiesOpening, liabilitiesClosing),
      line('net_assets', '净资产', 0, 0, true),
      line('unrestricted', '非限定性净资产', opening.unrestricted, closing.unrestricted),
      line('restricted', '限定性净资产', opening.restricted, closing.restricted),
      line('net_assets_total', '净资产合计', netOpening, netClosing),
      line('total', '负债和净资产总计', grandOpening, grandClosing),
    ],
    balanced: assetsOpening === grandOpening && assetsClosing === grandClosing,
  };
}
