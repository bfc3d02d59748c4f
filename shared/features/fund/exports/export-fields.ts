// Inputs of the fund's xlsx exports and printed PDFs: the same scopes as the reports on screen (a year, a
// month range, a month, an account), so that the file shows what the clerk looked at.
import { z } from 'zod';
import { flag, recordId, wholeNumber, year } from '../../../contract/fields';

const monthOfYear = (label: string) => wholeNumber(label, { min: 1, max: 12 });

export const fundYearXlsxInput = z.object({ year: year() }, { error: '导出年度：格式不正确' });

const monthRange = {
  year: year(),
  fromMonth: monthOfYear('起始月份')
    .nullish()
    .transform((value) => value ?? 1),
  toMonth: monthOfYear('截止月份')
    .nullish()
    .transform((value) => value ?? 12),
};

const toMonthNotBeforeFrom = (value: { fromMonth: number; toMonth: number }) =>
  value.fromMonth <= value.toMonth;
const toMonthRefusal = { error: '截止月份：不能早于起始月份', path: ['toMonth'] };

export const fundMonthRangeXlsxInput = z
  .object(monthRange, { error: '导出期间：格式不正确' })
  .refine(toMonthNotBeforeFrom, toMonthRefusal);

/** The 科目余额表's scope, and whether to leave out accounts with no opening, no movement and no closing. */
export const fundTrialBalanceFileInput = z
  .object(
    {
      ...monthRange,
      hideEmpty: flag('隐藏无余额科目')
        .nullish()
        .transform((value) => value ?? false),
    },
    { error: '导出期间：格式不正确' },
  )
  .refine(toMonthNotBeforeFrom, toMonthRefusal);

export const fundLedgerXlsxInput = z.object(
  {
    accountId: recordId('会计科目'),
    designationId: recordId('限定用途')
      .nullish()
      .transform((value) => value ?? null),
    year: year(),
  },
  { error: '明细账导出：格式不正确' },
);

export const fundActivityXlsxInput = z.object(
  {
    year: year(),
    toMonth: monthOfYear('截止月份')
      .nullish()
      .transform((value) => value ?? 12),
  },
  { error: '业务活动表导出：格式不正确' },
);

export const fundBalanceSheetXlsxInput = z.object(
  { year: year(), month: monthOfYear('月份') },
  { error: '资产负债表导出：格式不正确' },
);
