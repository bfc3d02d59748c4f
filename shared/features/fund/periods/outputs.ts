// What the fund's periods and reports channels answer. Amounts are integer fen. A balance carries its
// side: 'debit' (借), 'credit' (贷) or 'flat' (平) with a non-negative amount.

export type BalanceSide = 'debit' | 'credit' | 'flat';
export const balanceSideLabels: Record<BalanceSide, string> = { debit: '借', credit: '贷', flat: '平' };

/** A balance: debit − credit turned into a side and an amount ≥ 0. */
export interface SidedBalance {
  side: BalanceSide;
  fen: number;
}

// ---- periods ----

export type FundPeriodState = 'before_opening' | 'open' | 'closed';
export const fundPeriodStateLabels: Record<FundPeriodState, string> = {
  before_opening: '建账前',
  open: '未结账',
  closed: '已结账',
};

export type CloseBlockerKind =
  | 'no_settings'
  | 'before_opening'
  | 'already_closed'
  | 'month_not_ended'
  | 'previous_open'
  | 'pending_vouchers'
  | 'unbalanced'
  | 'release_missing';

export interface CloseBlocker {
  kind: CloseBlockerKind;
  /** A Chinese sentence the screen shows as is. */
  message: string;
  /** The vouchers concerned (drafts, submitted, unbalanced, or missing their release). */
  voucherIds: number[];
}

export interface FundCloseCheck {
  month: string;
  closable: boolean;
  blockers: CloseBlocker[];
}

export interface FundPeriod {
  /** 'YYYY-MM'. */
  month: string;
  state: FundPeriodState;
  /** Closed once and reopened since (反结账), now open again (or closed again). */
  reopened: boolean;
  closedBy: string | null;
  closedAt: string | null;
  /** The first 12 hex digits of the close's checksum. */
  checksumShort: string | null;
  reopenedBy: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
  /** Posted vouchers dated in the month. */
  postedCount: number;
  /** Drafts and submitted vouchers dated in the month. */
  pendingCount: number;
}

export interface FundPeriodYear {
  year: number;
  /** fund_settings.opening_date, null before the settings are saved. */
  openingDate: string | null;
  months: FundPeriod[];
  /** The earliest month that is open and not before the opening month; null when none. */
  nextClosable: string | null;
  /** What blocks closing nextClosable (empty when it can be closed). */
  blockers: CloseBlocker[];
  /** The latest closed month of the fund (any year), the only one 反结账 accepts. */
  latestClosed: string | null;
}

/** What closing or reopening a month answers. */
export interface FundPeriodChange {
  period: FundPeriod;
  /** The 结转 voucher written (close of December) or its red reversal (reopen of December). */
  yearEndVoucherId: number | null;
  yearEndVoucherNumber: string | null;
}

// ---- trial balance (科目余额表) ----

export interface TrialBalanceAmounts {
  openingDebitFen: number;
  openingCreditFen: number;
  periodDebitFen: number;
  periodCreditFen: number;
  closingDebitFen: number;
  closingCreditFen: number;
}

export interface TrialBalanceRow extends TrialBalanceAmounts {
  accountId: number;
  code: string;
  name: string;
  /** 1 for a standard (一级) account, 2 for its 明细科目, and so on. */
  level: number;
  parentId: number | null;
  kind: 'asset' | 'liability' | 'net_assets' | 'income' | 'expense';
  normalSide: 'debit' | 'credit';
  leaf: boolean;
  active: boolean;
}

export interface TrialBalance {
  year: number;
  fromMonth: number;
  toMonth: number;
  /** Accounts in code order, parents before their children; parents roll up their children. */
  rows: TrialBalanceRow[];
  /** Over level-1 rows only. */
  totals: TrialBalanceAmounts;
  /** Opening, period and closing debits equal their credits. */
  balanced: boolean;
}

// ---- account ledger (明细账) ----

