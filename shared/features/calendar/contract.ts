// The holiday calendar's contract: the office's own entries over the shipped calendar, and the posting
// period (in working days) they give a notice.
import { z } from 'zod';
import type { calendarChannels } from './channels';
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { Today } from '../../domain/years';
import { documentDateRange, isoDate, optionalText, wholeNumber, year } from '../../contract/fields';

export const calendarKinds = ['holiday', 'workday', 'normal'] as const;
export type CalendarKind = (typeof calendarKinds)[number];
export const calendarKindLabels: Record<CalendarKind, string> = {
  holiday: '放假',
  workday: '调休上班',
  normal: '按平常（取消内置安排）',
};

export const calendarListInput = z.object({ year: year('年度') });
export const calendarSaveInput = z.object({
  date: isoDate('日期'),
  kind: z.enum(calendarKinds, { error: '类型：请选择有效的选项' }),
  name: optionalText('名称', 30),
});
export const postingEndInput = z.object({
  startDate: isoDate('公示开始日期', documentDateRange),
  workingDays: wholeNumber('公示期工作日数', { min: 1, max: 30 }),
});

/** calendar.postingEnd's answer. */
export interface PostingPeriod {
  endDate: string;
  /** Years of the period with no calendar entries (neither shipped nor the office's): warn before printing. */
  uncoveredYears: number[];
}

export interface CalendarEntry {
  date: string;
  kind: CalendarKind;
  name: string;
  /** 'shipped' comes with the app; 'office' was entered by the office and takes precedence. */
  source: 'shipped' | 'office';
}
export const calendarContract = {
  'calendar.list': channel<CalendarEntry[]>()(calendarListInput),
  'calendar.save': channel<CalendarEntry>()(calendarSaveInput),
  'calendar.postingEnd': channel<PostingPeriod>()(postingEndInput),
  'calendar.today': channel<Today>()(noInput),
} satisfies ContractFor<typeof calendarChannels>;
