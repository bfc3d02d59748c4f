// Display helpers of the funding screens: execution rate, yuan with unit, the year's status words,
// earlier uses of a voucher number, the days a posting may be dated.
import {
  fundingCategoryLabels,
  type AllocationStatus,
  type PostingWindow,
  type VoucherUse,
} from '../../../shared/features/funding/contract';
import { formatYuan } from '../../../shared/domain/money';

/** Disbursed over allocated as a percentage (one decimal), null when nothing is allocated. */
export function executionPercent(disbursedFen: number, allocatedFen: number): number | null {
  if (allocatedFen <= 0) return null;
  return Math.round((disbursedFen * 1000) / allocatedFen) / 10;
}

export function formatRate(disbursedFen: number, allocatedFen: number): string {
  const percent = executionPercent(disbursedFen, allocatedFen);
  return percent === null ? '—' : `${percent.toFixed(1)}%`;
}

/** 「300,000.00 元」 */
export function yuanText(fen: number): string {
  return `${formatYuan(fen)} 元`;
}

export const allocationStatusLabels: Record<AllocationStatus, string> = {
  none: '未测算',
  draft: '草稿',
  approved: '已审批',
};

/** 「世纪城 2026 年基本办公经费 2026-04-01 拨付 1,000.00 元（#3）」 */
export function voucherUseText(use: VoucherUse): string {
  return `${use.communityName} ${use.year} 年${fundingCategoryLabels[use.category]} ${use.date} ${use.isReversal ? '冲销' : '拨付'} ${formatYuan(use.amountFen)} 元（#${use.disbursementId}）`;
}

export function voucherWarningText(voucherNo: string, uses: VoucherUse[]): string {
  return `凭证号“${voucherNo}”已用于：${uses.map(voucherUseText).join('；')}。一张凭证可对应多笔拨付，核对无误可继续。`;
}

/** For a date picker: true on the days a posting may not carry (before `from`, after today). */
export function outsidePostingWindow(window: PostingWindow) {
  return (day: { format: (pattern: string) => string }): boolean => {
    const date = day.format('YYYY-MM-DD');
    return date < window.from || date > window.to;
  };
}
