// 统一社会信用代码 (GB 32100-2015): 18 characters over a 31-character set, the last a mod-31 check
// character. Only the length, the character set and the check character are enforced: the registering
// authority codes (first character) have grown beyond the standard's original 1/5/9/Y (e.g. 3 for law
// firms, 8 for trade unions, N for rural collectives), so rejecting on them would refuse real codes.

export type UsccResult = { ok: true; normalized: string } | { ok: false; reason: string };

/** The code's alphabet in value order: digits, then capitals without I, O, Z, S, V. */
export const usccCharset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccLength = 18;
const modulus = usccCharset.length;

/** Weight of position i (0-based) is 3^i mod 31: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28. */
const weights: readonly number[] = Array.from({ length: usccLength - 1 }, (_, i) => 3 ** i % modulus);

/**
 * The check character for the first 17 characters of a code, all of which must be in the charset.
 * Exported so that forms can suggest the right last character.
 */
export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += usccCharset.indexOf(first17.charAt(i)) * weight;
  });
  return usccCharset.charAt((modulus - (sum % modulus)) % modulus);
}

// Full-width letters and digits typed through a Chinese input method are the same code; NFKC folds them.
function normalize(code: string): string {
  return code.normalize('NFKC').trim().toUpperCase();
}

function firstInvalidCharacter(characters: readonly string[]): string | undefined {
  const index = characters.findIndex((character) => !usccCharset.includes(character));
  if (index < 0) return undefined;
  return `统一社会信用代码第 ${index + 1} 位“${characters[index]}”不是有效字符`;
}

export function validateUscc(code: string): UsccResult {
  const normalized = normalize(code);
  if (normalized === '') return { ok: false, reason: '统一社会信用代码不能为空' };
  // Count code points, not UTF-16 units, so a stray Chinese character counts as one position.
  const characters = Array.from(normalized);
  if (characters.length !== usccLength) {
    return { ok: false, reason: `统一社会信用代码应为 ${usccLength} 位，现为 ${characters.length} 位` };
  }
  const invalid = firstInvalidCharacter(characters);
  if (invalid !== undefined) return { ok: false, reason: invalid };
  const expected = usccCheckCharacter(normalized.slice(0, usccLength - 1));
  const actual = normalized.charAt(usccLength - 1);
  if (expected !== actual) {
    return { ok: false, reason: `统一社会信用代码校验位应为“${expected}”，现为“${actual}”` };
  }
  return { ok: true, normalized };
}