export interface LedgerLineEntry {
  type: 'line';
  voucherId: number;
  lineNo: number;
  date: string;
  /** 记-2026-03-0001. */
  number: string;
  voucherKind: string;
  summary: string;
  /** Negative on a red reversal line. */
  debitFen: number;
  creditFen: number;
  balance: SidedBalance;
  red: boolean;
}

export interface LedgerTotalEntry {
  /** 本月合计 after a month's last line, 本年累计 after it. */
  type: 'month_total' | 'year_total';
  month: string;
  debitFen: number;
  creditFen: number;
  balance: SidedBalance;
}

export type LedgerEntry = LedgerLineEntry | LedgerTotalEntry;

export interface AccountLedgerPage {
  account: { id: number; code: string; name: string; normalSide: 'debit' | 'credit'; leaf: boolean };
  designation: { id: number; name: string } | null;
  year: number;
  /** 上年结转 / 期初余额 at the start of the year. */
  opening: SidedBalance;
  /** The page's lines, with 本月合计 and 本年累计 after each month's last line that falls on the page. */
  entries: LedgerEntry[];
  /** Lines (not totals) of the account in the year. */
  total: number;
  offset: number;
  limit: number;
  /** Balance at the end of the year's lines (or at the opening when none). */
  closing: SidedBalance;
}

// ---- designations (限定性净资产明细) ----

export interface DesignationReportRow {
  designationId: number;
  name: string;
  purpose: string;
  restrictionKind: 'use' | 'time';
  usableFrom: string | null;
  lifted: boolean;
  openingAvailableFen: number;
  receivedFen: number;
  usedFen: number;
  releasedFen: number;
  liftedFen: number;
  closingAvailableFen: number;
}

export interface DesignationReport {
  year: number;
  rows: DesignationReportRow[];
  totals: Omit<
    DesignationReportRow,
    'designationId' | 'name' | 'purpose' | 'restrictionKind' | 'usableFrom' | 'lifted'
  >;
}

// ---- donation income (捐赠收入明细) ----

export interface DonationIncomeRow {
  voucherId: number;
  donationId: number | null;
  date: string;
  number: string;
  voucherKind: string;
  donorName: string;
  publishedName: string;
  channel: 'bank_transfer' | 'cash' | 'online' | 'in_kind' | null;
  designationId: number | null;
  /** The designation's name, or 非限定性. */
  designationName: string;
  /** Negative for a refund or a red reversal. */
  amountFen: number;
  /** 票据号码, or 待开票. */
  receipt: string;
}

export interface DonationIncomeReport {
  year: number;
  fromMonth: number;
  toMonth: number;
  rows: DonationIncomeRow[];
  restrictedFen: number;
  unrestrictedFen: number;
  totalFen: number;
}

// ---- 业务活动表 and 资产负债表 ----

export interface ActivityRow {
  key: string;
  /** 捐赠收入, 收入合计, 三、限定性净资产转为非限定性净资产 … */
  label: string;
  /** A section heading (一、收入) carries no amounts. */
  heading: boolean;
  unrestrictedFen: number;
  restrictedFen: number;
  totalFen: number;
}

export interface ActivityStatement {
  year: number;
  toMonth: number;
  /** 本年累计数, in the standard's order. */
  rows: ActivityRow[];
}

export interface BalanceSheetRow {
  key: string;
  label: string;
  heading: boolean;
  /** 年初数. */
  openingFen: number;
  /** 期末数. */
  closingFen: number;
}

export interface BalanceSheet {
  year: number;
  month: number;
  /** The last day of the month. */
  asOf: string;
  assets: BalanceSheetRow[];
  liabilitiesAndNetAssets: BalanceSheetRow[];
  /** 资产总计 = 负债和净资产总计, in both columns. */
  balanced: boolean;
}

// ---- dashboard ----

export interface FundBalances {
  asOf: string;
  totalFen: number;
  restrictedFen: number;
  unrestrictedFen: number;
  donationsThisYearFen: number;
  donationsThisYearCount: number;
  /** Vouchers submitted and waiting for 审核. */
  vouchersWaitingReview: number;
  /** Drafts not yet submitted. */
  draftVouchers: number;
}
