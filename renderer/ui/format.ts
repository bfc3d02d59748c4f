// Display formats shared by the tables and descriptions (zh-CN digits grouping, local date-times).
import dayjs from 'dayjs';

export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toLocaleString('zh-CN');
}

export function formatArea(value: number): string {
  return `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 平方米`;
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** Ascending comparison with missing values last, for table sorters. */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** 2026-03-16 → 2026-03-16（周一） */
export function dateWithWeekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${iso}（周${weekday}）`;
}
