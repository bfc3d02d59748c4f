import { describe, expect, it } from 'vitest';
import {
  addMonths as deadlineAddMonths,
  runsLongerThanSixMonths,
} from '../../../shared/features/fund/disclosure/disclosure-deadlines';
import {
  addMonths,
  nextUpdateDue,
  owesQuarterlyUpdates,
  reminderStateOn,
} from '../../../shared/features/fund/projects/progress-updates';

describe('a project’s three-monthly update', () => {
  it('falls due three months after the last one, on the month’s last day when it has no such day', () => {
    expect(nextUpdateDue('2026-03-08')).toBe('2026-06-08');
    expect(nextUpdateDue('2026-11-30')).toBe('2027-02-28');
    expect(nextUpdateDue('2027-11-30')).toBe('2028-02-29');
    expect(nextUpdateDue('2026-12-31')).toBe('2027-03-31');
  });

  it('is owed only by a project longer than six months', () => {
    expect(owesQuarterlyUpdates('2026-03-01', '2026-09-01')).toBe(false);
    expect(owesQuarterlyUpdates('2026-03-01', '2026-09-02')).toBe(true);
    expect(owesQuarterlyUpdates('2026-08-31', '2027-02-28')).toBe(false);
    expect(owesQuarterlyUpdates('2026-08-31', '2027-03-01')).toBe(true);
  });

  it('is reminded 15 days ahead (待更新), and late (已逾期) from the day after it was due', () => {
    expect(reminderStateOn('2026-03-30', '2026-03-14')).toBeNull();
    expect(reminderStateOn('2026-03-30', '2026-03-15')).toBe('due');
    expect(reminderStateOn('2026-03-30', '2026-03-30')).toBe('due');
    expect(reminderStateOn('2026-03-30', '2026-03-31')).toBe('late');
  });

  it('follows the same six-month and month-end rules as the disclosure calendar', () => {
    const days = ['2026-01-31', '2026-02-28', '2026-08-31', '2027-08-29', '2027-12-31'];
    for (const day of days) {
      for (const months of [1, 3, 6, 12]) expect(addMonths(day, months)).toBe(deadlineAddMonths(day, months));
      const end = addMonths(day, 6);
      for (const periodEnd of [end, addMonths(end, 1), deadlineAddMonths(day, 5)])
        expect(owesQuarterlyUpdates(day, periodEnd)).toBe(runsLongerThanSixMonths(day, periodEnd));
    }
  });
});
