// Read hooks of the holiday calendar and the posting period it gives; keys start with 'calendar'.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callQuery, isQueryableYear } from '../../api/client';

export const calendarQueryKeys = {
  calendar: (year: number) => ['calendar', 'list', year] as const,
  postingEnd: (startDate: string, workingDays: number) =>
    ['calendar', 'postingEnd', startDate, workingDays] as const,
};

export function useCalendar(year: number) {
  return useQuery({
    queryKey: calendarQueryKeys.calendar(year),
    queryFn: () => callQuery('calendar.list', { year }),
    enabled: isQueryableYear(year),
    placeholderData: keepPreviousData,
  });
}

/** Last day of a posting period; `startDate` null (not chosen yet) keeps the query idle. */
export function usePostingEnd(startDate: string | null, workingDays: number | null) {
  const ready =
    startDate !== null && workingDays !== null && Number.isInteger(workingDays) && workingDays >= 1;
  return useQuery({
    queryKey: calendarQueryKeys.postingEnd(startDate ?? '', workingDays ?? 0),
    queryFn: () =>
      callQuery('calendar.postingEnd', { startDate: startDate ?? '', workingDays: workingDays ?? 0 }),
    enabled: ready && workingDays <= 30,
    placeholderData: keepPreviousData,
  });
}
