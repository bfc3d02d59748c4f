// The provider rules: the stale-check warning at signing, the days between two dates, the identifiers.
import { describe, expect, it } from 'vitest';
import { daysBetween, needsUscc, staleCheckWarning } from '../../../shared/features/contracts/contract';

describe('staleCheckWarning', () => {
  it('warns when there is no check at all', () => {
    expect(staleCheckWarning(null, '2026-03-15', 180)).toBe(
      '承接主体尚无资格审查记录（信用中国、政府采购严重违法失信行为记录名单）',
    );
  });

  it('is silent up to the limit and warns the day after, with the age', () => {
    expect(staleCheckWarning('2025-09-16', '2026-03-15', 180)).toBeNull();
    expect(staleCheckWarning('2025-09-15', '2026-03-15', 180)).toBe(
      '承接主体最近一次资格审查在 2025-09-15，距签订日期已 181 天，超过 180 天',
    );
    expect(staleCheckWarning('2026-03-15', '2026-03-15', 1)).toBeNull();
  });
});

describe('daysBetween and needsUscc', () => {
  it('counts days across a leap day and tells the kinds', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(needsUscc('individual')).toBe(false);
    expect(needsUscc('social_organisation')).toBe(true);
  });
});
