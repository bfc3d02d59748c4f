// Amounts are typed as text in yuan ("1,234.56", or full-width from an IME: "１，２３４．５６") and sent as
// integer fen. The field's rule shows parseYuan's reason under the field's own label; the form's
// `toInput` then converts with `fenOfText`, and the contract's fen() schema adds the field-named checks
// (sign, zero, size). Form fields keep the contract's name (`amountFen`, `basicBaseFen` …) so server
// refusals naming that field land on it.
import type { FormRule } from 'antd';
import { formatYuan, parseYuan, type ParseYuanResult } from '../../../shared/domain/money';
import { normalizeDigits } from './number-text';

/** parseYuan after reading full-width digits, commas and points as their ASCII forms. */
export function parseYuanText(text: string): ParseYuanResult {
  return parseYuan(normalizeDigits(text));
}

/** The message under a yuan field: its label (filled in by antd from the Form.Item) and the reason. */
export function yuanFieldMessage(reason: string, label = '${label}'): string {
  return `${label}：${reason}`;
}

export const yuanRules: FormRule[] = [
  {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value : '';
      if (text.trim() === '') return; // "must be filled" comes from the schema, with the field's label
      const parsed = parseYuanText(text);
      if (!parsed.ok) throw new Error(yuanFieldMessage(parsed.reason));
    },
  },
];

/** The fen of a typed amount; undefined when blank or unreadable (the schema then names the field). */
export function fenOfText(text: string | undefined | null): number | undefined {
  if (text === undefined || text === null || text.trim() === '') return undefined;
  const parsed = parseYuanText(text);
  return parsed.ok ? parsed.fen : undefined;
}

/** The text a yuan field starts with for a known amount ("" when there is none). */
export function textOfFen(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatYuan(fen);
}
