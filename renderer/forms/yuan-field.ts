// Amounts are typed as text in yuan ("1,234.56") and sent as integer fen. The field's rule shows
// parseYuan's own reason; the form's `toInput` then converts with `fenOfText`, and the contract's fen()
// schema adds the field-named checks (sign, zero, size). Form fields keep the contract's name
// (`amountFen`, `basicBaseFen` …) so server refusals naming that field land on it.
import type { FormRule } from 'antd';
import { formatYuan, parseYuan } from '../../shared/domain/money';

export const yuanRules: FormRule[] = [
  {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value : '';
      if (text.trim() === '') return; // "must be filled" comes from the schema, with the field's label
      const parsed = parseYuan(text);
      if (!parsed.ok) throw new Error(parsed.reason);
    },
  },
];

/** The fen of a typed amount; undefined when blank or unreadable (the schema then names the field). */
export function fenOfText(text: string | undefined | null): number | undefined {
  if (text === undefined || text === null || text.trim() === '') return undefined;
  const parsed = parseYuan(text);
  return parsed.ok ? parsed.fen : undefined;
}

/** The text a yuan field starts with for a known amount ("" when there is none). */
export function textOfFen(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : formatYuan(fen);
}
