import { describe, expect, it } from 'vitest';
import {
  shippedCalendarDays,
  shippedCalendarYears,
} from '../../../shared/features/calendar/holiday-calendar-data';
import { formatChineseDate } from '../../../shared/domain/dates';
import {
  calendarMap,
  isWorkingDay,
  postingPeriodEnd,
  yearsWithoutCalendar,
  yearsWithoutCalendarWarning,
  type CalendarDay,
} from '../../../shared/features/calendar/working-days';

const calendar = calendarMap(shippedCalendarDays);

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

describe('the shipped holiday calendar', () => {
  it('covers 2024, 2025 and 2026 and nothing else', () => {
    const years = new Set(shippedCalendarDays.map((day) => Number(day.date.slice(0, 4))));
    expect([...years].sort()).toEqual([...shippedCalendarYears]);
  });

  it('lists make-up working days only on Saturdays and Sundays', () => {
    const workdays = shippedCalendarDays.filter((day) => day.kind === 'workday');
    expect(workdays.length).toBeGreaterThan(10);
    for (const day of workdays) expect([0, 6], day.date).toContain(weekday(day.date));
  });

  it.each([
    [2024, 8 + 3 + 5 + 1 + 3 + 7 + 1],
    [2025, 1 + 8 + 3 + 5 + 3 + 8],
    [2026, 3 + 9 + 3 + 5 + 3 + 3 + 7],
  ])('has the State Council number of days off in %i', (year, daysOff) => {
    const off = shippedCalendarDays.filter(
      (day) => day.kind === 'holiday' && day.date.startsWith(String(year)),
    );
    expect(off).toHaveLength(daysOff);
  });

  it('names each day after its holiday', () => {
    expect(calendar.get('2026-02-17')).toEqual({ date: '2026-02-17', kind: 'holiday', name: '春节' });
    expect(calendar.get('2026-09-20')).toEqual({ date: '2026-09-20', kind: 'workday', name: '国庆节' });
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-03-16', true, 'a plain Monday'],
    ['2026-03-14', false, 'a plain Saturday'],
    ['2026-10-01', false, '国庆 on a Thursday'],
    ['2026-10-10', true, 'the Saturday worked after 国庆'],
    ['2026-02-14', true, 'the Saturday worked before 春节'],
    ['2026-02-23', false, 'the last Monday of 春节'],
  ])('says %s is a working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, calendar)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isWorkingDay('2026-02-30', calendar)).toThrow(RangeError);
  });
});

describe('postingPeriodEnd', () => {
  it('counts the Sunday worked before 国庆 2026: Fri 9/18 plus 5 working days ends Wed 9/23', () => {
    // 9/18 Fri (1), 9/19 Sat off, 9/20 Sun worked (2), 9/21 (3), 9/22 (4), 9/23 (5).
    expect(postingPeriodEnd('2026-09-18', 5, calendar)).toBe('2026-09-23');
  });

  it('counts the start day itself: Mon 2026-03-16 plus 5 working days ends that Friday', () => {
    expect(postingPeriodEnd('2026-03-16', 5, calendar)).toBe('2026-03-20');
  });

  it('skips 国庆 2026 and counts the Saturday 10/10 worked after it', () => {
    // 9/30 (1), 10/1–10/7 off, 10/8 Thu (2), 10/9 Fri (3).
    expect(postingPeriodEnd('2026-09-30', 3, calendar)).toBe('2026-10-09');
    // 9/30 (1), 10/8 (2), 10/9 (3), 10/10 Sat worked (4).
    expect(postingPeriodEnd('2026-09-30', 4, calendar)).toBe('2026-10-10');
    expect(postingPeriodEnd('2026-09-30', 5, calendar)).toBe('2026-10-12');
  });

  it('runs across 春节 2026 with both make-up Saturdays', () => {
    // 2/12 Thu (1), 2/13 Fri (2), 2/14 Sat worked (3), 2/15–2/23 off, 2/24 Tue (4), 2/25 (5).
    expect(postingPeriodEnd('2026-02-12', 5, calendar)).toBe('2026-02-25');
    // 2/24 (1), 2/25 (2), 2/26 (3), 2/27 (4), 2/28 Sat worked (5).
    expect(postingPeriodEnd('2026-02-24', 5, calendar)).toBe('2026-02-28');
  });

  it('starts counting on the first working day after a start on a holiday', () => {
    // 10/1 off; 10/8 Thu (1), 10/9 (2), 10/10 Sat worked (3), 10/12 Mon (4), 10/13 (5).
    expect(postingPeriodEnd('2026-10-01', 5, calendar)).toBe('2026-10-13');
  });

  it('starts counting on Monday after a start on a plain Sunday', () => {
    expect(postingPeriodEnd('2026-03-15', 1, calendar)).toBe('2026-03-16');
  });

  it('falls back to plain weekends in a year the calendar does not list', () => {
    // 2027-10-01 is a Friday; without a 2027 calendar only the weekend is off.
    expect(postingPeriodEnd('2027-10-01', 5, calendar)).toBe('2027-10-07');
    expect(postingPeriodEnd('2027-10-01', 5, calendarMap([]))).toBe('2027-10-07');
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses %s working days', (days) => {
    expect(() => postingPeriodEnd('2026-03-16', days, calendar)).toThrow(RangeError);
  });

  it.each(['2026-3-16', '2026-02-29', '', '2026-03-16T00:00:00Z'])('refuses the start date "%s"', (date) => {
    expect(() => postingPeriodEnd(date, 5, calendar)).toThrow(RangeError);
  });
});

