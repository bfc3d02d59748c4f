// Courtyards (院落) of a community, by type; archived rather than deleted once households refer to them.
import type { ParsedInput } from '../../../shared/contract';
import { courtyardTypeLabels, type Courtyard } from '../../../shared/features/register/contract';
import {
  findCourtyard,
  findCourtyardByName,
  insertCourtyard,
  setCourtyardStatus,
  updateCourtyard as updateCourtyardRow,
} from './queries/courtyards';
import { auditedChange } from '../core/audited-change';
import { requireCommunity } from './communities';
import { nowIso, type ServiceContext } from '../core/context';
import { conflict, notFound } from '../core/errors';

export function createCourtyard(ctx: ServiceContext, input: ParsedInput<'courtyards.create'>): Courtyard {
  return auditedChange(ctx, {
    entity: 'courtyard',
    before: () => {
      requireActiveCommunity(ctx, input.communityId);
      assertUniqueName(ctx, input.communityId, input.name, null);
      return null;
    },
    write: () => insertCourtyard(ctx.db, input, nowIso(ctx)),
    after: (id) => requireCourtyard(ctx, id),
    summary: (created) =>
      `新增院落：${communityName(ctx, created)} / ${created.name}（${courtyardTypeLabels[created.type]}）`,
  });
}

export function updateCourtyard(ctx: ServiceContext, input: ParsedInput<'courtyards.update'>): Courtyard {
  return auditedChange(ctx, {
    entity: 'courtyard',
    before: () => {
      const before = requireCourtyard(ctx, input.id);
      requireActiveCommunity(ctx, before.communityId);
      assertUniqueName(ctx, before.communityId, input.name, input.id);
      return before;
    },
    write: () => {
      updateCourtyardRow(ctx.db, input.id, input, nowIso(ctx));
      return input.id;
    },
    after: (id) => requireCourtyard(ctx, id),
    summary: (after) => `修改院落：${communityName(ctx, after)} / ${after.name}`,
  });
}

export function archiveCourtyard(ctx: ServiceContext, id: number): Courtyard {
  return changeStatus(ctx, id, 'archived');
}

export function restoreCourtyard(ctx: ServiceContext, id: number): Courtyard {
  return changeStatus(ctx, id, 'active');
}

function changeStatus(ctx: ServiceContext, id: number, status: Courtyard['status']): Courtyard {
  return auditedChange(ctx, {
    entity: 'courtyard',
    action: status === 'archived' ? 'archive' : 'restore',
    before: () => {
      const before = requireCourtyard(ctx, id);
      requireActiveCommunity(ctx, before.communityId);
      if (before.status === status) {
        throw conflict(`院落“${before.name}”已经是${status === 'archived' ? '归档' : '在用'}状态`);
      }
      return before;
    },
    write: () => {
      setCourtyardStatus(ctx.db, id, status, nowIso(ctx));
      return id;
    },
    after: (id) => requireCourtyard(ctx, id),
    summary: (after) =>
      `${status === 'archived' ? '归档' : '恢复'}院落：${communityName(ctx, after)} / ${after.name}`,
  });
}

/** The courtyard's community, for the audit sentence (checked active before the change). */
function communityName(ctx: ServiceContext, courtyard: Courtyard): string {
  return requireCommunity(ctx, courtyard.communityId).name;
}

export function requireCourtyard(ctx: ServiceContext, id: number): Courtyard {
  const courtyard = findCourtyard(ctx.db, id);
  if (!courtyard) throw notFound('院落');
  return courtyard;
}

/** Archived communities are read-only until restored. */
export function requireActiveCommunity(ctx: ServiceContext, id: number) {
  const community = requireCommunity(ctx, id);
  if (community.status === 'archived') throw conflict(`社区“${community.name}”已归档，请先恢复后再修改`);
  return community;
}

function assertUniqueName(
  ctx: ServiceContext,
  communityId: number,
  name: string,
  selfId: number | null,
): void {
  const same = findCourtyardByName(ctx.db, communityId, name);
  if (same && same.id !== selfId) throw conflict(`院落名称：本社区已有名为“${name}”的院落`, 'name');
}
