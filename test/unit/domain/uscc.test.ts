import { describe, it, expect } from 'vitest';
import { usccCharset, usccCheckCharacter, validateUscc } from '../../../shared/domain/uscc';

// The example code from GB 32100-2015 material, and codes whose check character was worked out
// separately from the module (weights written out by hand, not derived from 3^i).
const validCodes = [
  '91350100M000100Y43',
  '91110108MA01C8X2L8',
  '53100000500021676K',
  '31440000MD0155432U',
  'N2330105MF0123456L',
  '12100000400010398P',
];

const handWrittenWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** An independent, deliberately plain check: the weighted sum including the check character is 0 mod 31. */
function sumsToZero(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += usccCharset.indexOf(code.charAt(i)) * (handWrittenWeights[i] ?? 0);
  return (sum + usccCharset.indexOf(code.charAt(17))) % 31 === 0;
}

function withCharacter(code: string, position: number, character: string): string {
  return code.slice(0, position) + character + code.slice(position + 1);
}

describe('validateUscc', () => {
  it.each(validCodes)('accepts %s', (code) => {
    expect(sumsToZero(code)).toBe(true);
    expect(validateUscc(code)).toEqual({ ok: true, normalized: code });
  });

  it('normalizes lower case and surrounding spaces', () => {
    expect(validateUscc('  91350100m000100y43\t')).toEqual({ ok: true, normalized: '91350100M000100Y43' });
  });

  it('normalizes full-width characters typed through a Chinese input method', () => {
    expect(validateUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it.each(['', '   '])('says an empty code %j cannot be empty', (code) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason: '统一社会信用代码不能为空' });
  });

  it('names the length of a short code', () => {
    expect(validateUscc('91350100M000100Y4')).toEqual({
      ok: false,
      reason: '统一社会信用代码应为 18 位，现为 17 位',
    });
  });

  it('counts a Chinese character as one position', () => {
    expect(validateUscc('91350100M000100Y4三3')).toEqual({
      ok: false,
      reason: '统一社会信用代码应为 18 位，现为 19 位',
    });
  });

  it('names the position of a character outside the charset', () => {
    expect(validateUscc('9135I100M000100Y43')).toEqual({
      ok: false,
      reason: '统一社会信用代码第 5 位“I”不是有效字符',
    });
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s, which the standard leaves out', (letter) => {
    expect(validateUscc(withCharacter('91350100M000100Y43', 9, letter))).toEqual({
      ok: false,
      reason: `统一社会信用代码第 10 位“${letter}”不是有效字符`,
    });
  });

  it('names the expected and the actual check character', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({
      ok: false,
      reason: '统一社会信用代码校验位应为“3”，现为“4”',
    });
  });

  it('rejects every single-character change of a valid code', () => {
    for (const code of validCodes) {
      for (let position = 0; position < 18; position += 1) {
        for (const character of usccCharset) {
          if (character === code.charAt(position)) continue;
          const changed = withCharacter(code, position, character);
          expect(sumsToZero(changed)).toBe(false);
          expect(validateUscc(changed).ok).toBe(false);
        }
      }
    }
  });

  it('rejects swapping two different neighbouring characters', () => {
    const code = '91110108MA01C8X2L8';
    for (let position = 0; position < 17; position += 1) {
      const [left, right] = [code.charAt(position), code.charAt(position + 1)];
      if (left === right) continue;
      const swapped = code.slice(0, position) + right + left + code.slice(position + 2);
      expect(validateUscc(swapped).ok).toBe(false);
    }
  });
});

describe('usccCheckCharacter', () => {
  it('agrees with the independent check for every valid code', () => {
    for (const code of validCodes) expect(usccCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('can make any 17-character body valid', () => {
    const body = 'Y1110000000000000';
    expect(validateUscc(body + usccCheckCharacter(body)).ok).toBe(true);
  });
});
