// 公民身份号码 (GB 11643-1999): 17 digits and a check character, ISO 7064 MOD 11-2 over weights
// 2^(17-i) mod 11; a remainder maps to 1 0 X 9 8 7 6 5 4 3 2. Only the form, the birth date and the
// check character are enforced: the area codes change with every redistricting, so refusing on them
// would refuse real numbers.
import { isValidIsoDate } from './dates';

export type IdNumberResult = { ok: true; normalized: string } | { ok: false; reason: string };

const weights: readonly number[] = Array.from({ length: 17 }, (_, i) => 2 ** (17 - i) % 11);
const checkCharacters = '10X98765432';

/** The check character for the first 17 digits. Exported so that forms can suggest it. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += Number(first17.charAt(i)) * weight;
  });
  return checkCharacters.charAt(sum % 11);
}

export function checkIdNumber(input: string): IdNumberResult {
  // A full-width digit or a lower-case x typed through an input method is the same number.
  const code = input.normalize('NFKC').trim().toUpperCase();
  if (code.length !== 18) return { ok: false, reason: `应为 18 位，实际为 ${code.length} 位` };
  if (!/^\d{17}[\dX]$/.test(code)) return { ok: false, reason: '前 17 位应为数字，末位为数字或 X' };
  const birth = `${code.slice(6, 10)}-${code.slice(10, 12)}-${code.slice(12, 14)}`;
  if (!isValidIsoDate(birth)) return { ok: false, reason: `第 7–14 位的出生日期 ${birth} 不是有效日期` };
  const expected = idNumberCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected)
    return { ok: false, reason: `校验位应为 ${expected}，实际为 ${code.charAt(17)}` };
  return { ok: true, normalized: code };
}
