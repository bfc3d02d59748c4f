import { describe, it, expect } from 'vitest';
import { amountInWords, formatYuan, parseYuan, sumFen } from '../../../shared/domain/money';

describe('amountInWords', () => {
  // The examples printed in the People's Bank rules for writing amounts on vouchers.
  it.each([
    [140950, '1,409.50', '人民币壹仟肆佰零玖元伍角'],
    [600714, '6,007.14', '人民币陆仟零柒元壹角肆分'],
    [168032, '1,680.32', '人民币壹仟陆佰捌拾元零叁角贰分'],
    [10700053, '107,000.53', '人民币壹拾万柒仟元零伍角叁分'],
    [1640902, '16,409.02', '人民币壹万陆仟肆佰零玖元零贰分'],
    [32504, '325.04', '人民币叁佰贰拾伍元零肆分'],
    [30000000, '300,000.00', '人民币叁拾万元整'],
  ])('writes the official example %i fen (%s) as %s', (fen, _shown, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('writes 人民币零元整 for zero', () => {
    expect(amountInWords(0)).toBe('人民币零元整');
  });

  it.each([
    [5, '人民币伍分'],
    [50, '人民币伍角'],
    [55, '人民币伍角伍分'],
    [1, '人民币壹分'],
  ])('writes %i fen without yuan as %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it.each([
    [1000, '人民币壹拾元整'],
    [1100, '人民币壹拾壹元整'],
    [11000, '人民币壹佰壹拾元整'],
    [10000, '人民币壹佰元整'],
    [100500, '人民币壹仟零伍元整'],
    [10050000, '人民币壹拾万零伍佰元整'],
    [100, '人民币壹元整'],
    [101, '人民币壹元零壹分'],
    [110, '人民币壹元壹角'],
  ])('writes whole yuan and zeros for %i fen as %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it.each([
    [10_000_000_000, '人民币壹亿元整'],
    [10_001_000_000, '人民币壹亿零壹万元整'],
    [100_000_000_100, '人民币壹拾亿零壹元整'],
    [12_345_678_900, '人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整'],
    [10_010_000_000, '人民币壹亿零壹拾万元整'],
    [100_000_000_000_000, '人民币壹万亿元整'],
    [100_010_000_000_000, '人民币壹万零壹亿元整'],
  ])('writes 亿 and 万亿 for %i fen as %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it('writes the largest safe amount without losing a digit', () => {
    expect(amountInWords(Number.MAX_SAFE_INTEGER)).toBe(
      '人民币玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分',
    );
  });

  it.each([
    [-10000, '人民币负壹佰元整'],
    [-5, '人民币负伍分'],
    [-168032, '人民币负壹仟陆佰捌拾元零叁角贰分'],
  ])('prefixes 负 for the reversal %i fen: %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses %s, which is not a safe integer of fen',
    (fen) => {
      expect(() => amountInWords(fen)).toThrow(TypeError);
    },
  );
});

describe('parseYuan', () => {
  it.each([
    ['1,234.56', 123456],
    ['1234.5', 123450],
    ['-12.30', -1230],
    [' 300000 ', 30000000],
    ['0.05', 5],
    ['0.07', 7],
    ['1.10', 110],
    ['19.99', 1999],
    ['0.29', 29],
    ['1,000,000', 100000000],
    ['¥1,680.32', 168032],
    ['￥325.04', 32504],
    ['-¥100', -10000],
    ['0', 0],
    ['-0.00', 0],
  ])('reads %j as %i fen without rounding', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
  });

  it('reads the largest safe amount exactly', () => {
    expect(parseYuan('90,071,992,547,409.91')).toEqual({ ok: true, fen: Number.MAX_SAFE_INTEGER });
  });

  it.each([
    ['', '金额不能为空'],
    ['   ', '金额不能为空'],
    ['abc', '金额格式不正确'],
    ['1.2.3', '金额格式不正确'],
    ['1e5', '金额格式不正确'],
    ['12元', '金额格式不正确'],
    ['--1', '金额格式不正确'],
    ['1.', '金额格式不正确'],
    ['1.234', '金额最多两位小数'],
    ['0.001', '金额最多两位小数'],
    ['1,23.00', '金额的千分位分隔不正确'],
    ['1234,567', '金额的千分位分隔不正确'],
    ['90,071,992,547,409.92', '金额超出可处理的范围'],
    ['99999999999999999999', '金额超出可处理的范围'],
  ])('rejects %j because 「%s」', (text, reason) => {
    expect(parseYuan(text)).toEqual({ ok: false, reason });
  });

  it('round-trips what formatYuan writes', () => {
    for (const fen of [0, 7, 110, 1999, -1230, 123456, 30000000, Number.MAX_SAFE_INTEGER]) {
      expect(parseYuan(formatYuan(fen))).toEqual({ ok: true, fen });
    }
  });
});

describe('formatYuan', () => {
  it.each([
    [123456, '1,234.56'],
    [0, '0.00'],
    [-1230, '-12.30'],
    [5, '0.05'],
    [30000000, '300,000.00'],
    [100000, '1,000.00'],
    [99999, '999.99'],
    [Number.MAX_SAFE_INTEGER, '90,071,992,547,409.91'],
  ])('writes %i fen as %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('writes negative zero as 0.00', () => {
    expect(formatYuan(-0)).toBe('0.00');
  });

  it.each([0.5, Number.NaN, 2 ** 53])('refuses %s, which is not a safe integer of fen', (fen) => {
    expect(() => formatYuan(fen)).toThrow(TypeError);
  });
});

describe('sumFen', () => {
  it('adds amounts exactly', () => {
    expect(sumFen([10, 20, 70])).toBe(100);
  });

  it('gives 0 for no amounts', () => {
    expect(sumFen([])).toBe(0);
  });

  it('throws when the total leaves the safe-integer range', () => {
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });

  it('refuses a value that is not a safe integer', () => {
    expect(() => sumFen([1, 0.5])).toThrow(TypeError);
  });
});
