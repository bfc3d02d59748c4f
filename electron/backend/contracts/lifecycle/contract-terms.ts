// A contract's terms as the services reason about them: the budget rows a term carries and the fields an
// amendment changes (by their Chinese names, for the version's record).
import {
  multiYearConditions,
  termLength,
  type BudgetYear,
  type ContractTerms,
  type CostItem,
  type ScheduledInstalmentTerms,
} from '../../../../shared/features/contracts/contract';

/** The terms as a parsed input gives them: the cost items without amounts, the instalments without seq. */
export type TermsInput = Omit<ContractTerms, 'costItems' | 'instalments'> & {
  costItems: CostItem[];
  instalments: Omit<ScheduledInstalmentTerms, 'seq'>[];
};

/** A one-year term budgets its price in its start year; a longer one the rows the clerk gave, by year. */
export function budgetYearsOf(terms: TermsInput): BudgetYear[] {
  if (termLength(terms.startDate, terms.endDate) === 'one_year')
    return [{ year: Number(terms.startDate.slice(0, 4)), amountFen: terms.priceFen }];
  return [...terms.budgetYears].sort((a, b) => a.year - b.year);
}

const compared: { label: string; of: (terms: TermsInput) => unknown }[] = [
  { label: '合同名称', of: (t) => t.title },
  { label: '服务内容', of: (t) => t.content },
  { label: '履行期限', of: (t) => [t.startDate, t.endDate] },
  { label: '服务数量', of: (t) => t.quantity },
  { label: '质量标准', of: (t) => t.qualityStandard },
  { label: '合同价款', of: (t) => t.priceFen },
  { label: '资金结算方式', of: (t) => t.settlementMethod },
  { label: '双方权利义务', of: (t) => t.rightsAndDuties },
  { label: '违约责任', of: (t) => t.breachLiability },
  { label: '购买方式', of: (t) => [t.procurementMethod, t.procurementNote] },
  { label: '第二十四条条件', of: (t) => multiYearConditions.map((c) => t.multiYear[c] === true) },
  {
    label: '成本测算',
    of: (t) => t.costItems.map((c) => [c.item, c.quantity, c.unit, c.unitPriceFen]),
  },
  {
    label: '分期付款计划',
    of: (t) => t.instalments.map((i) => [i.label, i.amountFen, i.plannedDate, i.gate]),
  },
  { label: '分年度预算', of: (t) => budgetYearsOf(t).map((b) => [b.year, b.amountFen]) },
];

/** The Chinese names of the fields the new terms change. */
export function changedFields(current: ContractTerms, next: TermsInput): string[] {
  return compared
    .filter(({ of }) => JSON.stringify(of(current)) !== JSON.stringify(of(next)))
    .map(({ label }) => label);
}
