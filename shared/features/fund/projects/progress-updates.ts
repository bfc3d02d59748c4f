// When a project in progress owes the public its next update. 《慈善组织信息公开办法》: a charitable
// project whose period is longer than six months discloses how it is carried out at least every three
// months (and its result within three months of its end); a shorter one only at its end. So only the
// longer projects are reminded, three months after their last report or update disclosure.

const dayMs = 24 * 60 * 60 * 1000;

/** The same day `months` later, or the month's last day when it has no such day (08-31 → 11-30). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Longer than six months: it ends after the day six months from its start. */
export function owesQuarterlyUpdates(periodStart: string, periodEnd: string): boolean {
  return periodEnd > addMonths(periodStart, 6);
}

export function nextUpdateDue(lastUpdateOn: string): string {
  return addMonths(lastUpdateOn, 3);
}

/** Reminded when due within 15 days (待更新) or already past (已逾期); null when not yet near. */
export const reminderWindowDays = 15;
export function reminderStateOn(dueOn: string, today: string): 'due' | 'late' | null {
  if (dueOn < today) return 'late';
  return daysBetween(today, dueOn) <= reminderWindowDays ? 'due' : null;
}
