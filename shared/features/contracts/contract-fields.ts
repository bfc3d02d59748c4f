// Inputs of a contract: every item 第二十三条 requires, the 以事定费 cost sheet, the instalment schedule and,
// for a term over a year, the 第二十四条 conditions and one budget row per year. The sums are checked here,
// so the form and the Node side refuse the same way; what needs the database (the allocation, the
// provider's status) is checked by the services.
import { z } from 'zod';
import {
  fen,
  flag,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../contract/fields';
import { amountMaxFen, amountMaxWords, formatYuan } from '../../domain/money';
import {
  contractStates,
  costSheetTotal,
  multiYearConditionLabels,
  multiYearConditions,
  procurementMethods,
  scheduleTotal,
  termLength,
  yearsOfTerm,
} from './contract-rules';

export const instalmentGates = ['none', 'interim', 'final'] as const;
export type InstalmentGate = (typeof instalmentGates)[number];
export const instalmentGateLabels: Record<InstalmentGate, string> = {
  none: '无须评价',
  interim: '中期评价通过后支付',
  final: '终期评价通过后支付',
};

export const costItemInput = z.object(
  {
    item: requiredText('服务项目', 100),
    quantity: wholeNumber('数量', { min: 1, max: 1_000_000 }),
    unit: requiredText('单位', 10),
    unitPriceFen: fen('单价'),
  },
  { error: '成本测算：每一项的格式不正确' },
);

export const instalmentInput = z.object(
  {
    label: requiredText('分期名称', 30),
    amountFen: fen('分期金额'),
    plannedDate: isoDate('计划付款日期'),
    gate: oneOf('付款条件', instalmentGates),
  },
  { error: '分期付款计划：每一期的格式不正确' },
);

export const budgetYearInput = z.object(
  { year: year('预算年度'), amountFen: fen('年度预算金额', { allowZero: true }) },
  { error: '分年度预算：每一行的格式不正确' },
);

const multiYearInput = z
  .object(
    Object.fromEntries(
      multiYearConditions.map((condition) => [condition, flag(multiYearConditionLabels[condition])]),
    ),
    { error: '第二十四条条件：格式不正确' },
  )
  .partial()
  .default({});

/** The 第二十三条 items, cost sheet and schedule: what a draft holds and an amendment changes. */
export const termsFields = {
  title: requiredText('合同名称', 100),
  content: requiredText('服务内容', 2000, multiline),
  startDate: isoDate('服务开始日期'),
  endDate: isoDate('服务结束日期'),
  quantity: requiredText('服务数量', 500, multiline),
  qualityStandard: requiredText('质量标准', 1000, multiline),
  priceFen: fen('合同价款'),
  settlementMethod: requiredText('资金结算方式', 500, multiline),
  rightsAndDuties: requiredText('双方权利义务', 2000, multiline),
  breachLiability: requiredText('违约责任', 1000, multiline),
  procurementMethod: oneOf('购买方式', procurementMethods),
  procurementNote: optionalText('购买方式说明', 200),
  multiYear: multiYearInput,
  costItems: z
    .array(costItemInput, { error: '成本测算：格式不正确' })
    .min(1, { error: '成本测算：至少填写一项服务项目（以事定费）' })
    .max(100, { error: '成本测算：不能超过 100 项' }),
  instalments: z
    .array(instalmentInput, { error: '分期付款计划：格式不正确' })
    .min(1, { error: '分期付款计划：至少一期' })
    .max(24, { error: '分期付款计划：不能超过 24 期' }),
  /** One row per calendar year of a term over a year; a one-year term budgets its price in its year. */
  budgetYears: z.array(budgetYearInput, { error: '分年度预算：格式不正确' }).max(4).default([]),
};

type Terms = z.infer<z.ZodObject<typeof termsFields>>;

/** A sum for a message. Items each within their limits can still add up past 1 亿元 (1,000,000 × 1 亿元
 * is beyond the safe integers), and a refinement also runs over fields already refused as out of range:
 * such a sum is named as too large, never handed to formatYuan, which would throw. */
function totalText(fen: number): string {
  return Number.isSafeInteger(fen) && Math.abs(fen) <= amountMaxFen
    ? `${formatYuan(fen)} 元`
    : `超过 ${amountMaxWords}`;
}

/** Refuses what the sums and 第二十四条 refuse, each message naming its field. */
export function checkTerms(terms: Terms, context: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    context.addIssue({ code: 'custom', path, message });
  if (terms.procurementMethod === 'other' && terms.procurementNote === '')
    issue(['procurementNote'], '购买方式说明：选择「其他」时必须说明');
  if (terms.endDate < terms.startDate) {
    issue(['endDate'], '服务结束日期：不能早于服务开始日期');
    return;
  }
  const costTotal = costSheetTotal(terms.costItems);
  if (costTotal !== terms.priceFen)
    issue(
      ['costItems'],
      `成本测算：合计 ${totalText(costTotal)}，应等于合同价款 ${totalText(terms.priceFen)}（以事定费）`,
    );
  const scheduled = scheduleTotal(terms.instalments);
  if (scheduled !== terms.priceFen)
    issue(
      ['instalments'],
      `分期付款计划：各期合计 ${totalText(scheduled)}，应等于合同价款 ${totalText(terms.priceFen)}`,
    );
  terms.instalments.forEach((instalment, i) => {
    if (instalment.plannedDate < terms.startDate)
      issue(['instalments', i, 'plannedDate'], `计划付款日期：第 ${i + 1} 期不能早于服务开始日期`);
  });
  checkTerm(terms, issue);
}

function checkTerm(terms: Terms, issue: (path: (string | number)[], message: string) => void): void {
  const length = termLength(terms.startDate, terms.endDate);
  if (length === 'too_long') {
    issue(['endDate'], '服务结束日期：合同履行期限最长不得超过 3 年（《政府购买服务管理办法》第二十四条）');
    return;
  }
  if (length === 'one_year') {
    if (
      terms.budgetYears.length > 0 &&
      terms.budgetYears.some((row) => row.year !== Number(terms.startDate.slice(0, 4)))
    )
      issue(['budgetYears'], '分年度预算：履行期限不超过 1 年的合同只在开始年度列预算');
    return;
  }
  const missing = multiYearConditions.filter((condition) => terms.multiYear[condition] !== true);
  if (missing.length > 0)
    issue(
      ['multiYear'],
      `履行期限超过 1 年：须确认${missing.map((c) => `「${multiYearConditionLabels[c]}」`).join('')}（第二十四条）`,
    );
  const years = yearsOfTerm(terms.startDate, terms.endDate);
  const budgeted = terms.budgetYears.map((row) => row.year).sort((a, b) => a - b);
  if (budgeted.join() !== years.join()) {
    issue(['budgetYears'], `分年度预算：跨年度合同须为 ${years.join('、')} 年各列一行预算`);
    return;
  }
  const budgetTotal = terms.budgetYears.reduce((sum, row) => sum + row.amountFen, 0);
  if (budgetTotal !== terms.priceFen)
    issue(
      ['budgetYears'],
      `分年度预算：各年度合计 ${totalText(budgetTotal)}，应等于合同价款 ${totalText(terms.priceFen)}`,
    );
}

const contractParties = {
  year: year('预算年度'),
  communityId: recordId('实施社区'),
  providerId: recordId('承接主体'),
};

export const contractDraftInput = z
  .object({ ...contractParties, ...termsFields })
  .superRefine((value, context) => {
    checkTerms(value, context);
    if (Number(value.startDate.slice(0, 4)) !== value.year)
      context.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: `服务开始日期：应在预算年度 ${value.year} 年内`,
      });
  });
