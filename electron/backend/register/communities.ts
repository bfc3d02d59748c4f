// The community register: create, edit, archive, restore, and delete only what nothing refers to.
import type { ParsedInput } from '../../../shared/contract';
import type {
  Community,
  CommunityDetail,
  CommunitySummary,
} from '../../../shared/features/register/contract';
import {
  deleteCommunity as deleteCommunityRow,
  findCommunity,
  findCommunityByCode,
  findCommunityByName,
  insertCommunity,
  isCommunityReferenced,
  listCommunities as listCommunityRows,
  setCommunityStatus,
  updateCommunity as updateCommunityRow,
  type CommunityFields,
} from './queries/communities';
import { countCourtyardsByCommunity, listCourtyards } from './queries/courtyards';
import { latestProfiles, listProfiles } from './queries/profiles';
import { recordAudit } from '../core/audit';
import { auditedChange } from '../core/audited-change';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { conflict, notFound } from '../core/errors';
import { withCompliance } from './profile-compliance';
import { byPinyin } from '../../../shared/domain/chinese-order';

export function listCommunities(
  ctx: ServiceContext,
  input: ParsedInput<'communities.list'>,
): CommunitySummary[] {
  const communities = listCommunityRows(ctx.db, input).sort((a, b) => byPinyin(a.name, b.name));
  const courtyardCounts = countCourtyardsByCommunity(ctx.db);
  const latest = latestProfiles(ctx.db);
  return communities.map((community) => {
    const profile = latest.get(community.id);
    const compliance = profile ? withCompliance(ctx.db, community, profile).compliance : [];
    return {
      ...community,
      courtyardCount: courtyardCounts.get(community.id) ?? 0,
      latestYear: profile?.year ?? null,
      latestHouseholds: profile?.totalHouseholds ?? null,
      latestSocialWorkers: profile?.socialWorkers ?? null,
      complianceIssues: compliance.filter((flag) => !flag.ok).length,
    };
  });
}

export function getCommunityDetail(ctx: ServiceContext, id: number): CommunityDetail {
  const community = requireCommunity(ctx, id);
  return {
    community,
    courtyards: listCourtyards(ctx.db, id),
    profiles: listProfiles(ctx.db, id).map((profile) => withCompliance(ctx.db, community, profile)),
    isReferenced: isCommunityReferenced(ctx.db, id),
  };
}

export function createCommunity(ctx: ServiceContext, input: ParsedInput<'communities.create'>): Community {
  return auditedChange(ctx, {
    entity: 'community',
    before: () => null,
    write: () => {
      assertUnique(ctx, input, null);
      return insertCommunity(ctx.db, input, nowIso(ctx));
    },
    after: (id) => requireCommunity(ctx, id),
    summary: (created) => `新增社区：${created.name}`,
  });
}

export function updateCommunity(ctx: ServiceContext, input: ParsedInput<'communities.update'>): Community {
  return auditedChange(ctx, {
    entity: 'community',
    before: () => requireCommunity(ctx, input.id),
    write: () => {
      assertUnique(ctx, input, input.id);
      updateCommunityRow(ctx.db, input.id, input, nowIso(ctx));
      return input.id;
    },
    after: (id) => requireCommunity(ctx, id),
    summary: (after) => `修改社区：${after.name}`,
  });
}

export function archiveCommunity(ctx: ServiceContext, id: number): Community {
  return changeStatus(ctx, id, 'archived');
}

export function restoreCommunity(ctx: ServiceContext, id: number): Community {
  return changeStatus(ctx, id, 'active');
}

export function deleteCommunity(ctx: ServiceContext, id: number): { id: number } {
  return inTransaction(ctx, () => {
    const before = requireCommunity(ctx, id);
    if (isCommunityReferenced(ctx.db, id)) {
      throw conflict(`社区“${before.name}”已有院落、年度情况或准入申请记录，不能删除，只能归档`);
    }
    deleteCommunityRow(ctx.db, id);
    recordAudit(ctx, {
      action: 'delete',
      entity: 'community',
      entityId: id,
      summary: `删除社区：${before.name}`,
      before,
    });
    return { id };
  });
}

function changeStatus(ctx: ServiceContext, id: number, status: Community['status']): Community {
  return auditedChange(ctx, {
    entity: 'community',
    action: status === 'archived' ? 'archive' : 'restore',
    before: () => {
      const before = requireCommunity(ctx, id);
      if (before.status === status) {
        throw conflict(`社区“${before.name}”已经是${status === 'archived' ? '归档' : '在册'}状态`);
      }
      return before;
    },
    write: () => {
      setCommunityStatus(ctx.db, id, status, nowIso(ctx));
      return id;
    },
    after: (id) => requireCommunity(ctx, id),
    summary: (after) => `${status === 'archived' ? '归档社区' : '恢复社区'}：${after.name}`,
  });
}

export function requireCommunity(ctx: ServiceContext, id: number): Community {
  const community = findCommunity(ctx.db, id);
  if (!community) throw notFound('社区');
  return community;
}

function assertUnique(ctx: ServiceContext, fields: CommunityFields, selfId: number | null): void {
  const sameName = findCommunityByName(ctx.db, fields.name);
  if (sameName && sameName.id !== selfId) {
    throw conflict(
      `社区名称：“${fields.name}”已存在${sameName.status === 'archived' ? '（已归档）' : ''}`,
      'name',
    );
  }
  if (fields.code === '') return;
  const sameCode = findCommunityByCode(ctx.db, fields.code);
  if (sameCode && sameCode.id !== selfId) {
    throw conflict(`社区代码：“${fields.code}”已被社区“${sameCode.name}”使用`, 'code');
  }
}
