// The State Council's public holidays and make-up working days (调休上班) for the years the app ships
// with, from the General Office's yearly notices on holiday arrangements (国务院办公厅关于YYYY年部分节假日
// 安排的通知). A year not listed here falls back to plain weekends: add the next year when it is published.
import { addDays, type CalendarDay } from './working-days';

export const shippedCalendarYears: readonly number[] = [2024, 2025, 2026];

interface Arrangement {
  name: string;
  /** First and last day off, inclusive. */
  off: [string, string];
  /** Weekend days worked instead. */
  workdays?: string[];
}

const arrangements: Arrangement[] = [
  { name: '元旦', off: ['2024-01-01', '2024-01-01'] },
  { name: '春节', off: ['2024-02-10', '2024-02-17'], workdays: ['2024-02-04', '2024-02-18'] },
  { name: '清明节', off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'] },
  { name: '劳动节', off: ['2024-05-01', '2024-05-05'], workdays: ['2024-04-28', '2024-05-11'] },
  { name: '端午节', off: ['2024-06-10', '2024-06-10'] },
  { name: '中秋节', off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'] },
  { name: '国庆节', off: ['2024-10-01', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },

  { name: '元旦', off: ['2025-01-01', '2025-01-01'] },
  { name: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
  { name: '清明节', off: ['2025-04-04', '2025-04-06'] },
  { name: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
  { name: '端午节', off: ['2025-05-31', '2025-06-02'] },
  { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], workdays: ['2025-09-28', '2025-10-11'] },

  { name: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
  { name: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
  { name: '清明节', off: ['2026-04-04', '2026-04-06'] },
  { name: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
  { name: '端午节', off: ['2026-06-19', '2026-06-21'] },
  { name: '中秋节', off: ['2026-09-25', '2026-09-27'] },
  { name: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
];

function daysOf({ name, off: [first, last], workdays = [] }: Arrangement): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) days.push({ date, kind: 'holiday', name });
  for (const date of workdays) days.push({ date, kind: 'workday', name });
  return days;
}

/** Every listed day of the shipped years, holidays and make-up working days alike. */
export const shippedCalendarDays: readonly CalendarDay[] = arrangements.flatMap(daysOf);
