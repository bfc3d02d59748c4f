// Dates cross the boundary as ISO strings. A timestamp carries the local offset, since the office PC's
// own day is what a clerk filters the audit log by.

export function toLocalIsoTimestamp(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

export function toLocalIsoDate(date: Date): string {
  return toLocalIsoTimestamp(date).slice(0, 10);
}

export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 2026年3月16日 for 2026-03-16: no leading zeros, as official documents write dates. */
export function formatChineseDate(date: string): string {
  if (!isValidIsoDate(date))
    throw new RangeError(`formatChineseDate: "${date}" is not a valid date (YYYY-MM-DD)`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${y}年${m}月${d}日`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
