// Compliance of a community's yearly profile with the staffing and space standards of the policy
// (官民函〔2022〕61号, 二(一)(三)): at least 1,000 m² of office and public space, 3–5 professional social
// workers, a residents' committee of 9 (1 director, 2 deputies, 6 members), and courtyard households
// that add up to the community's total.

export const complianceRules = ['floor_area', 'social_workers', 'committee', 'courtyard_households'] as const;
export type ComplianceRule = (typeof complianceRules)[number];

export interface ComplianceFlag {
  rule: ComplianceRule;
  ok: boolean;
  /** Short Chinese label of the rule, e.g. 「办公及公益用房 ≥ 1000 平方米」. */
  label: string;
  /** What was found, in Chinese, e.g. 「现有 850 平方米，差 150 平方米」. */
  detail: string;
}

export interface ComplianceFacts {
  floorAreaM2: number;
  socialWorkers: number;
  committeeDirectors: number;
  committeeDeputies: number;
  committeeMembers: number;
  totalHouseholds: number;
  courtyardHouseholds: readonly number[];
}

export const complianceStandard = {
  minFloorAreaM2: 1000,
  minSocialWorkers: 3,
  maxSocialWorkers: 5,
  committeeDirectors: 1,
  committeeDeputies: 2,
  committeeMembers: 6,
} as const;

export function checkCompliance(facts: ComplianceFacts): ComplianceFlag[] {
  return [
    floorAreaFlag(facts.floorAreaM2),
    socialWorkersFlag(facts.socialWorkers),
    committeeFlag(facts),
    courtyardHouseholdsFlag(facts.totalHouseholds, facts.courtyardHouseholds),
  ];
}

function floorAreaFlag(floorAreaM2: number): ComplianceFlag {
  const min = complianceStandard.minFloorAreaM2;
  const ok = floorAreaM2 >= min;
  return {
    rule: 'floor_area',
    ok,
    label: `办公及公益用房 ≥ ${min} 平方米`,
    detail: ok
      ? `现有 ${formatArea(floorAreaM2)} 平方米`
      : `现有 ${formatArea(floorAreaM2)} 平方米，差 ${formatArea(min - floorAreaM2)} 平方米`,
  };
}

function socialWorkersFlag(socialWorkers: number): ComplianceFlag {
  const { minSocialWorkers: min, maxSocialWorkers: max } = complianceStandard;
  const ok = socialWorkers >= min && socialWorkers <= max;
  const gap =
    socialWorkers < min
      ? `，少 ${min - socialWorkers} 名`
      : socialWorkers > max
        ? `，超出 ${socialWorkers - max} 名`
        : '';
  return {
    rule: 'social_workers',
    ok,
    label: `专业社工 ${min}—${max} 名`,
    detail: `现有 ${socialWorkers} 名${gap}`,
  };
}

function committeeFlag(facts: ComplianceFacts): ComplianceFlag {
  const standard = complianceStandard;
  const ok =
    facts.committeeDirectors === standard.committeeDirectors &&
    facts.committeeDeputies === standard.committeeDeputies &&
    facts.committeeMembers === standard.committeeMembers;
  const total = facts.committeeDirectors + facts.committeeDeputies + facts.committeeMembers;
  return {
    rule: 'committee',
    ok,
    label: '居委会 9 人（主任 1、副主任 2、委员 6）',
    detail: `现有 ${total} 人（主任 ${facts.committeeDirectors}、副主任 ${facts.committeeDeputies}、委员 ${facts.committeeMembers}）`,
  };
}

function courtyardHouseholdsFlag(
  totalHouseholds: number,
  courtyardHouseholds: readonly number[],
): ComplianceFlag {
  const sum = courtyardHouseholds.reduce((acc, households) => acc + households, 0);
  const difference = totalHouseholds - sum;
  const ok = difference === 0;
  return {
    rule: 'courtyard_households',
    ok,
    label: '各院落户数之和等于总户数',
    detail: ok
      ? `院落合计 ${formatCount(sum)} 户`
      : `院落合计 ${formatCount(sum)} 户，总户数 ${formatCount(totalHouseholds)} 户，${difference > 0 ? `少 ${formatCount(difference)}` : `多 ${formatCount(-difference)}`} 户`,
  };
}

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function formatArea(value: number): string {
  return (Math.round(value * 100) / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });
}
