import { describe, expect, it } from 'vitest';
import { isValidIsoDate, toLocalIsoDate, toLocalIsoTimestamp } from '../../../shared/domain/dates';

describe('local ISO timestamps', () => {
  it('writes the local time with its offset (Asia/Shanghai under test)', () => {
    expect(toLocalIsoTimestamp(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15T07:30:00+08:00');
  });

  it("gives the local day, not UTC's, for an early-morning change", () => {
    expect(toLocalIsoDate(new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('checks %s as a calendar date: %s', (text, valid) => {
    expect(isValidIsoDate(text)).toBe(valid);
  });
});
