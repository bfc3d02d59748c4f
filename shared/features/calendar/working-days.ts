// Working days on the mainland-China calendar: weekends are off unless the State Council lists them as
// make-up working days (调休上班), weekdays are on unless listed as public holidays. A 公示 runs for a
// number of working days, so its last day comes from here. Dates are ISO strings, counted in UTC so the
// office PC's time zone can never shift a day.
import { isValidIsoDate } from '../../domain/dates';

export interface CalendarDay {
  /** ISO date, YYYY-MM-DD. */
  date: string;
  kind: 'holiday' | 'workday';
  /** The holiday it belongs to, e.g. 春节 (a make-up working day carries its holiday's name). */
  name: string;
}

export type HolidayCalendar = ReadonlyMap<string, CalendarDay>;

const dayMs = 86_400_000;

function assertIsoDate(date: string, what: string): void {
  if (!isValidIsoDate(date)) throw new RangeError(`${what}: "${date}" is not a valid date (YYYY-MM-DD)`);
}

function utcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function isoFromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO date `days` days after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  assertIsoDate(date, 'addDays');
  return isoFromUtcMs(utcMs(date) + days * dayMs);
}

function isWeekend(date: string): boolean {
  const weekday = new Date(utcMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Indexes calendar entries by date; one date listed twice with different kinds is refused. */
export function calendarMap(entries: readonly CalendarDay[]): HolidayCalendar {
  const map = new Map<string, CalendarDay>();
  for (const entry of entries) {
    assertIsoDate(entry.date, 'calendarMap');
    const existing = map.get(entry.date);
    if (existing && existing.kind !== entry.kind) {
      throw new RangeError(`calendarMap: ${entry.date} is listed both as a holiday and as a working day`);
    }
    map.set(entry.date, entry);
  }
  return map;
}

export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  assertIsoDate(date, 'isWorkingDay');
  const listed = calendar.get(date);
  if (listed) return listed.kind === 'workday';
  return !isWeekend(date);
}

/**
 * The last day of a period of `workingDays` working days from `startDate`. The start counts as day 1
 * when it is a working day; otherwise day 1 is the first working day after it.
 */
export function postingPeriodEnd(startDate: string, workingDays: number, calendar: HolidayCalendar): string {
  assertIsoDate(startDate, 'postingPeriodEnd');
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`postingPeriodEnd: ${workingDays} is not a positive whole number of working days`);
  }
  let date = startDate;
  let counted = isWorkingDay(date, calendar) ? 1 : 0;
  while (counted < workingDays) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return date;
}

/**
 * The years of the period from `startDate` to `endDate` (both inclusive) for which the calendar lists no
 * day at all: there only weekends were counted, so a public holiday would have passed for a working day.
 * `listedYears` are the years with at least one entry (shipped or the office's own).
 */
export function yearsWithoutCalendar(
  startDate: string,
  endDate: string,
  listedYears: ReadonlySet<number>,
): number[] {
  assertIsoDate(startDate, 'yearsWithoutCalendar');
  assertIsoDate(endDate, 'yearsWithoutCalendar');
  const years: number[] = [];
  for (let year = Number(startDate.slice(0, 4)); year <= Number(endDate.slice(0, 4)); year += 1) {
    if (!listedYears.has(year)) years.push(year);
  }
  return years;
}

/** The clerk's warning for a period that runs into years without holiday arrangements. */
export function yearsWithoutCalendarWarning(years: readonly number[]): string {
  const named = years.map((year) => `${year} 年`).join('、');
  return (
    `公示期含 ${named}的日期，节假日中还没有 ${named}的放假安排：截止日期只扣除了周末，` +
    `法定节假日和调休未计入，可能不准确。请先在「节假日」中录入 ${named}的安排，再打印公示。`
  );
}
