// The funding formulas of the policy (官民函〔2022〕61号, 二(二)), as pure functions of a standard and a
// community's yearly figures. Every result carries its breakdown in words, so a clerk can check it by hand.
import { amountMaxFen, formatYuan, type Fen } from '../../domain/money';

export { amountMaxFen, amountMaxWords, householdRateMaxFen, householdRateMaxWords } from '../../domain/money';
export const communitiesPerYearMax = 1_000;

export const partBlockRules = ['whole_blocks', 'round_up', 'pro_rata'] as const;
export type PartBlockRule = (typeof partBlockRules)[number];
export const partBlockRuleLabels: Record<PartBlockRule, string> = {
  whole_blocks: '按整万户计',
  round_up: '不足一档按一档计',
  pro_rata: '按实际户数折算',
};

export type CourtyardKind = 'self_governed' | 'public_unit' | 'property_managed';
const courtyardKindLabels: Record<CourtyardKind, string> = {
  self_governed: '自治院落',
  public_unit: '公共单位院落',
  property_managed: '物管院落',
};
const courtyardKinds: CourtyardKind[] = ['self_governed', 'public_unit', 'property_managed'];

export interface StandardRules {
  /** Lowest household count the basic office standard covers (10,000). */
  basicMinHouseholds: number;
  /** Household count up to which the base amount applies (20,000). */
  basicBaseMaxHouseholds: number;
  basicBaseFen: Fen;
  /** Size of each further block of households (10,000) and what it adds (100,000 yuan). */
  basicBlockHouseholds: number;
  basicBlockFen: Fen;
  partBlockRule: PartBlockRule;
  servicesRateFen: Record<CourtyardKind, Fen>;
  /** Performance-pay uplift for a party secretary who is also the director, in percent (30). */
  secretaryUpliftPercent: number;
}

export const policyStandard: StandardRules = {
  basicMinHouseholds: 10_000,
  basicBaseMaxHouseholds: 20_000,
  basicBaseFen: 300_000_00,
  basicBlockHouseholds: 10_000,
  basicBlockFen: 100_000_00,
  partBlockRule: 'whole_blocks',
  servicesRateFen: { self_governed: 50_00, public_unit: 20_00, property_managed: 30_00 },
  secretaryUpliftPercent: 30,
};

export type LineComputation =
  | { covered: true; amountFen: Fen; breakdown: string }
  /** The standard does not cover the case: the clerk must enter an amount with a reason. */
  | { covered: false; amountFen: null; breakdown: string }
  /** The standard gives more than one amount may be (amountMaxFen): the standard's figures are wrong. */
  | { covered: 'over_limit'; amountFen: null; breakdown: string; exactYuan: string };

// Products are worked out in BigInt, so an absurd standard is reported exactly instead of overflowing.
// `breakdown` is given the total in words (「40万元」 via `totalWords`, or the exact yuan over the limit).
function withinLimit(
  totalFen: bigint,
  totalWords: (fen: Fen) => string,
  breakdown: (total: string) => string,
): LineComputation {
  if (totalFen <= BigInt(amountMaxFen)) {
    const amountFen = Number(totalFen);
    return { covered: true, amountFen, breakdown: breakdown(totalWords(amountFen)) };
  }
  const exactYuan = `${groupThousands(String(totalFen / 100n))}元`;
  return { covered: 'over_limit', amountFen: null, breakdown: breakdown(exactYuan), exactYuan };
}

/** What the clerk must do for a case the standard does not cover; never printed for residents. */
export const manualAmountInstruction = '须手工核定金额并说明理由';

/** A breakdown as residents read it: without the instruction to the clerk. */
export function residentBreakdown(breakdown: string): string {
  return breakdown.replace(`，${manualAmountInstruction}`, '').replace(manualAmountInstruction, '');
}

export function computeBasicOffice(households: number, rules: StandardRules): LineComputation {
  const head = `${groupThousands(households)}户`;
  if (households < rules.basicMinHouseholds) {
    return {
      covered: false,
      amountFen: null,
      breakdown: `${head}：不足${groupThousands(rules.basicMinHouseholds)}户，标准未作规定，${manualAmountInstruction}`,
    };
  }
  const base = `基础${wanYuan(rules.basicBaseFen)}`;
  const excess = households - rules.basicBaseMaxHouseholds;
  if (excess <= 0)
    return {
      covered: true,
      amountFen: rules.basicBaseFen,
      breakdown: `${head}：${base} = ${wanYuan(rules.basicBaseFen)}`,
    };
  const total = BigInt(rules.basicBaseFen) + extraForExcess(excess, rules);
  return withinLimit(
    total,
    wanYuan,
    (words) => `${head}：${base} + ${excessWords(excess, rules)} = ${words}`,
  );
}

