// The holiday calendar's handlers.
import type { calendarChannels } from '../../../shared/features/calendar/channels';
import type { HandlersOf } from '../core/handler';
import { listCalendar, postingPeriod, saveCalendarDay, today } from './holiday-calendar';

export const calendarHandlers: HandlersOf<typeof calendarChannels> = {
  'calendar.list': (ctx, input) => listCalendar(ctx, input.year),
  'calendar.save': saveCalendarDay,
  'calendar.postingEnd': (ctx, input) => postingPeriod(ctx, input.startDate, input.workingDays),
  'calendar.today': (ctx) => today(ctx),
};
