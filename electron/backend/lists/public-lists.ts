// Versions of the public lists: the version in force, a draft copied from it, publishing (after which the
// version never changes, the triggers see to that), discarding a draft, and the history of changes.
import type { ParsedInput } from '../../../shared/contract';
import {
  listKindLabels,
  listKinds,
  type ListKind,
  type ListOverview,
  type ListVersion,
  type ListVersionChanges,
  type ListVersionDetail,
} from '../../../shared/features/lists/contract';
import { diffListItems, type ListDiff } from '../../../shared/features/lists/list-diff';
import { copyItems, deleteItemsOfVersion, listItems } from './queries/list-items';
import {
  deleteDraftVersion,
  findCurrentVersion,
  findDraft,
  findVersion,
  insertDraft,
  listVersions,
  publishVersion,
  touchVersion,
} from './queries/list-versions';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { AppError, conflict, notFound } from '../core/errors';
import { forgetPreparers, notePreparer, signApproval } from '../core/people/separation';
import { listVersionRecord } from './list-records';

export function listOverview(ctx: ServiceContext): ListOverview[] {
  return listKinds.map((kind) => ({
    kind,
    current: requireCurrent(ctx, kind),
    draft: findDraft(ctx.db, kind) ?? null,
  }));
}

export function listVersionsOf(ctx: ServiceContext, kind: ListKind): ListVersion[] {
  return listVersions(ctx.db, kind);
}

export function readVersion(ctx: ServiceContext, versionId: number): ListVersionDetail {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw notFound('清单版本');
  return { version, items: listItems(ctx.db, versionId) };
}

export function readCurrent(ctx: ServiceContext, kind: ListKind): ListVersionDetail {
  return readVersion(ctx, requireCurrent(ctx, kind).id);
}

/** Every version of a kind, newest first, each compared with the version it was copied from. */
export function listHistory(ctx: ServiceContext, kind: ListKind): ListVersionChanges[] {
  return listVersions(ctx.db, kind).map((version) => {
    const base = version.copiedFromId === null ? undefined : findVersion(ctx.db, version.copiedFromId);
    const diff = diffListItems(base ? listItems(ctx.db, base.id) : [], listItems(ctx.db, version.id));
    return { version, comparedWithVersionNo: base?.versionNo ?? null, ...diff };
  });
}

export function startDraft(ctx: ServiceContext, kind: ListKind): ListVersionDetail {
  return inTransaction(ctx, () => readVersion(ctx, createDraft(ctx, kind).id));
}

/** A new draft holding a copy of the version in force. Call inside a transaction. */
export function createDraft(ctx: ServiceContext, kind: ListKind): ListVersion {
  const existing = findDraft(ctx.db, kind);
  if (existing) {
    throw conflict(
      `${listKindLabels[kind]}已有修订稿（第 ${existing.versionNo} 版），请继续编辑该修订稿，或先放弃它`,
      'kind',
    );
  }
  const current = requireCurrent(ctx, kind);
  const id = insertDraft(ctx.db, kind, current.id, nowIso(ctx));
  copyItems(ctx.db, current.id, id);
  notePreparer(ctx, listVersionRecord(id));
  const draft = findVersion(ctx.db, id)!;
  recordAudit(ctx, {
    action: 'create',
    entity: 'list_version',
    entityId: id,
    summary: `新建${listKindLabels[kind]}修订稿（第 ${draft.versionNo} 版，复制自第 ${current.versionNo} 版）`,
    after: draft,
  });
  return draft;
}

