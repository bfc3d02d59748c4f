// Inputs of the fund's xlsx exports: the same scopes as the reports on screen (a year, a month range, a
// month, an account), so that the file shows what the clerk looked at.
import { z } from 'zod';
import { recordId, wholeNumber, year } from '../../../contract/fields';

const monthOfYear = (label: string) => wholeNumber(label, { min: 1, max: 12 });

export const fundYearXlsxInput = z.object({ year: year() }, { error: '导出年度：格式不正确' });

export const fundMonthRangeXlsxInput = z
  .object(
    {
      year: year(),
      fromMonth: monthOfYear('起始月份')
        .nullish()
        .transform((value) => value ?? 1),
      toMonth: monthOfYear('截止月份')
        .nullish()
        .transform((value) => value ?? 12),
    },
    { error: '导出期间：格式不正确' },
  )
  .refine((value) => value.fromMonth <= value.toMonth, {
    error: '截止月份：不能早于起始月份',
    path: ['toMonth'],
  });

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
