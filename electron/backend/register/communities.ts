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
  return inTransaction(ctx, () => {
    assertUnique(ctx, input, null);
    const id = insertCommunity(ctx.db, input, nowIso(ctx));
    const created = requireCommunity(ctx, id);
    recordAudit(ctx, {
      action: 'create',
      entity: 'community',
      entityId: id,
      summary: `新增社区：${created.name}`,
      after: created,
    });
    return created;
  });
}

export function updateCommunity(ctx: ServiceContext, input: ParsedInput<'communities.update'>): Community {
  return inTransaction(ctx, () => {
    const before = requireCommunity(ctx, input.id);
    assertUnique(ctx, input, input.id);
    updateCommunityRow(ctx.db, input.id, input, nowIso(ctx));
    const after = requireCommunity(ctx, input.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'community',
      entityId: input.id,
      summary: `修改社区：${after.name}`,
      before,
      after,
    });
    return after;
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
  return inTransaction(ctx, () => {
    const before = requireCommunity(ctx, id);
    if (before.status === status) {
      throw conflict(`社区“${before.name}”已经是${status === 'archived' ? '归档' : '在册'}状态`);
    }
    setCommunityStatus(ctx.db, id, status, nowIso(ctx));
    const after = requireCommunity(ctx, id);
    const action = status === 'archived' ? 'archive' : 'restore';
    const verb = status === 'archived' ? '归档社区' : '恢复社区';
    recordAudit(ctx, {
      action,
      entity: 'community',
      entityId: id,
      summary: `${verb}：${after.name}`,
      before,
      after,
    });
    return after;
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
