// What the contract form sends: yuan text as fen, dates as ISO, a row's amount as typed; a form filled
// from a stored contract passes the draft schema unchanged, and what cannot be read is left for the
// schema to refuse naming the field.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { contractDraftInput } from '../../../shared/features/contracts/contract-fields';
import {
  blankContractValues,
  draftInput,
  rowAmountFen,
  termsInput,
  type ContractFormValues,
} from '../../../renderer/features/contracts/contract/contract-form-values';
import { contractInput } from '../../fixtures/contracts';

function filledValues(): ContractFormValues {
  const input = contractInput(3, 7);
  return {
    ...blankContractValues(2026),
    communityId: 3,
    providerId: 7,
    title: input.title,
    content: input.content,
    startDate: dayjs(input.startDate),
    endDate: dayjs(input.endDate),
    quantity: input.quantity,
    qualityStandard: input.qualityStandard,
    priceFen: '１２０，０００．００',
    settlementMethod: input.settlementMethod,
    rightsAndDuties: input.rightsAndDuties,
    breachLiability: input.breachLiability,
    procurementMethod: 'competitive_consultation',
    costItems: [
      { item: '健康讲座', quantity: 24, unit: '场', unitPriceFen: '4,000' },
      { item: '入户探访', quantity: 600, unit: '人次', unitPriceFen: '40.00' },
    ],
    instalments: [
      { label: '首期', amountFen: '36000', plannedDate: dayjs('2026-04-10'), gate: 'none' },
      { label: '中期', amountFen: '48,000.00', plannedDate: dayjs('2026-08-15'), gate: 'interim' },
      { label: '尾款', amountFen: '36000.00', plannedDate: dayjs('2027-01-15'), gate: 'final' },
    ],
  };
}

describe('contract form values', () => {
  it('turn into the draft input the schema accepts, amounts in fen', () => {
    const parsed = contractDraftInput.safeParse(draftInput(filledValues()));
    expect(parsed.success).toBe(true);
    const data = parsed.data!;
    expect(data.priceFen).toBe(120_000_00);
    expect(data.costItems.map((row) => row.unitPriceFen)).toEqual([4_000_00, 40_00]);
    expect(data.instalments.map((row) => row.plannedDate)).toEqual([
      '2026-04-10',
      '2026-08-15',
      '2027-01-15',
    ]);
  });

  it('leave an unreadable amount for the schema, which names the field', () => {
    const values = filledValues();
    values.costItems[0]!.unitPriceFen = '四千';
    const parsed = contractDraftInput.safeParse(draftInput(values));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toContain('costItems.0.unitPriceFen');
  });

  it('refuse a cost sheet that does not add up to the price, on costItems', () => {
    const values = filledValues();
    values.costItems[0]!.quantity = 7;
    const issues = contractDraftInput.safeParse(draftInput(values)).error!.issues;
    expect(issues.find((issue) => issue.path.join('.') === 'costItems')?.message).toBe(
      '成本测算：合计 52,000.00 元，应等于合同价款 120,000.00 元（以事定费）',
    );
  });

  it('keep the budget rows of a multi-year term by year', () => {
    const values = { ...filledValues(), budgetYears: [{ year: 2026, amountFen: '80,000' }] };
    expect((termsInput(values) as { budgetYears: unknown }).budgetYears).toEqual([
      { year: 2026, amountFen: 80_000_00 },
    ]);
  });
});

describe('rowAmountFen', () => {
  it('multiplies a whole quantity by the unit price', () => {
    expect(rowAmountFen({ quantity: 24, unitPriceFen: '4,000.00' })).toBe(96_000_00);
  });

  it('is null while the quantity or the price cannot be read', () => {
    expect(rowAmountFen({ quantity: 2.5, unitPriceFen: '10' })).toBeNull();
    expect(rowAmountFen({ quantity: 'x', unitPriceFen: '10' })).toBeNull();
    expect(rowAmountFen({ quantity: 3, unitPriceFen: '' })).toBeNull();
  });
});
