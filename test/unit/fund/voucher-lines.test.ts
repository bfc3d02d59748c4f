// The voucher lines editor's arithmetic: yuan text to fen without floats, totals, 差额, 中文大写 once
// balanced, the line checks (one side per line, the designation rule) and the balancing suggestion.
import { describe, expect, it } from 'vitest';
import {
  balancingAmount,
  draftLines,
  emptyLine,
  fenOfCell,
  lineOfDraft,
  lineTotals,
  voucherProblems,
  type DesignationRule,
  type LineRow,
} from '../../../renderer/features/fund/books/voucher-lines';

const row = (
  accountId: number | null,
  debit: string,
  credit: string,
  designationId: number | null = null,
): LineRow => ({
  ...emptyLine(),
  accountId,
  debit,
  credit,
  designationId,
});

const rules: Record<number, DesignationRule> = { 1: 'forbidden', 2: 'optional', 3: 'required' };
const ruleOf = (id: number) => rules[id];

describe('voucher lines', () => {
  it('reads yuan text as fen without float errors', () => {
    expect(fenOfCell('0.07')).toBe(7);
    expect(fenOfCell('1,234.56')).toBe(123456);
    expect(fenOfCell('１２．３０')).toBe(1230);
    expect(fenOfCell('')).toBe(0);
    expect(fenOfCell('abc')).toBeNull();
  });

  it('totals the sides, shows the difference and the words once balanced', () => {
    const unbalanced = lineTotals([row(1, '100.10', ''), row(2, '', '100')]);
    expect(unbalanced).toMatchObject({
      debitFen: 10010,
      creditFen: 10000,
      differenceFen: 10,
      balanced: false,
      words: '',
    });
    const balanced = lineTotals([row(1, '0.1', ''), row(1, '0.2', ''), row(2, '', '0.30')]);
    expect(balanced).toMatchObject({ debitFen: 30, creditFen: 30, differenceFen: 0, balanced: true });
    expect(balanced.words).toBe('人民币叁角');
    expect(lineTotals([row(1, 'x', '')]).readable).toBe(false);
  });

  it('names the difference when the voucher does not balance', () => {
    expect(voucherProblems([row(1, '100', ''), row(2, '', '90')], ruleOf)).toEqual([
      '借贷不平：借方合计 100.00 元，贷方合计 90.00 元，相差 10.00 元',
    ]);
  });

  it('checks each line: account, one side, designation rule', () => {
    const problems = voucherProblems(
      [row(null, '1', ''), row(1, '1', '1'), row(3, '', '2'), row(1, '', '3', 9)],
      ruleOf,
    );
    expect(problems).toEqual([
      '第 1 行：请选择会计科目',
      '第 2 行：一行只能填借方或贷方',
      '第 3 行：限定性净资产须选择限定用途',
      '第 4 行：该科目不分限定用途',
    ]);
    expect(voucherProblems([row(1, '1', '')], ruleOf)).toEqual(['凭证至少要有两行分录']);
    expect(voucherProblems([row(1, '5', ''), row(3, '', '5', 4)], ruleOf)).toEqual([]);
  });

  it('sends the kept rows as draft lines in fen and round-trips a saved line', () => {
    const rows = [row(1, '12.34', ''), emptyLine(), row(2, '', '12.34', 7)];
    expect(draftLines(rows)).toEqual([
      { accountId: 1, designationId: null, summary: '', debitFen: 1234, creditFen: 0 },
      { accountId: 2, designationId: 7, summary: '', debitFen: 0, creditFen: 1234 },
    ]);
    const back = lineOfDraft({
      accountId: 2,
      designationId: 7,
      summary: '捐赠',
      debitFen: 0,
      creditFen: 123456,
    });
    expect(back).toMatchObject({
      accountId: 2,
      designationId: 7,
      summary: '捐赠',
      debit: '',
      credit: '1,234.56',
    });
  });

  it('suggests the amount that balances', () => {
    expect(balancingAmount([row(1, '10', ''), row(2, '', '4')])).toEqual({ side: 'credit', text: '6.00' });
    expect(balancingAmount([row(1, '', '10')])).toEqual({ side: 'debit', text: '10.00' });
    expect(balancingAmount([row(1, '10', ''), row(2, '', '10')])).toBeNull();
  });
});