export function publishDraft(ctx: ServiceContext, input: ParsedInput<'lists.publish'>): ListVersion {
  return inTransaction(ctx, () => {
    const draft = requireDraftVersion(ctx, input.versionId);
    const label = listKindLabels[draft.kind];
    // Whoever drafted or edited the version does not publish it (制单与审核分离), asked before the rest.
    signApproval(ctx, listVersionRecord(draft.id), 'publish', `发布${label}第 ${draft.versionNo} 版`);
    assertPublishable(ctx, draft, input.effectiveDate);
    const diff = diffListItems(
      draft.copiedFromId === null ? [] : listItems(ctx.db, draft.copiedFromId),
      listItems(ctx.db, draft.id),
    );
    publishVersion(ctx.db, draft.id, {
      effectiveDate: input.effectiveDate,
      approvedBy: input.approvedBy,
      now: nowIso(ctx),
    });
    const published = findVersion(ctx.db, draft.id)!;
    recordAudit(ctx, {
      action: 'publish',
      entity: 'list_version',
      entityId: draft.id,
      summary: `发布${label}第 ${draft.versionNo} 版（${describeDiff(diff)}），生效日期 ${input.effectiveDate}，批准单位：${input.approvedBy}`,
      before: draft,
      after: published,
    });
    return published;
  });
}

export function discardDraft(ctx: ServiceContext, versionId: number): { id: number } {
  return inTransaction(ctx, () => {
    const before = readVersion(ctx, requireDraftVersion(ctx, versionId).id);
    deleteItemsOfVersion(ctx.db, versionId);
    deleteDraftVersion(ctx.db, versionId);
    forgetPreparers(ctx, listVersionRecord(versionId));
    recordAudit(ctx, {
      action: 'delete',
      entity: 'list_version',
      entityId: versionId,
      summary: `放弃${listKindLabels[before.version.kind]}修订稿（第 ${before.version.versionNo} 版）`,
      before,
    });
    return { id: versionId };
  });
}

/** A draft's items changed: it is stamped, and this user is noted among its preparers (so cannot publish it). */
export function touchDraft(ctx: ServiceContext, draftId: number): void {
  touchVersion(ctx.db, draftId, nowIso(ctx));
  notePreparer(ctx, listVersionRecord(draftId));
}

/** The version, refused unless it is a draft: a published version never changes. */
export function requireDraftVersion(ctx: ServiceContext, versionId: number): ListVersion {
  const version = findVersion(ctx.db, versionId);
  if (!version) throw notFound('清单版本');
  if (version.status === 'published') {
    throw conflict(
      `${listKindLabels[version.kind]}第 ${version.versionNo} 版已发布，不能再修改或删除；如需修订，请新建修订稿`,
    );
  }
  return version;
}

export function describeDiff(diff: ListDiff<unknown>): string {
  const parts = [
    `新增 ${diff.added.length} 项`,
    `删除 ${diff.removed.length} 项`,
    `修改 ${diff.changed.length} 项`,
  ];
  return `${parts.join('、')}${diff.reordered ? '，调整了顺序' : ''}`;
}

function requireCurrent(ctx: ServiceContext, kind: ListKind): ListVersion {
  const current = findCurrentVersion(ctx.db, kind);
  if (!current) throw notFound(`${listKindLabels[kind]}的现行版本`);
  return current;
}

/** Publishing needs items, no shipped samples (they are not official content) and a date not before the current one. */
function assertPublishable(ctx: ServiceContext, draft: ListVersion, effectiveDate: string): void {
  const label = listKindLabels[draft.kind];
  const items = listItems(ctx.db, draft.id);
  if (items.length === 0) throw conflict(`${label}修订稿没有任何事项，不能发布`);
  const samples = items.filter((item) => item.isSample);
  if (samples.length > 0) {
    const titles = samples
      .slice(0, 3)
      .map((item) => `第 ${item.seq} 项「${item.title}」`)
      .join('、');
    throw conflict(
      `${label}修订稿还有 ${samples.length} 项示例事项（${titles}${samples.length > 3 ? ' 等' : ''}），发布前请用官方清单导入替换，或修改、删除这些事项`,
    );
  }
  const current = requireCurrent(ctx, draft.kind);
  if (current.effectiveDate !== null && effectiveDate < current.effectiveDate) {
    throw new AppError(
      'invalid_input',
      `生效日期：不能早于现行第 ${current.versionNo} 版的生效日期 ${current.effectiveDate}`,
      'effectiveDate',
    );
  }
}
