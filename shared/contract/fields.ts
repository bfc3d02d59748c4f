// Zod field builders whose messages are Chinese and name the field, so the same message reaches the
// clerk whether the form or the Node side caught the mistake.
import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { amountMaxFen, amountMaxWords, householdRateMaxFen, householdRateMaxWords } from '../domain/money';
import { normaliseText, textProblem, textProblemMessages } from '../domain/text';
import { firstLedgerYear, lastLedgerYear } from '../domain/years';

export interface TextOptions {
  /** Keeps line breaks (reasons, notes, list contents typed in a text area); single-line text refuses them. */
  multiline?: boolean;
}

export const multiline: TextOptions = { multiline: true };

/** A string normalised (NFC, trimmed) and refused when it holds a control or invisible character. */
function cleanText(label: string, options: TextOptions) {
  return z
    .string({ error: `${label}：必须填写文字` })
    .overwrite(normaliseText)
    .superRefine((value, context) => {
      const problem = textProblem(value, options.multiline ?? false);
      if (problem) context.addIssue({ code: 'custom', message: `${label}：${textProblemMessages[problem]}` });
    });
}

export function requiredText(label: string, maxLength: number, options: TextOptions = {}) {
  return cleanText(label, options)
    .min(1, { error: `${label}：不能为空` })
    .max(maxLength, { error: `${label}：不能超过 ${maxLength} 个字` });
}

/** Optional text: missing, null or blank all become the empty string. */
export function optionalText(label: string, maxLength: number, options: TextOptions = {}) {
  return cleanText(label, options)
    .max(maxLength, { error: `${label}：不能超过 ${maxLength} 个字` })
    .nullish()
    .transform((value) => value ?? '');
}

export function wholeNumber(label: string, options: { min?: number; max?: number } = {}) {
  const min = options.min ?? 0;
  const max = options.max ?? 10_000_000;
  return z
    .number({ error: `${label}：必须填写数字` })
    .int({ error: `${label}：必须是整数` })
    .min(min, { error: `${label}：不能小于 ${min}` })
    .max(max, { error: `${label}：不能大于 ${max}` });
}

/** A measured quantity (floor area) with at most two decimals; not money, which is always fen. */
export function measure(label: string, unit: string, max: number) {
  return z
    .number({ error: `${label}：必须填写数字` })
    .min(0, { error: `${label}：不能小于 0` })
    .max(max, { error: `${label}：不能大于 ${max} ${unit}` })
    .refine((value) => Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
      error: `${label}：最多保留两位小数`,
    });
}

export function recordId(label: string) {
  return z
    .number({ error: `${label}：缺少记录编号` })
    .int({ error: `${label}：记录编号无效` })
    .positive({ error: `${label}：记录编号无效` });
}

export function year(label = '年度') {
  return wholeNumber(label, { min: firstLedgerYear, max: lastLedgerYear });
}

export function flag(label: string) {
  return z.boolean({ error: `${label}：必须选择是或否` });
}

export interface DateRange {
  /** ISO dates, both included. */
  from: string;
  to: string;
}

/** Dates of what the office issues now (a notice, its posting period): inside the years the app plans
 * for, so that counting working days from them never runs off the calendar. */
export const documentDateRange: DateRange = {
  from: `${firstLedgerYear}-01-01`,
  to: `${lastLedgerYear}-12-31`,
};

export function isoDate(label: string, range?: DateRange) {
  const date = z
    .string({ error: `${label}：必须填写日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}：日期格式应为 YYYY-MM-DD` })
    .refine(isValidIsoDate, { error: `${label}：不是有效的日期` });
  if (!range) return date;
  return date.refine((value) => value >= range.from && value <= range.to, {
    error: `${label}：应在 ${range.from} 至 ${range.to} 之间`,
  });
}

export function oneOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label}：请选择有效的选项` });
}

export function phone(label: string) {
  return optionalText(label, 30).refine((value) => value === '' || /^[0-9+\-() ]{5,30}$/.test(value), {
    error: `${label}：只能包含数字、空格、+、-、括号`,
  });
}

/**
 * Money typed in as integer fen; the forms turn "1,234.56" into fen with parseYuan. Every amount is at
 * most 1 亿元 (a per-household rate 1,000 元): see amountMaxFen for why no sum can then overflow.
 */
export function fen(
  label: string,
  options: { allowNegative?: boolean; allowZero?: boolean; perHousehold?: boolean } = {},
) {
  const max = options.perHousehold ? householdRateMaxFen : amountMaxFen;
  const maxWords = options.perHousehold ? householdRateMaxWords : amountMaxWords;
  let schema = z
    .number({ error: `${label}：必须填写金额` })
    .int({ error: `${label}：金额必须精确到分` })
    .max(max, { error: `${label}：不能超过 ${maxWords}` })
    .min(options.allowNegative ? -max : 0, {
      error: options.allowNegative ? `${label}：不能少于 -${maxWords}` : `${label}：不能为负数`,
    });
  if (!options.allowZero)
    schema = schema.refine((value) => value !== 0, { error: `${label}：不能为 0` }) as never;
  return schema;
}
