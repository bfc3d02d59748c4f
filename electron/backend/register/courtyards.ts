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
import { recordAudit } from '../core/audit';
import { requireCommunity } from './communities';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { conflict, notFound } from '../core/errors';

export function createCourtyard(ctx: ServiceContext, input: ParsedInput<'courtyards.create'>): Courtyard {
  return inTransaction(ctx, () => {
    const community = requireActiveCommunity(ctx, input.communityId);
    assertUniqueName(ctx, input.communityId, input.name, null);
    const id = insertCourtyard(ctx.db, input, nowIso(ctx));
    const created = requireCourtyard(ctx, id);
    recordAudit(ctx, {
      action: 'create',
      entity: 'courtyard',
      entityId: id,
      summary: `新增院落：${community.name} / ${created.name}（${courtyardTypeLabels[created.type]}）`,
      after: created,
    });
    return created;
  });
}

export function updateCourtyard(ctx: ServiceContext, input: ParsedInput<'courtyards.update'>): Courtyard {
  return inTransaction(ctx, () => {
    const before = requireCourtyard(ctx, input.id);
    const community = requireActiveCommunity(ctx, before.communityId);
    assertUniqueName(ctx, before.communityId, input.name, input.id);
    updateCourtyardRow(ctx.db, input.id, input, nowIso(ctx));
    const after = requireCourtyard(ctx, input.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'courtyard',
      entityId: input.id,
      summary: `修改院落：${community.name} / ${after.name}`,
      before,
      after,
    });
    return after;
  });
}

export function archiveCourtyard(ctx: ServiceContext, id: number): Courtyard {
  return changeStatus(ctx, id, 'archived');
}

export function restoreCourtyard(ctx: ServiceContext, id: number): Courtyard {
  return changeStatus(ctx, id, 'active');
}

function changeStatus(ctx: ServiceContext, id: number, status: Courtyard['status']): Courtyard {
  return inTransaction(ctx, () => {
    const before = requireCourtyard(ctx, id);
    const community = requireActiveCommunity(ctx, before.communityId);
    if (before.status === status) {
      throw conflict(`院落“${before.name}”已经是${status === 'archived' ? '归档' : '在用'}状态`);
    }
    setCourtyardStatus(ctx.db, id, status, nowIso(ctx));
    const after = requireCourtyard(ctx, id);
    recordAudit(ctx, {
      action: status === 'archived' ? 'archive' : 'restore',
      entity: 'courtyard',
      entityId: id,
      summary: `${status === 'archived' ? '归档' : '恢复'}院落：${community.name} / ${after.name}`,
      before,
      after,
    });
    return after;
  });
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