function extraForExcess(excess: number, rules: StandardRules): bigint {
  const block = BigInt(rules.basicBlockHouseholds);
  const perBlock = BigInt(rules.basicBlockFen);
  const households = BigInt(excess);
  switch (rules.partBlockRule) {
    case 'whole_blocks':
      return (households / block) * perBlock;
    case 'round_up':
      return ((households + block - 1n) / block) * perBlock;
    case 'pro_rata':
      return roundedRatio(households * perBlock, block);
  }
}

function excessWords(excess: number, rules: StandardRules): string {
  const { basicBlockHouseholds: block, basicBlockFen: perBlock } = rules;
  const perBlockWords = `${wanYuan(perBlock)}`;
  const blockWords = block === 10_000 ? '万户' : `${groupThousands(block)}户`;
  switch (rules.partBlockRule) {
    case 'whole_blocks':
      return `超出部分按整${blockWords}计${Math.floor(excess / block)}档 × ${perBlockWords}`;
    case 'round_up':
      return `超出部分不足一档按一档计${Math.ceil(excess / block)}档 × ${perBlockWords}`;
    case 'pro_rata': {
      const extra = roundedRatio(BigInt(excess) * BigInt(perBlock), BigInt(block));
      const extraWords = extra <= BigInt(amountMaxFen) ? wanYuan(Number(extra)) : '';
      return `超出${groupThousands(excess)}户按每${blockWords}${perBlockWords}折算${extraWords}`;
    }
  }
}

/** numerator / denominator rounded half up, in integers (both non-negative). */
function roundedRatio(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

export function computePurchasedServices(
  householdsByKind: Record<CourtyardKind, number>,
  rules: StandardRules,
): LineComputation {
  const terms = courtyardKinds
    .filter((kind) => householdsByKind[kind] > 0)
    .map((kind) => ({
      kind,
      households: householdsByKind[kind],
      fen: BigInt(householdsByKind[kind]) * BigInt(rules.servicesRateFen[kind]),
    }));
  const total = terms.reduce((sum, term) => sum + term.fen, 0n);
  if (terms.length === 0) return { covered: true, amountFen: 0, breakdown: '未登记院落户数：0元' };
  const words = terms
    .map(
      (term) =>
        `${courtyardKindLabels[term.kind]}${groupThousands(term.households)}户 × ${yuanWords(rules.servicesRateFen[term.kind])}`,
    )
    .join(' + ');
  return withinLimit(total, yuanWords, (totalWords) => `${words} = ${totalWords}`);
}

/**
 * A standard's figures in one sentence for documents: 「基本办公经费10,000—20,000户30万元，超出20,000户的
 * 每10,000户增加10万元（按整万户计）；公共服务经费自治院落50元/户、…；书记兼主任绩效上浮30%」.
 */
export function standardWords(rules: StandardRules): string {
  const rates = courtyardKinds
    .map((kind) => `${courtyardKindLabels[kind]}${yuanWords(rules.servicesRateFen[kind])}/户`)
    .join('、');
  return (
    `基本办公经费${groupThousands(rules.basicMinHouseholds)}—${groupThousands(rules.basicBaseMaxHouseholds)}户${wanYuan(rules.basicBaseFen)}，` +
    `超出${groupThousands(rules.basicBaseMaxHouseholds)}户的每${groupThousands(rules.basicBlockHouseholds)}户增加${wanYuan(rules.basicBlockFen)}` +
    `（${partBlockRuleLabels[rules.partBlockRule]}）；公共服务经费${rates}；书记兼主任绩效上浮${rules.secretaryUpliftPercent}%`
  );
}

/** 「30万元」 for whole ten-thousands of yuan, otherwise 「1,234.56元」. */
export function wanYuan(fen: Fen): string {
  if (fen % 1_000_000 === 0) return `${fen / 1_000_000}万元`;
  return yuanWords(fen);
}

/** 「50元」 for whole yuan, otherwise 「12.50元」, grouped by thousands. */
export function yuanWords(fen: Fen): string {
  const text = formatYuan(fen);
  return `${text.endsWith('.00') ? text.slice(0, -3) : text}元`;
}

function groupThousands(value: number | string): string {
  return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
}
