// Channel inputs and outputs of work-access requests (社区工作准入申请): registration, the sub-district's
// review, the district leading group's decision, revocation, and the catalogue of admitted work (准入目录).
import { z } from 'zod';
import { accessStates, type AccessState } from './access-workflow';
import {
  flag,
  isoDate,
  multiline,
  oneOf,
  optionalText,
  recordId,
  requiredText,
  wholeNumber,
  fen,
} from '../../contract/fields';
import { listItemLimits } from '../lists/contract';
import type { accessChannels } from './channels';
import { channel, noInput, type ContractFor } from '../../contract/channel-spec';
import type { FileOutput } from '../../contract/files';

export const accessRequestInput = z.object({
  requestingDepartment: requiredText('申请单位', 100),
  title: requiredText('事项名称', listItemLimits.title),
  content: requiredText('事项内容', listItemLimits.content, multiline),
  legalBasis: optionalText('依据', listItemLimits.legalBasis, multiline),
  reason: requiredText('申请理由', 1000, multiline),
  communityIds: z
    .array(recordId('适用社区'), { error: '适用社区：格式不正确' })
    .min(1, { error: '适用社区：至少选择一个社区' })
    .max(500, { error: '适用社区：社区过多' })
    .refine((ids) => new Set(ids).size === ids.length, { error: '适用社区：同一社区选择了两次' }),
  /** 费随事转: the funding that comes with the work, absent or null when none does. */
  fundingFen: fen('随事转经费')
    .nullish()
    .transform((value) => value ?? null),
  /** 费随事转: the staff that come with the work, absent or null when none do. */
  staffCount: wholeNumber('随事转人员', { min: 1, max: 1000 })
    .nullish()
    .transform((value) => value ?? null),
  requestedStartDate: isoDate('拟开始日期'),
  submittedDate: isoDate('申请日期'),
  /** Titles of the supporting documents (not the files). */
  documents: z
    .array(requiredText('附件材料名称', 200), { error: '附件材料：格式不正确' })
    .max(50, { error: '附件材料：不能超过 50 份' })
    .default([]),
});
export type AccessRequestInput = z.input<typeof accessRequestInput>;

const requestId = recordId('准入申请');

export const accessRequestIdInput = z.object({ id: requestId });

export const accessListInput = z.object({
  status: oneOf('状态', accessStates).optional(),
  communityId: recordId('社区').optional(),
  search: optionalText('搜索', 50),
});

export const accessReviewInput = z.object({
  id: requestId,
  opinion: requiredText('审核意见', 1000, multiline),
});

export const accessDecisionInput = z.object({
  id: requestId,
  approved: flag('是否准予准入'),
  decisionNo: requiredText('决定文号', 60),
  decisionDate: isoDate('决定日期'),
});

/** 修改: the whole request again, checked as at registration, while it is still submitted. */
export const accessUpdateInput = accessRequestInput.extend({ id: recordId('准入申请') });

export const accessWithdrawInput = z.object({
  id: recordId('准入申请'),
  reason: requiredText('撤回理由', 500, multiline),
});

export const accessRevokeInput = z.object({
  id: requestId,
  date: isoDate('撤销日期'),
  reason: requiredText('撤销理由', 500, multiline),
});

export const accessCatalogueInput = z.object({
  /** One community's catalogue, or every admitted item when absent. */
  communityId: recordId('社区').optional(),
});

export interface CommunityRef {
  id: number;
  name: string;
}

export interface AccessRequest {
  id: number;
  /** 准入〔2026〕1号: numbered per year of registration, without gaps. */
  requestNo: string;
  status: AccessState;
  requestingDepartment: string;
  title: string;
  content: string;
  legalBasis: string;
  reason: string;
  communities: CommunityRef[];
  fundingFen: number | null;
  staffCount: number | null;
  requestedStartDate: string;
  submittedDate: string;
  documents: string[];
  submittedBy: string;
  submittedAt: string;
  review: { opinion: string; reviewedBy: string; reviewedAt: string } | null;
  decision: {
    approved: boolean;
    decisionNo: string;
    decisionDate: string;
    decidedBy: string;
    decidedAt: string;
  } | null;
  revocation: { date: string; reason: string; revokedBy: string; revokedAt: string } | null;
  withdrawal: { reason: string; withdrawnBy: string; withdrawnAt: string } | null;
}

/** An admitted, not revoked, item of the 准入目录, citing the decision that admitted it. */
export interface CatalogueEntry {
  requestId: number;
  requestNo: string;
  title: string;
  content: string;
  legalBasis: string;
  requestingDepartment: string;
  communities: CommunityRef[];
  fundingFen: number | null;
  staffCount: number | null;
  requestedStartDate: string;
  decisionNo: string;
  decisionDate: string;
}

export const accessContract = {
  'access.list': channel<AccessRequest[]>()(accessListInput),
  'access.get': channel<AccessRequest>()(accessRequestIdInput),
  'access.submit': channel<AccessRequest>()(accessRequestInput),
  'access.update': channel<AccessRequest>()(accessUpdateInput),
  'access.withdraw': channel<AccessRequest>()(accessWithdrawInput),
  'access.review': channel<AccessRequest>()(accessReviewInput),
  'access.decide': channel<AccessRequest>()(accessDecisionInput),
  'access.revoke': channel<AccessRequest>()(accessRevokeInput),
  'access.catalogue': channel<CatalogueEntry[]>()(accessCatalogueInput),
  'access.form': channel<FileOutput>()(accessRequestIdInput),
  'access.exportRegister': channel<FileOutput>()(noInput),
} satisfies ContractFor<typeof accessChannels>;
