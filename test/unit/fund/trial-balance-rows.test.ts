// 隐藏无余额科目 on plain rows: which accounts of a 科目余额表 stay, in their order.
import { describe, expect, it } from 'vitest';
import { trialBalanceRowsToShow } from '../../../shared/features/fund/exports/trial-balance-rows';

const zero = {
  openingDebitFen: 0,
  openingCreditFen: 0,
  periodDebitFen: 0,
  periodCreditFen: 0,
  closingDebitFen: 0,
  closingCreditFen: 0,
};
const row = (code: string, level: number, amounts: Partial<typeof zero> = {}) => ({
  code,
  level,
  ...zero,
  ...amounts,
});
const codes = (rows: { code: string }[]) => rows.map((entry) => entry.code);

describe('trialBalanceRowsToShow', () => {
  const rows = [
    row('1001', 1),
    row('1002', 1, { openingDebitFen: 100 }),
    row('1122', 1, { periodDebitFen: 500, periodCreditFen: 500 }),
    row('4101', 1),
    row('410101', 2, { periodCreditFen: 200 }),
    row('410102', 2, { periodCreditFen: -200 }),
    row('410103', 2),
    row('5101', 1, { closingDebitFen: 1 }),
  ];

  it('keeps every row when the clerk shows all accounts', () => {
    expect(codes(trialBalanceRowsToShow(rows, false))).toEqual(codes(rows));
  });

  it('drops accounts with no opening, no movement and no closing; a movement that nets to zero stays', () => {
    expect(codes(trialBalanceRowsToShow(rows, true))).toEqual([
      '1002',
      '1122',
      '4101',
      '410101',
      '410102',
      '5101',
    ]);
  });

  it('keeps the parent of a shown 明细科目 even when a reversal nets the parent to zero', () => {
    const shown = codes(trialBalanceRowsToShow(rows, true));
    expect(shown).toContain('4101');
    expect(shown).not.toContain('410103');
  });
});
