// The holiday calendar used for posting periods: the State Council's arrangements shipped with the app,
// overridden date by date by the office's own entries (a 'normal' entry cancels a shipped one).
import type { ParsedInput } from '../../../shared/contract';
import {
  calendarKindLabels,
  type CalendarEntry,
  type PostingPeriod,
} from '../../../shared/features/calendar/contract';
import { shippedCalendarDays } from '../../../shared/features/calendar/holiday-calendar-data';
import {
  calendarMap,
  postingPeriodEnd,
  yearsWithoutCalendar,
  type CalendarDay,
  type HolidayCalendar,
} from '../../../shared/features/calendar/working-days';
import { findOfficeCalendarDay, listOfficeCalendarDays, saveOfficeCalendarDay } from './queries/calendar';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import type { Today } from '../../../shared/domain/years';
import { auditedChange } from '../core/audited-change';
import { nowIso, type ServiceContext } from '../core/context';

function effectiveEntries(ctx: ServiceContext): CalendarEntry[] {
  const entries = new Map<string, CalendarEntry>();
  for (const day of shippedCalendarDays) entries.set(day.date, { ...day, source: 'shipped' });
  for (const day of listOfficeCalendarDays(ctx.db)) entries.set(day.date, { ...day, source: 'office' });
  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function listCalendar(ctx: ServiceContext, year: number): CalendarEntry[] {
  return effectiveEntries(ctx).filter((entry) => entry.date.startsWith(`${year}-`));
}

export function holidayCalendar(ctx: ServiceContext): HolidayCalendar {
  const days = effectiveEntries(ctx).filter(
    (entry): entry is CalendarEntry & CalendarDay => entry.kind !== 'normal',
  );
  return calendarMap(days.map(({ date, kind, name }) => ({ date, kind, name })));
}

export function postingEnd(ctx: ServiceContext, startDate: string, workingDays: number): string {
  return postingPeriodEnd(startDate, workingDays, holidayCalendar(ctx));
}

/** The end of a posting period, and the years in it that the calendar has no entries for (see working-days). */
export function postingPeriod(ctx: ServiceContext, startDate: string, workingDays: number): PostingPeriod {
  const endDate = postingEnd(ctx, startDate, workingDays);
  const listedYears = new Set(effectiveEntries(ctx).map((entry) => Number(entry.date.slice(0, 4))));
  return { endDate, uncoveredYears: yearsWithoutCalendar(startDate, endDate, listedYears) };
}

export function saveCalendarDay(ctx: ServiceContext, input: ParsedInput<'calendar.save'>): CalendarEntry {
  return auditedChange(ctx, {
    entity: 'calendar',
    before: () => findOfficeCalendarDay(ctx.db, input.date) ?? null,
    // A day is named by its date, not by an id.
    write: () => {
      saveOfficeCalendarDay(ctx.db, input, nowIso(ctx));
      return null;
    },
    after: (): CalendarEntry => ({ ...input, source: 'office' }),
    summary: () =>
      `节假日：${input.date} 设为${calendarKindLabels[input.kind]}${input.name ? `（${input.name}）` : ''}`,
  });
}

/** Today by the injected clock: the renderer asks for it rather than trusting the PC's own clock. */
export function today(ctx: ServiceContext): Today {
  const date = toLocalIsoDate(ctx.clock());
  return { today: date, year: Number(date.slice(0, 4)) };
}
