// Inputs of the fund's periods (月结, 反结账) and reports. A month is 'YYYY-MM'; months of a year 1–12.
import { z } from 'zod';
import { recordId, requiredText, wholeNumber, year } from '../../../contract/fields';

export function month(label = '月份') {
  return z
    .string({ error: `${label}：必须填写月份` })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: `${label}：格式应为 YYYY-MM` });
}

const monthOfYear = (label: string) => wholeNumber(label, { min: 1, max: 12 });

export const fundYearInput = z.object({ year: year() }, { error: '年度：格式不正确' });

export const fundMonthInput = z.object({ month: month() }, { error: '月份：格式不正确' });

export const fundReopenInput = z.object(
  {
    month: month(),
    reason: requiredText('反结账原因', 200).refine((value) => [...value].length >= 4, {
      error: '反结账原因：至少 4 个字',
    }),
  },
  { error: '反结账：格式不正确' },
);

export const fundMonthRangeInput = z
  .object(
    { year: year(), fromMonth: monthOfYear('起始月份'), toMonth: monthOfYear('截止月份') },
    { error: '查询期间：格式不正确' },
  )
  .refine((value) => value.fromMonth <= value.toMonth, {
    error: '截止月份：不能早于起始月份',
    path: ['toMonth'],
  });

export const fundLedgerInput = z.object(
  {
    accountId: recordId('会计科目'),
    designationId: recordId('限定用途')
      .nullish()
      .transform((value) => value ?? null),
    year: year(),
    offset: wholeNumber('起始行', { min: 0 })
      .nullish()
      .transform((value) => value ?? 0),
    limit: wholeNumber('每页行数', { min: 1, max: 1000 })
      .nullish()
      .transform((value) => value ?? 100),
  },
  { error: '明细账：格式不正确' },
);

export const fundActivityInput = z.object(
  {
    year: year(),
    /** Up to and including this month; the whole year when missing. */
    toMonth: monthOfYear('截止月份')
      .nullish()
      .transform((value) => value ?? 12),
  },
  { error: '业务活动表：格式不正确' },
);

export const fundBalanceSheetInput = z.object(
  { year: year(), month: monthOfYear('月份') },
  { error: '资产负债表：格式不正确' },
);
