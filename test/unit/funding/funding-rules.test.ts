import { describe, expect, it } from 'vitest';
import {
  computeBasicOffice,
  computePurchasedServices,
  policyStandard,
  wanYuan,
} from '../../../shared/features/funding/funding-rules';

const yuan = (value: number) => value * 100;
const withRule = (partBlockRule: typeof policyStandard.partBlockRule) => ({
  ...policyStandard,
  partBlockRule,
});

describe('basic office funding (官民函〔2022〕61号)', () => {
  it.each([
    [10_000, 300_000],
    [15_000, 300_000],
    [20_000, 300_000],
    [29_999, 300_000],
    [30_000, 400_000],
    [35_000, 400_000],
    [50_000, 600_000],
  ])('gives %i households %i yuan counting whole blocks only', (households, amount) => {
    expect(computeBasicOffice(households, policyStandard).amountFen).toBe(yuan(amount));
  });

  it('writes the breakdown of 35,000 households in words', () => {
    expect(computeBasicOffice(35_000, policyStandard).breakdown).toBe(
      '35,000户：基础30万元 + 超出部分按整万户计1档 × 10万元 = 40万元',
    );
  });

  it('counts a part block as a whole one when the standard says round up', () => {
    expect(computeBasicOffice(20_001, withRule('round_up'))).toMatchObject({
      amountFen: yuan(400_000),
      breakdown: '20,001户：基础30万元 + 超出部分不足一档按一档计1档 × 10万元 = 40万元',
    });
  });

  it('prorates a part block to the fen, rounding half up, when the standard says pro rata', () => {
    expect(computeBasicOffice(35_000, withRule('pro_rata')).amountFen).toBe(yuan(450_000));
    // 1 household over: 100,000 yuan / 10,000 = 10 yuan exactly.
    expect(computeBasicOffice(20_001, withRule('pro_rata')).amountFen).toBe(yuan(300_010));
    // 3 blocks of 7,000 households: 1/7 of 100,000 yuan = 14,285.714… → 14,285.71.
    expect(
      computeBasicOffice(21_000, { ...withRule('pro_rata'), basicBlockHouseholds: 7_000 }).amountFen,
    ).toBe(yuan(300_000) + 1_428_571);
  });

  it('does not cover fewer than 10,000 households and asks for a manual amount', () => {
    expect(computeBasicOffice(9_999, policyStandard)).toEqual({
      covered: false,
      amountFen: null,
      breakdown: '9,999户：不足10,000户，标准未作规定，须手工核定金额并说明理由',
    });
  });
});

describe('purchased public services funding', () => {
  it('pays 50, 20 and 30 yuan a household by courtyard type', () => {
    const result = computePurchasedServices(
      { self_governed: 5_000, public_unit: 1_000, property_managed: 29_000 },
      policyStandard,
    );
    expect(result.amountFen).toBe(yuan(5_000 * 50 + 1_000 * 20 + 29_000 * 30));
    expect(result.breakdown).toBe(
      '自治院落5,000户 × 50元 + 公共单位院落1,000户 × 20元 + 物管院落29,000户 × 30元 = 1,140,000元',
    );
  });

  it('leaves out courtyard types without households', () => {
    expect(
      computePurchasedServices({ self_governed: 0, public_unit: 820, property_managed: 0 }, policyStandard)
        .breakdown,
    ).toBe('公共单位院落820户 × 20元 = 16,400元');
  });

  it('gives zero, in words, when no courtyard households are entered', () => {
    expect(
      computePurchasedServices({ self_governed: 0, public_unit: 0, property_managed: 0 }, policyStandard),
    ).toMatchObject({ amountFen: 0 });
  });
});

describe('amounts in 万元', () => {
  it.each([
    [yuan(300_000), '30万元'],
    [yuan(1_140_000), '114万元'],
    [yuan(12_345), '12,345元'],
    [1_234_56, '1,234.56元'],
  ])('writes %i fen as %s', (fen, text) => {
    expect(wanYuan(fen)).toBe(text);
  });
});
