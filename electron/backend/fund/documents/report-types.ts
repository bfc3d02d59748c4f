// What the xlsx builders read of the fund's reports: the fields of the periods slice's report types
// (shared/features/fund/periods/outputs.ts) that the sheets print, kept structural so that the builders
// stay pure and testable on plain data. Amounts are integer fen.

export interface FundHeading {
  fundName: string;
  hostName: string;
  /** ISO date printed beside 填表日期. */
  reportDate: string;
}

export interface TrialBalanceAmountsData {
  openingDebitFen: number;
  openingCreditFen: number;
  periodDebitFen: number;
  periodCreditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
}

export interface TrialBalanceData {
  year: number;
  fromMonth: number;
  toMonth: number;
  rows: (TrialBalanceAmountsData & { code: string; name: string; level: number })[];
  totals: TrialBalanceAmountsData;
  balanced: boolean;
}

export interface DesignationAmountsData {
  openingAvailableFen: number;
  receivedFen: number;
  usedFen: number;
  releasedFen: number;
  liftedFen: number;
  closingAvailableFen: number;
}

export interface DesignationReportData {
  year: number;
  rows: (DesignationAmountsData & {
    name: string;
    purpose: string;
    restrictionKind: 'use' | 'time';
    usableFrom: string | null;
    lifted: boolean;
  })[];
  totals: DesignationAmountsData;
}

export interface DonationIncomeData {
  year: number;
  fromMonth: number;
  toMonth: number;
  rows: {
    date: string;
    number: string;
    donorName: string;
    publishedName: string;
    channel: 'bank_transfer' | 'cash' | 'online' | 'in_kind' | null;
    designationName: string;
    amountFen: number;
    receipt: string;
  }[];
  restrictedFen: number;
  unrestrictedFen: number;
  totalFen: number;
}

export interface ActivityStatementData {
  year: number;
  toMonth: number;
  rows: {
    label: string;
    heading: boolean;
    unrestrictedFen: number;
    restrictedFen: number;
    totalFen: number;
  }[];
}

export interface BalanceSheetRowData {
  label: string;
  heading: boolean;
  openingFen: number;
  closingFen: number;
}

export interface BalanceSheetData {
  year: number;
  month: number;
  asOf: string;
  assets: BalanceSheetRowData[];
  liabilitiesAndNetAssets: BalanceSheetRowData[];
  balanced: boolean;
}

export type LedgerBalanceSide = 'debit' | 'credit' | 'flat';

/** One printed row of a 明细账: a line, 本月合计 or 本年累计. */
export interface LedgerSheetRow {
  type: 'line' | 'month_total' | 'year_total';
  date: string;
  number: string;
  summary: string;
  debitFen: number;
  creditFen: number;
  side: LedgerBalanceSide;
  balanceFen: number;
  red: boolean;
}

export interface LedgerSheetData {
  year: number;
  account: { code: string; name: string };
  designationName: string | null;
  opening: { side: LedgerBalanceSide; fen: number };
  /** 期初余额 in the year of the fund's opening voucher, 上年结转 after it. */
  openingLabel?: '上年结转' | '期初余额';
  /** Streamed: the ledger of 100,000 lines is never held as one array by the builder. */
  rows: Iterable<LedgerSheetRow>;
}