describe('yearsWithoutCalendar', () => {
  const shipped = new Set(shippedCalendarYears);

  it('names the year a period runs into when the calendar has nothing for it', () => {
    // 元旦 2027 is not shipped: 2026-12-31 + 5 working days ends on 2027-01-06 with 01-01 counted.
    expect(postingPeriodEnd('2026-12-31', 5, calendar)).toBe('2027-01-06');
    expect(yearsWithoutCalendar('2026-12-31', '2027-01-06', shipped)).toEqual([2027]);
  });

  it('names nothing for a period inside listed years', () => {
    expect(yearsWithoutCalendar('2026-09-28', '2026-10-09', shipped)).toEqual([]);
    expect(yearsWithoutCalendar('2025-12-29', '2026-01-06', shipped)).toEqual([]);
  });

  it('names every unlisted year of a period, the start year included', () => {
    expect(yearsWithoutCalendar('2023-12-28', '2024-01-05', shipped)).toEqual([2023]);
    expect(yearsWithoutCalendar('2027-12-30', '2028-01-05', shipped)).toEqual([2027, 2028]);
    expect(yearsWithoutCalendar('2027-12-30', '2028-01-05', new Set([2027]))).toEqual([2028]);
  });

  it('warns in Chinese, naming the years and where to enter them', () => {
    expect(yearsWithoutCalendarWarning([2027])).toBe(
      '公示期含 2027 年的日期，节假日中还没有 2027 年的放假安排：截止日期只扣除了周末，' +
        '法定节假日和调休未计入，可能不准确。请先在「节假日」中录入 2027 年的安排，再打印公示。',
    );
    expect(yearsWithoutCalendarWarning([2027, 2028])).toContain('2027 年、2028 年');
    expect(yearsWithoutCalendarWarning([2027])).toContain('「节假日」');
  });
});

describe('calendarMap', () => {
  it('refuses a date listed both as a holiday and as a working day', () => {
    const clash: CalendarDay[] = [
      { date: '2026-10-10', kind: 'workday', name: '国庆节' },
      { date: '2026-10-10', kind: 'holiday', name: '国庆节' },
    ];
    expect(() => calendarMap(clash)).toThrow(RangeError);
  });
});

describe('formatChineseDate', () => {
  it('writes the date without leading zeros', () => {
    expect(formatChineseDate('2026-03-16')).toBe('2026年3月16日');
    expect(formatChineseDate('2026-10-01')).toBe('2026年10月1日');
  });

  it('refuses text that is not a date', () => {
    expect(() => formatChineseDate('16/03/2026')).toThrow(RangeError);
  });
});
