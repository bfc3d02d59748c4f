// The contract rules both sides apply: the term (第二十四条) with its one-year limit over 29 February,
// the years a term touches, the negative list, the steps a state may take and the cost sheet.
import { describe, expect, it } from 'vitest';
import {
  costSheetTotal,
  mayTake,
  negativeListWarnings,
  refusalOfAction,
  scheduleTotal,
  termLength,
  termLimit,
  yearsOfTerm,
} from '../../../shared/features/contracts/contract';

describe('termLimit', () => {
  it('ends the day before the same date a year later', () => {
    expect(termLimit('2026-03-01', 1)).toBe('2027-02-28');
    expect(termLimit('2026-01-01', 1)).toBe('2026-12-31');
    expect(termLimit('2026-04-01', 3)).toBe('2029-03-31');
  });

  it('ends on the last day of February for a term starting on 29 February', () => {
    expect(termLimit('2028-02-29', 1)).toBe('2029-02-28');
    expect(termLimit('2028-02-29', 4)).toBe('2032-02-28');
    expect(termLimit('2027-03-01', 1)).toBe('2028-02-29');
  });
});

describe('termLength', () => {
  it('tells a one-year term, a multi-year one up to 3 years and one too long', () => {
    expect(termLength('2026-04-01', '2027-03-31')).toBe('one_year');
    expect(termLength('2026-04-01', '2027-04-01')).toBe('multi_year');
    expect(termLength('2026-04-01', '2029-03-31')).toBe('multi_year');
    expect(termLength('2026-04-01', '2029-04-01')).toBe('too_long');
    expect(termLength('2028-02-29', '2029-02-28')).toBe('one_year');
    expect(termLength('2028-02-29', '2029-03-01')).toBe('multi_year');
  });
});

describe('yearsOfTerm', () => {
  it('lists every calendar year the term touches', () => {
    expect(yearsOfTerm('2026-04-01', '2026-12-31')).toEqual([2026]);
    expect(yearsOfTerm('2026-10-01', '2027-09-30')).toEqual([2026, 2027]);
    expect(yearsOfTerm('2026-01-01', '2028-12-31')).toEqual([2026, 2027, 2028]);
  });
});

describe('negativeListWarnings', () => {
  it('names each negative-list item the text touches, once', () => {
    expect(negativeListWarnings('为老人提供助餐和探访服务')).toEqual([]);
    expect(negativeListWarnings('购买劳务派遣服务，并设公益性岗位，劳务派遣 3 人')).toEqual([
      '不得以政府购买服务名义购买劳务派遣服务',
      '不得将公益性岗位作为政府购买服务内容',
    ]);
    expect(negativeListWarnings('含活动室施工及设备采购')).toEqual([
      '不得将政府购买服务与工程建设、货物采购打包实施',
    ]);
    expect(negativeListWarnings('支付编外人员工资')).toHaveLength(1);
  });
});

describe('states and sums', () => {
  it('lets each state take its steps and words the refusal', () => {
    expect(mayTake('draft', 'sign')).toBe(true);
    expect(mayTake('completed', 'amend')).toBe(false);
    expect(refusalOfAction('completed', 'amend')).toBe('已完成的合同不能变更');
    expect(refusalOfAction('signed', 'amend')).toBeNull();
    expect(mayTake('terminated', 'pay')).toBe(true);
  });

  it('adds the cost sheet and the schedule', () => {
    expect(
      costSheetTotal([
        { item: '讲座', quantity: 24, unit: '场', unitPriceFen: 4_000_00 },
        { item: '探访', quantity: 600, unit: '人次', unitPriceFen: 40_00 },
      ]),
    ).toBe(120_000_00);
    expect(scheduleTotal([{ amountFen: 36_000_00 }, { amountFen: 84_000_00 }])).toBe(120_000_00);
  });
});
