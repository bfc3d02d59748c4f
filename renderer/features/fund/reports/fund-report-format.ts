// Pure helpers of the fund's report screens: amounts in 元 (#,##0.00, blank for zero where a ledger leaves
// it blank), a sided balance as 借/贷/平, the months of a year, and the year options of the selects.
import { formatYuan } from '../../../../shared/domain/money';
import {
  balanceSideLabels,
  type FundPeriod,
  type FundPeriodYear,
  type SidedBalance,
} from '../../../../shared/features/fund/periods/contract';

/** 1234567 → "12,345.67"; zero shows "0.00" unless blankZero, when it shows nothing. */
export function yuanCell(fen: number, blankZero = false): string {
  if (blankZero && fen === 0) return '';
  return formatYuan(fen);
}

/** { side: 'debit', fen: 12300 } → "借 123.00"; a flat balance → "平". */
export function sidedText(balance: SidedBalance): string {
  if (balance.side === 'flat' || balance.fen === 0) return balanceSideLabels.flat;
  return `${balanceSideLabels[balance.side]} ${formatYuan(balance.fen)}`;
}

/** 2026, 3 → "2026-03". */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2026-03" → "2026年3月". */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${year}年${Number(number)}月`;
}

/** The months 1–12 as select options (「1月」…「12月」). */
export const monthOptions = Array.from({ length: 12 }, (_, index) => ({
  value: index + 1,
  label: `${index + 1}月`,
}));

/** This year and the five before it, newest first, as select options. */
export function reportYearOptions(thisYear: number): { value: number; label: string }[] {
  return Array.from({ length: 6 }, (_, index) => thisYear - index).map((year) => ({
    value: year,
    label: `${year} 年`,
  }));
}

export type PeriodAction = 'close' | 'reopen' | null;

/**
 * What the 月结 page offers on a month: 结账 on the next closable month only (the earliest open one), 反结账
 * on the fund's latest closed month only; nothing on the others.
 */
export function periodAction(period: FundPeriod, year: FundPeriodYear): PeriodAction {
  if (period.state === 'open' && period.month === year.nextClosable) return 'close';
  if (period.state === 'closed' && period.month === year.latestClosed) return 'reopen';
  return null;
}

/** The confirmation of 结账: December also writes the year's 结转 voucher. */
export function closeConfirmText(month: string): string {
  const december = month.endsWith('-12');
  return december
    ? `结账后 ${monthLabel(month)} 的凭证不能再过账或冲销；12 月结账将同时生成本年度结转凭证（收入、费用结转至净资产）。确定结账？`
    : `结账后 ${monthLabel(month)} 的凭证不能再过账或冲销。确定结账？`;
}

/** Whether a reopen reason is long enough (the backend asks for at least 4 characters). */
export function reopenReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed === '') return '请填写反结账原因';
  if ([...trimmed].length < 4) return '反结账原因至少 4 个字';
  if ([...trimmed].length > 200) return '反结账原因不超过 200 个字';
  return null;
}

const donationChannelLabels = {
  bank_transfer: '银行转账',
  cash: '现金',
  online: '网络平台',
  in_kind: '实物',
} as const;

/** The way a donation came in, or — for a line with no donation (a manual voucher). */
export function donationChannelLabel(channel: keyof typeof donationChannelLabels | null): string {
  return channel === null ? '—' : donationChannelLabels[channel];
}

export interface DonationIncomeFilter {
  restriction: 'all' | 'restricted' | 'unrestricted';
  awaitingReceipt: boolean;
}

/** The 捐赠收入明细 rows the screen's filters keep. */
export function filterDonationIncome<Row extends { designationId: number | null; receipt: string }>(
  rows: readonly Row[],
  filter: DonationIncomeFilter,
): Row[] {
  return rows.filter(
    (row) =>
      (filter.restriction === 'all' ||
        (filter.restriction === 'restricted') === (row.designationId !== null)) &&
      (!filter.awaitingReceipt || row.receipt === '待开票'),
  );
}