export type ContractDraftInput = z.input<typeof contractDraftInput>;

export const contractUpdateInput = z
  .object({ id: recordId('合同'), ...contractParties, ...termsFields })
  .superRefine((value, context) => {
    checkTerms(value, context);
    if (Number(value.startDate.slice(0, 4)) !== value.year)
      context.addIssue({
        code: 'custom',
        path: ['startDate'],
        message: `服务开始日期：应在预算年度 ${value.year} 年内`,
      });
  });

/** 变更: the terms as they are to be, with the reason and date; the fields changed are worked out. */
export const contractAmendInput = z
  .object({
    id: recordId('合同'),
    amendedDate: isoDate('变更日期'),
    reason: requiredText('变更理由', 1000, multiline),
    ...termsFields,
  })
  .superRefine(checkTerms);

export const contractIdInput = z.object({ id: recordId('合同') });

/** 操作日志 of one contract: its own rows, its evaluations' and its payments', newest first. */
export const contractAuditInput = z.object({
  id: recordId('合同'),
  offset: wholeNumber('起始行', { max: 10_000_000 }).default(0),
  limit: wholeNumber('每页行数', { min: 1, max: 500 }).default(20),
});

export const contractSignInput = z.object({ id: recordId('合同'), signedDate: isoDate('签订日期') });
export const contractStartInput = z.object({ id: recordId('合同'), date: isoDate('开始履行日期') });
export const contractCompleteInput = z.object({ id: recordId('合同'), date: isoDate('验收日期') });

export const contractTerminateInput = z.object({
  id: recordId('合同'),
  date: isoDate('终止日期'),
  reason: requiredText('终止理由', 1000, multiline),
  /** What the provider is owed in all (终止结算), paid included; no more is ever paid. */
  settlementFen: fen('最终结算金额', { allowZero: true }),
});

export const contractListInput = z.object({
  year: year('预算年度').optional(),
  communityId: recordId('实施社区').optional(),
  providerId: recordId('承接主体').optional(),
  state: oneOf('状态', contractStates).optional(),
  search: optionalText('搜索', 50),
  page: wholeNumber('页码', { min: 1, max: 100_000 }).default(1),
  pageSize: wholeNumber('每页条数', { min: 1, max: 200 }).default(20),
});

export const budgetInput = z.object({ year: year('预算年度'), communityId: recordId('社区').optional() });
