// The rules of a purchase-of-services contract under 财政部令第102号 that both sides apply: its states and
// the steps between them, the term (第二十四条), the 以事定费 cost sheet and the instalment schedule adding
// up to the price, and the 负面清单 items a contract's content must not buy.

export const procurementMethods = [
  'commission',
  'open_tender',
  'competitive_consultation',
  'competitive_negotiation',
  'single_source',
  'inquiry',
  'other',
] as const;
export type ProcurementMethod = (typeof procurementMethods)[number];
export const procurementMethodLabels: Record<ProcurementMethod, string> = {
  commission: '委托',
  open_tender: '公开招标',
  competitive_consultation: '竞争性磋商',
  competitive_negotiation: '竞争性谈判',
  single_source: '单一来源',
  inquiry: '询价',
  other: '其他',
};

export const contractStates = ['draft', 'signed', 'performing', 'completed', 'terminated'] as const;
export type ContractState = (typeof contractStates)[number];
export const contractStateLabels: Record<ContractState, string> = {
  draft: '草稿',
  signed: '已签订',
  performing: '履行中',
  completed: '已完成',
  terminated: '已终止',
};

export type ContractAction =
  'edit' | 'discard' | 'sign' | 'start' | 'amend' | 'evaluate' | 'pay' | 'complete' | 'terminate';

const allowed: Record<ContractAction, readonly ContractState[]> = {
  edit: ['draft'],
  discard: ['draft'],
  sign: ['draft'],
  start: ['signed'],
  amend: ['signed', 'performing'],
  evaluate: ['signed', 'performing', 'completed'],
  // A completed contract pays its final instalment after the final evaluation; a terminated one its
  // settlement (终止结算), no more.
  pay: ['signed', 'performing', 'completed', 'terminated'],
  complete: ['signed', 'performing'],
  terminate: ['signed', 'performing'],
};

export const contractActionLabels: Record<ContractAction, string> = {
  edit: '修改',
  discard: '删除草稿',
  sign: '签订',
  start: '开始履行',
  amend: '变更',
  evaluate: '绩效评价',
  pay: '付款',
  complete: '验收完成',
  terminate: '终止',
};

export function mayTake(state: ContractState, action: ContractAction): boolean {
  return allowed[action].includes(state);
}

/** 「已完成的合同不能变更」 */
export function refusalOfAction(state: ContractState, action: ContractAction): string | null {
  if (mayTake(state, action)) return null;
  return `${contractStateLabels[state]}的合同不能${contractActionLabels[action]}`;
}

/** The four 第二十四条 conditions for a term over one year (within the budget, which each year's row checks). */
export const multiYearConditions = [
  'contentFixed',
  'continuityStrong',
  'fundingStable',
  'priceStable',
] as const;
export type MultiYearCondition = (typeof multiYearConditions)[number];
export const multiYearConditionLabels: Record<MultiYearCondition, string> = {
  contentFixed: '购买内容相对固定',
  continuityStrong: '服务连续性要求较高',
  fundingStable: '资金支付来源稳定',
  priceStable: '价格变化幅度小',
};

/** The day before the same date `years` later: a one-year term from 2026-03-01 ends by 2027-02-28. */
export function termLimit(startDate: string, years: number): string {
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const sameDay = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus a year rolls into March; the term then ends on the last day of February.
  if (sameDay.getUTCMonth() !== m - 1) sameDay.setUTCDate(0);
  else sameDay.setUTCDate(sameDay.getUTCDate() - 1);
  return sameDay.toISOString().slice(0, 10);
}

export type TermLength = 'one_year' | 'multi_year' | 'too_long';

export function termLength(startDate: string, endDate: string): TermLength {
  if (endDate <= termLimit(startDate, 1)) return 'one_year';
  if (endDate <= termLimit(startDate, 3)) return 'multi_year';
  return 'too_long';
}

/** The calendar years a term touches, each of which needs its budget row when the term is over a year. */
export function yearsOfTerm(startDate: string, endDate: string): number[] {
  const first = Number(startDate.slice(0, 4));
  const last = Number(endDate.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * 政府购买服务负面清单 (第十条): what a contract may not buy. A content matching one is warned about, not
 * refused: the wording may describe a service that merely mentions the word.
 */
export const negativeListItems: readonly { item: string; words: readonly string[] }[] = [
  { item: '不得以政府购买服务名义购买劳务派遣服务', words: ['劳务派遣'] },
  { item: '不得将公益性岗位作为政府购买服务内容', words: ['公益性岗位'] },
  {
    item: '不得以政府购买服务名义变相用工、购买人员（不得以购买岗位或人员的方式实施）',
    words: [
      '购买岗位',
      '人员派遣',
      '派遣人员',
      '聘用人员',
      '招聘人员',
      '工作人员工资',
      '人员工资',
      '编外人员',
      '用工',
    ],
  },
  {
    item: '不得将政府购买服务与工程建设、货物采购打包实施',
    words: ['工程建设', '施工', '货物采购', '设备采购'],
  },
  { item: '不得以政府购买服务名义进行融资', words: ['融资', '借款', '贷款'] },
];

/** The negative-list items a contract's content (title and content) touches, for the warning. */
export function negativeListWarnings(text: string): string[] {
  return negativeListItems
    .filter(({ words }) => words.some((word) => text.includes(word)))
    .map(({ item }) => item);
}

export interface CostItem {
  item: string;
  /** How many (whole units: 场, 次, 人次, 月). */
  quantity: number;
  unit: string;
  unitPriceFen: number;
}

export function costItemAmount(item: CostItem): number {
  return item.quantity * item.unitPriceFen;
}

export function costSheetTotal(items: readonly CostItem[]): number {
  return items.reduce((sum, item) => sum + costItemAmount(item), 0);
}

export interface ScheduledInstalment {
  /** Fixed amount in fen; a percentage of the price is turned into fen by the form and sent as amount. */
  amountFen: number;
}

export function scheduleTotal(instalments: readonly ScheduledInstalment[]): number {
  return instalments.reduce((sum, instalment) => sum + instalment.amountFen, 0);
}

/** The instalment a percentage of the price gives; the last instalment takes the rounding remainder. */
export function percentOfPrice(priceFen: number, percent: number): number {
  return Math.round((priceFen * percent) / 100);
}
