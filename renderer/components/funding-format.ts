// Display helpers of the funding screens: execution rate, yuan with unit, the year's status words.
import type { AllocationStatus } from '../../shared/contract/funding';
import { formatYuan } from '../../shared/domain/money';

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

/** 2026-03-16 → 2026-03-16（周一） */
export function dateWithWeekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${iso}（周${weekday}）`;
}
