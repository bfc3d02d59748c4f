// Money is an integer count of fen (分) everywhere. This module is the only place that turns fen into
// text (grouped yuan, 中文大写金额) and text into fen, and it does so without float arithmetic so that
// "0.07" is 7 fen and never 7.000000000000001.

/** An amount in fen (1 yuan = 100 fen); always a safe integer. */
export type Fen = number;

/**
 * Limits no sub-district can ever need, chosen so that no sum the app makes can pass
 * Number.MAX_SAFE_INTEGER (≈ 9.0e15 fen): one amount (a line, an override, an adjustment, a
 * disbursement, a standard's base or block amount) is at most 1 亿元 — the policy's largest line is
 * tens of 万元 —, a year holds at most 1,000 communities (communitiesPerYearMax) (an office has tens), so a year's total is at
 * most 3 lines × 1,000 × 1e10 fen = 3e13 fen, over 300 times below the limit.
 */
export const amountMaxFen: Fen = 100_000_000_00;
export const amountMaxWords = '1 亿元';
/** A per-household rate: at most 1,000 元 (the policy's are 20–50 元). */
export const householdRateMaxFen: Fen = 1_000_00;
export const householdRateMaxWords = '1,000 元/户';

export type ParseYuanResult = { ok: true; fen: Fen } | { ok: false; reason: string };

const maxSafeFen = BigInt(Number.MAX_SAFE_INTEGER);

// Sign and currency symbol may come in either order ("-¥12.30", "¥-12.30"); the integer part is either
// plain digits or correctly grouped thousands; the decimal part is kept unbounded here so that too many
// decimals can be told apart from junk.
const amountPattern = /^(?:(-)[¥￥]?|[¥￥]?(-)?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export function parseYuan(text: string): ParseYuanResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: '金额不能为空' };
  const match = amountPattern.exec(trimmed);
  if (!match) {
    // A figure that only fails because of its commas deserves a more precise reason.
    const misgrouped = trimmed.includes(',') && amountPattern.test(trimmed.replaceAll(',', ''));
    return { ok: false, reason: misgrouped ? '金额的千分位分隔不正确' : '金额格式不正确' };
  }
  const [, signBeforeSymbol, signAfterSymbol, integerDigits = '', decimalDigits = ''] = match;
  if (decimalDigits.length > 2) return { ok: false, reason: '金额最多两位小数' };
  // BigInt keeps the arithmetic exact however many digits were typed, so the range check is honest.
  const magnitude = BigInt(integerDigits.replaceAll(',', '')) * 100n + BigInt(decimalDigits.padEnd(2, '0'));
  if (magnitude > maxSafeFen) return { ok: false, reason: '金额超出可处理的范围' };
  const negative = (signBeforeSymbol ?? signAfterSymbol) === '-' && magnitude !== 0n;
  return { ok: true, fen: Number(negative ? -magnitude : magnitude) };
}

function assertFen(fen: number, what: string): void {
  if (!Number.isSafeInteger(fen)) throw new TypeError(`${what}: ${fen} is not a safe integer of fen`);
}

/** "1,234.56" for 123456; the sign goes in front ("-12.30"). */
export function formatYuan(fen: Fen): string {
  assertFen(fen, 'formatYuan');
  const magnitude = Math.abs(fen);
  const fenPart = magnitude % 100;
  // The quotient of an exact multiple of 100 is exact, so this stays integer arithmetic.
  const yuanPart = (magnitude - fenPart) / 100;
  const grouped = String(yuanPart).replace(/\B(?=(\d{3})+$)/g, ',');
  const sign = fen < 0 ? '-' : '';
  return `${sign}${grouped}.${String(fenPart).padStart(2, '0')}`;
}

/** Adds fen amounts; throws as soon as a running total leaves the safe-integer range. */
export function sumFen(values: readonly number[]): Fen {
  let total = 0;
  for (const value of values) {
    assertFen(value, 'sumFen');
    total += value;
    if (!Number.isSafeInteger(total)) {
      throw new RangeError('sumFen: the total is beyond the safe-integer range');
    }
  }
  return total;
}

const digitWords = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const placeWords = ['', '拾', '佰', '仟'] as const;
const wan = 10_000;
const yi = 100_000_000;

function digitWord(digit: number): string {
  return digitWords[digit] ?? '';
}

/** Words for 1..9999. Inner zeros collapse into one 零; trailing zeros are silent (壹仟零伍, 壹仟伍佰). */
function groupWords(group: number): string {
  let words = '';
  let zeroPending = false;
  for (let place = 3; place >= 0; place -= 1) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      zeroPending = words !== '';
      continue;
    }
    if (zeroPending) words += '零';
    words += digitWord(digit) + placeWords[place];
    zeroPending = false;
  }
  return words;
}

// A lower part needs a 零 when its leading places are zero (壹亿零壹万, 壹拾万零伍佰), but not when
// only the higher unit's own place is zero (壹拾万柒仟): this follows the People's Bank examples.
function joinParts(high: string, low: number, lowWidth: number, lowWords: (n: number) => string): string {
  if (low === 0) return high;
  const gap = low < 10 ** (lowWidth - 1) ? '零' : '';
  return high + gap + lowWords(low);
}

/** Words for a positive whole number of yuan, with 万 and 亿 (万亿 comes out as 壹万亿). */
function integerWords(yuan: number): string {
  if (yuan >= yi) {
    const low = yuan % yi;
    return joinParts(integerWords((yuan - low) / yi) + '亿', low, 8, integerWords);
  }
  if (yuan >= wan) {
    const low = yuan % wan;
    return joinParts(groupWords((yuan - low) / wan) + '万', low, 4, groupWords);
  }
  return groupWords(yuan);
}

// 整 closes an amount only when there are neither 角 nor 分 (人民币壹仟肆佰零玖元伍角 has none). A 零
// bridges 元 to a 分 with no 角, and 元 to 角 when the yuan figure ends in 0 (壹仟陆佰捌拾元零叁角贰分).
function fractionWords(yuan: number, jiao: number, fen: number): string {
  if (jiao === 0 && fen === 0) return '整';
  const bridge = yuan > 0 && (jiao === 0 || yuan % 10 === 0) ? '零' : '';
  const jiaoWords = jiao > 0 ? digitWord(jiao) + '角' : '';
  const fenWords = fen > 0 ? digitWord(fen) + '分' : '';
  return bridge + jiaoWords + fenWords;
}

/** 中文大写金额 per the People's Bank rules, e.g. 人民币壹仟陆佰捌拾元零叁角贰分; negatives get 负. */
export function amountInWords(fen: Fen): string {
  assertFen(fen, 'amountInWords');
  if (fen === 0) return '人民币零元整';
  const magnitude = Math.abs(fen);
  const cents = magnitude % 100;
  const yuan = (magnitude - cents) / 100;
  const jiao = Math.floor(cents / 10);
  const fenDigit = cents % 10;
  const yuanWords = yuan > 0 ? integerWords(yuan) + '元' : '';
  const sign = fen < 0 ? '负' : '';
  return `人民币${sign}${yuanWords}${fractionWords(yuan, jiao, fenDigit)}`;
}
