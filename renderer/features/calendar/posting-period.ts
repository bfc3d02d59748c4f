// The values of a notice's posting period as the forms hold them (dayjs dates, a number or nothing) and
// what a channel input takes (ISO dates, whole days). Pure, shared by usePostingPeriod and its tests.
import dayjs, { type Dayjs } from 'dayjs';

/** The form fields of PostingPeriodFields: startDate / workingDays / issueDate. */
export interface PostingPeriodValues {
  startDate: Dayjs | null;
  workingDays: number | null;
  issueDate: Dayjs | null;
}

/** The longest posting period the notice channels accept, in working days. */
export const maxPostingWorkingDays = 30;
/** What a new notice form proposes: five working days. */
export const defaultPostingWorkingDays = 5;

export function isoDateOf(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** The period to work the end date out for, or null while the start or the length is not usable yet. */
export function periodToCompute(
  startDate: Dayjs | null | undefined,
  workingDays: unknown,
): { start: string; days: number } | null {
  const start = isoDateOf(startDate);
  const usable = typeof workingDays === 'number' && workingDays >= 1 && workingDays <= maxPostingWorkingDays;
  return start !== undefined && usable ? { start, days: workingDays } : null;
}

/** The period's part of a notice channel's input; a missing value stays missing for the schema to name. */
export function postingPeriodInput(values: PostingPeriodValues) {
  return {
    startDate: isoDateOf(values.startDate),
    workingDays: values.workingDays ?? undefined,
    issueDate: isoDateOf(values.issueDate),
  };
}

/** A new form: the posting starts on `start` (the first working day after today), issued `today` (the
 * backend's, useToday). */
export function initialPostingPeriod(start: string, today: Dayjs): PostingPeriodValues {
  return { startDate: dayjs(start), workingDays: defaultPostingWorkingDays, issueDate: today };
}
