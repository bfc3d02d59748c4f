// The posting period of the notice forms: when the end date is worked out, what goes to the channel and
// what a new form proposes.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  initialPostingPeriod,
  periodToCompute,
  postingPeriodInput,
} from '../../../renderer/features/calendar/posting-period';

describe('posting period', () => {
  it('works the end out only for a start and 1 to 30 working days', () => {
    const start = dayjs('2026-04-01');
    expect(periodToCompute(start, 5)).toEqual({ start: '2026-04-01', days: 5 });
    expect(periodToCompute(start, 30)).toEqual({ start: '2026-04-01', days: 30 });
    expect(periodToCompute(start, 31)).toBeNull();
    expect(periodToCompute(start, 0)).toBeNull();
    expect(periodToCompute(start, null)).toBeNull();
    expect(periodToCompute(start, '5')).toBeNull();
    expect(periodToCompute(null, 5)).toBeNull();
  });

  it('sends ISO dates and leaves a missing value missing for the schema to name', () => {
    const values = { startDate: dayjs('2026-04-01'), workingDays: 7, issueDate: dayjs('2026-03-30') };
    expect(postingPeriodInput(values)).toEqual({
      startDate: '2026-04-01',
      workingDays: 7,
      issueDate: '2026-03-30',
    });
    expect(postingPeriodInput({ startDate: null, workingDays: null, issueDate: null })).toEqual({
      startDate: undefined,
      workingDays: undefined,
      issueDate: undefined,
    });
  });

  it('proposes five working days from the given start, issued today', () => {
    const proposed = initialPostingPeriod('2026-04-07', dayjs('2026-04-03'));
    expect(postingPeriodInput(proposed)).toEqual({
      startDate: '2026-04-07',
      workingDays: 5,
      issueDate: '2026-04-03',
    });
  });
});
