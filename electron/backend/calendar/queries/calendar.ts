// Queries of calendar_day: the office's own entries in the holiday calendar.
import type { CalendarKind } from '../../../../shared/features/calendar/contract';
import type { Db } from '../../core/db/connection';

export interface OfficeCalendarDay {
  date: string;
  kind: CalendarKind;
  name: string;
}

export function listOfficeCalendarDays(db: Db): OfficeCalendarDay[] {
  return db.prepare('SELECT date, kind, name FROM calendar_day ORDER BY date').all() as OfficeCalendarDay[];
}

export function findOfficeCalendarDay(db: Db, date: string): OfficeCalendarDay | undefined {
  return db.prepare('SELECT date, kind, name FROM calendar_day WHERE date = ?').get(date) as
    OfficeCalendarDay | undefined;
}

export function saveOfficeCalendarDay(db: Db, day: OfficeCalendarDay, now: string): void {
  db.prepare(
    `INSERT INTO calendar_day (date, kind, name, updated_at) VALUES (@date, @kind, @name, @now)
     ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name, updated_at = excluded.updated_at`,
  ).run({ ...day, now });
}
