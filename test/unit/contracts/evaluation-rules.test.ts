// The evaluation rules both sides apply: grades over tenths of a point, the share a grade lets be paid,
// and how a score is written.
import { describe, expect, it } from 'vitest';
import {
  allowedByCoefficient,
  defaultCoefficients,
  defaultIndicators,
  formatScore,
  gradeOf,
  gradePasses,
  scoreText,
  totalTenths,
} from '../../../shared/features/contracts/evaluation-rules';

describe('gradeOf', () => {
  it.each([
    [1000, 'excellent'],
    [900, 'excellent'],
    [899, 'good'],
    [800, 'good'],
    [799, 'fair'],
    [600, 'fair'],
    [599, 'poor'],
    [0, 'poor'],
  ])('grades %s tenths as %s', (tenths, grade) => {
    expect(gradeOf(tenths)).toBe(grade);
  });
});

describe('the default template and coefficients', () => {
  it('weigh the four indicators to 100', () => {
    expect(defaultIndicators.map((indicator) => indicator.name)).toEqual([
      '前期准备',
      '实施过程',
      '绩效表现',
      '满意度',
    ]);
    expect(defaultIndicators.reduce((sum, indicator) => sum + indicator.weight, 0)).toBe(100);
  });

  it('pay 优 and 良 in full, 中 80 % and 差 nothing', () => {
    expect(defaultCoefficients).toEqual({ excellent: 100, good: 100, fair: 80, poor: 0 });
    expect(gradePasses('fair', defaultCoefficients)).toBe(true);
    expect(gradePasses('poor', defaultCoefficients)).toBe(false);
  });
});

describe('allowedByCoefficient', () => {
  it('takes the share of the amount in fen', () => {
    expect(allowedByCoefficient(48_000_00, 80)).toBe(38_400_00);
    expect(allowedByCoefficient(48_000_00, 100)).toBe(48_000_00);
    expect(allowedByCoefficient(48_000_00, 0)).toBe(0);
  });

  it('rounds a fraction of a fen down, never paying more than the share', () => {
    expect(allowedByCoefficient(33_33, 80)).toBe(26_66);
    expect(allowedByCoefficient(1, 99)).toBe(0);
  });
});

describe('scores', () => {
  it('add up in tenths without drifting', () => {
    expect(totalTenths([175, 263, 261, 176])).toBe(875);
  });

  it('are written with one decimal only when there is one', () => {
    expect(formatScore(875)).toBe('87.5');
    expect(formatScore(580)).toBe('58');
    expect(scoreText(580)).toBe('58 分（差）');
    expect(scoreText(900)).toBe('90 分（优）');
  });
});
