// Who may provide purchased services (《政府购买服务管理办法》财政部令第102号): the kinds a provider is entered
// as, which of them carry a 统一社会信用代码 and which an identity number, and the two bodies the order
// excludes, offered in the form so that choosing one is answered with the article that excludes it.

export const providerKinds = [
  'social_organisation',
  'volunteer_organisation',
  'social_enterprise',
  'community_group',
  'public_institution',
  'enterprise',
  'individual',
  'other',
] as const;
export type ProviderKind = (typeof providerKinds)[number];

export const providerKindLabels: Record<ProviderKind, string> = {
  social_organisation: '社会组织',
  volunteer_organisation: '志愿服务组织',
  social_enterprise: '社会企业',
  community_group: '社区自组织',
  public_institution: '事业单位（公益二类/经营类）',
  enterprise: '企业',
  individual: '个人',
  other: '其他',
};

/** Bodies 第六条 and 第八条 exclude; a provider entered as one is refused with the article. */
export const excludedProviderKinds = [
  'public_welfare_institution',
  'fiscally_funded_mass_organisation',
] as const;
export type ExcludedProviderKind = (typeof excludedProviderKinds)[number];

export const excludedProviderKindLabels: Record<ExcludedProviderKind, string> = {
  public_welfare_institution: '公益一类事业单位',
  fiscally_funded_mass_organisation: '由财政拨款保障的群团组织',
};

export const excludedProviderMessages: Record<ExcludedProviderKind, string> = {
  public_welfare_institution:
    '主体类型：公益一类事业单位不得作为政府购买服务的承接主体（《政府购买服务管理办法》第八条）',
  fiscally_funded_mass_organisation:
    '主体类型：由财政拨款保障的群团组织不得作为政府购买服务的承接主体（《政府购买服务管理办法》第六条）',
};

/** Every kind but 个人 is identified by its 统一社会信用代码; a person by the 公民身份号码. */
export function needsUscc(kind: ProviderKind): boolean {
  return kind !== 'individual';
}

export const providerStatuses = ['active', 'suspended'] as const;
export type ProviderStatus = (typeof providerStatuses)[number];
export const providerStatusLabels: Record<ProviderStatus, string> = {
  active: '正常',
  suspended: '暂停合作',
};

/** The lists a qualification check looks a provider up in. */
export const qualificationResults = ['clear', 'listed'] as const;
export type QualificationResult = (typeof qualificationResults)[number];
export const qualificationResultLabels: Record<QualificationResult, string> = {
  clear: '未列入',
  listed: '已列入',
};

/** Days between two ISO dates (later minus earlier). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

/**
 * The warning shown when a contract is signed with a provider whose last qualification check is missing
 * or older than the office's setting, null when the check is recent enough.
 */
export function staleCheckWarning(
  lastCheckedOn: string | null,
  signingDate: string,
  maxAgeDays: number,
): string | null {
  if (lastCheckedOn === null) return '承接主体尚无资格审查记录（信用中国、政府采购严重违法失信行为记录名单）';
  const age = daysBetween(lastCheckedOn, signingDate);
  if (age <= maxAgeDays) return null;
  return `承接主体最近一次资格审查在 ${lastCheckedOn}，距签订日期已 ${age} 天，超过 ${maxAgeDays} 天`;
}
