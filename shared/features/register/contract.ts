// Channel inputs and outputs of the community register: communities, courtyards, yearly profiles.
import { z } from 'zod';
import type { ComplianceFlag } from './compliance';
import {
  flag,
  measure,
  oneOf,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
  year,
} from '../../contract/fields';
import type { registerChannels } from './channels';
import { channel, type ContractFor } from '../../contract/channel-spec';

export const courtyardTypes = ['self_governed', 'public_unit', 'property_managed'] as const;
export type CourtyardType = (typeof courtyardTypes)[number];
export const courtyardTypeLabels: Record<CourtyardType, string> = {
  self_governed: '自治院落',
  public_unit: '公共单位院落',
  property_managed: '物管院落',
};

export const communityStatuses = ['active', 'archived'] as const;
export type CommunityStatus = (typeof communityStatuses)[number];

const communityFields = {
  name: requiredText('社区名称', 50),
  code: optionalText('社区代码', 30).refine((value) => value === '' || /^[0-9A-Za-z-]+$/.test(value), {
    error: '社区代码：只能包含数字、字母和连字符',
  }),
  address: optionalText('地址', 200),
  floorAreaM2: measure('办公及公益用房面积', '平方米', 1_000_000),
  isPilot: flag('试点社区'),
};

export const communityInput = z.object(communityFields);
export const communityUpdateInput = z.object({ id: recordId('社区'), ...communityFields });
export const communityIdInput = z.object({ id: recordId('社区') });
export const communityListInput = z.object({
  search: optionalText('搜索', 50),
  status: z.enum(['active', 'archived', 'all'], { error: '状态：请选择有效的选项' }).default('active'),
});

export const courtyardInput = z.object({
  communityId: recordId('社区'),
  name: requiredText('院落名称', 50),
  type: oneOf('院落类型', courtyardTypes),
});
export const courtyardUpdateInput = z.object({
  id: recordId('院落'),
  name: requiredText('院落名称', 50),
  type: oneOf('院落类型', courtyardTypes),
});
export const courtyardIdInput = z.object({ id: recordId('院落') });

export const profileInput = z.object({
  communityId: recordId('社区'),
  year: year('年度'),
  totalHouseholds: wholeNumber('总户数', { max: 1_000_000 }),
  socialWorkers: wholeNumber('专业社工人数', { max: 1000 }),
  committeeDirectors: wholeNumber('居委会主任人数', { max: 100 }),
  committeeDeputies: wholeNumber('居委会副主任人数', { max: 100 }),
  committeeMembers: wholeNumber('居委会委员人数', { max: 100 }),
  directorName: optionalText('居委会主任姓名', 30),
  secretaryIsDirector: flag('书记兼任主任'),
  courtyardHouseholds: z
    .array(
      z.object(
        {
          courtyardId: recordId('院落'),
          households: wholeNumber('院落户数', { max: 1_000_000 }),
        },
        { error: '院落户数：格式不正确' },
      ),
      { error: '院落户数：格式不正确' },
    )
    .max(2000, { error: '院落户数：院落过多' }),
});

export type CommunityInput = z.input<typeof communityInput>;
export type CourtyardInput = z.input<typeof courtyardInput>;
export type ProfileInput = z.input<typeof profileInput>;

export interface Community {
  id: number;
  name: string;
  code: string;
  address: string;
  floorAreaM2: number;
  isPilot: boolean;
  status: CommunityStatus;
  createdAt: string;
  updatedAt: string;
}

export interface CommunitySummary extends Community {
  courtyardCount: number;
  /** Year of the latest yearly profile, or null when none was entered. */
  latestYear: number | null;
  latestHouseholds: number | null;
  latestSocialWorkers: number | null;
  /** Number of failed compliance flags in the latest profile. */
  complianceIssues: number;
}

export interface Courtyard {
  id: number;
  communityId: number;
  name: string;
  type: CourtyardType;
  status: CommunityStatus;
}

export interface CourtyardHouseholds {
  courtyardId: number;
  households: number;
}

export interface YearlyProfile {
  id: number;
  communityId: number;
  year: number;
  totalHouseholds: number;
  socialWorkers: number;
  committeeDirectors: number;
  committeeDeputies: number;
  committeeMembers: number;
  directorName: string;
  secretaryIsDirector: boolean;
  courtyardHouseholds: CourtyardHouseholds[];
  updatedAt: string;
}

export interface ProfileWithCompliance extends YearlyProfile {
  compliance: ComplianceFlag[];
  /** Households by courtyard type, summed over this profile's courtyards. */
  householdsByType: Record<CourtyardType, number>;
}

export interface CommunityDetail {
  community: Community;
  courtyards: Courtyard[];
  profiles: ProfileWithCompliance[];
  /** True when a record refers to the community, so it can be archived but never deleted. */
  isReferenced: boolean;
}

export const registerContract = {
  'communities.list': channel<CommunitySummary[]>()(communityListInput),
  'communities.get': channel<CommunityDetail>()(communityIdInput),
  'communities.create': channel<Community>()(communityInput),
  'communities.update': channel<Community>()(communityUpdateInput),
  'communities.archive': channel<Community>()(communityIdInput),
  'communities.restore': channel<Community>()(communityIdInput),
  'communities.delete': channel<{ id: number }>()(communityIdInput),
  'courtyards.create': channel<Courtyard>()(courtyardInput),
  'courtyards.update': channel<Courtyard>()(courtyardUpdateInput),
  'courtyards.archive': channel<Courtyard>()(courtyardIdInput),
  'courtyards.restore': channel<Courtyard>()(courtyardIdInput),
  'profiles.save': channel<YearlyProfile>()(profileInput),
} satisfies ContractFor<typeof registerChannels>;
