// What a typed number means, decided once for every form. Digits typed through a Chinese IME arrive
// full-width (１２３．５) and are read as the digits they are; nothing is rounded or clamped, so a value
// the schema refuses (3200.5 households, −1) reaches it unchanged and is refused naming its field.

/** Full-width digits and signs (and the minus sign U+2212) as their ASCII forms; other text unchanged. */
export function normalizeDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF0B\uFF0C\uFF0D\uFF0E\u2212\u3000]/g, (char) => {
    if (char === '\u2212') return '-';
    if (char === '\u3000') return ' ';
    return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
  });
}

const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * The value a number field holds for its text: null when blank, the number the text reads as, or — when
 * the text is no plain decimal number ("12a", "1e5", "1,000") — the text itself, which the field's zod
 * schema refuses with 「字段名：必须填写数字」.
 */
export function numberOfText(text: string): number | string | null {
  const normalized = normalizeDigits(text).trim();
  if (normalized === '') return null;
  return plainNumber.test(normalized) ? Number(normalized) : text;
}

/** The text a number field shows for a value it holds. */
export function textOfNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
