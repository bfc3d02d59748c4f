// Editing the items of a list draft: add or change an item, delete one, put them in order. Items stay
// numbered 1..n in the order they are posted. A published version is refused before anything is written.
import crypto from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import {
  listKindLabels,
  type ListItem,
  type ListVersion,
  type ListVersionDetail,
} from '../../../shared/features/lists/contract';
import { comparedFields } from '../../../shared/features/lists/list-diff';
import {
  deleteItem,
  findItem,
  insertItem,
  listItems,
  nextSeq,
  renumberItems,
  updateItemText,
  type ItemText,
} from './queries/list-items';
import { recordAudit } from '../core/audit';
import { inTransaction, type ServiceContext } from '../core/context';
import { AppError, notFound } from '../core/errors';
import { readVersion, requireDraftVersion, touchDraft } from './public-lists';

export function saveListItem(ctx: ServiceContext, input: ParsedInput<'lists.saveItem'>): ListItem {
  return inTransaction(ctx, () => {
    const draft = requireDraftVersion(ctx, input.versionId);
    const text = itemText(input);
    if (input.itemId === undefined) return addItem(ctx, draft, text);
    const before = findItem(ctx.db, input.itemId);
    if (!before || before.versionId !== draft.id) throw notFound('清单事项');
    if (sameText(before, text)) return before; // nothing changed: nothing written, nothing audited
    // A shipped example stays one only while its text is untouched; once edited it is the office's own.
    updateItemText(ctx.db, before.id, text, false);
    touchDraft(ctx, draft.id);
    const after = findItem(ctx.db, before.id)!;
    recordAudit(ctx, {
      action: 'update',
      entity: 'list_item',
      entityId: after.id,
      summary: `修改${draftName(draft)}第 ${after.seq} 项：${after.title}`,
      before,
      after,
    });
    return after;
  });
}

export function deleteListItem(ctx: ServiceContext, itemId: number): ListVersionDetail {
  return inTransaction(ctx, () => {
    const before = findItem(ctx.db, itemId);
    if (!before) throw notFound('清单事项');
    const draft = requireDraftVersion(ctx, before.versionId);
    deleteItem(ctx.db, itemId);
    renumberItems(
      ctx.db,
      draft.id,
      listItems(ctx.db, draft.id).map((item) => item.id),
    );
    touchDraft(ctx, draft.id);
    recordAudit(ctx, {
      action: 'delete',
      entity: 'list_item',
      entityId: itemId,
      summary: `删除${draftName(draft)}第 ${before.seq} 项：${before.title}`,
      before,
    });
    return readVersion(ctx, draft.id);
  });
}

export function reorderListItems(
  ctx: ServiceContext,
  input: ParsedInput<'lists.reorder'>,
): ListVersionDetail {
  return inTransaction(ctx, () => {
    const draft = requireDraftVersion(ctx, input.versionId);
    const before = listItems(ctx.db, draft.id);
    const ids = new Set(before.map((item) => item.id));
    const isPermutation =
      input.itemIds.length === ids.size &&
      new Set(input.itemIds).size === ids.size &&
      input.itemIds.every((id) => ids.has(id));
    if (!isPermutation)
      throw new AppError('invalid_input', '排列顺序：须列出修订稿的全部事项，每项一次', 'itemIds');
    renumberItems(ctx.db, draft.id, input.itemIds);
    touchDraft(ctx, draft.id);
    const after = readVersion(ctx, draft.id);
    recordAudit(ctx, {
      action: 'update',
      entity: 'list_version',
      entityId: draft.id,
      summary: `调整${draftName(draft)}的事项顺序`,
      before: before.map(orderEntry),
      after: after.items.map(orderEntry),
    });
    return after;
  });
}

function addItem(ctx: ServiceContext, draft: ListVersion, text: ItemText): ListItem {
  // A new key, never reused: a later item with the same title is still a different item in the history.
  const id = insertItem(ctx.db, draft.id, {
    ...text,
    itemKey: crypto.randomUUID(),
    seq: nextSeq(ctx.db, draft.id),
    isSample: false,
  });
  touchDraft(ctx, draft.id);
  const created = findItem(ctx.db, id)!;
  recordAudit(ctx, {
    action: 'create',
    entity: 'list_item',
    entityId: id,
    summary: `新增${draftName(draft)}第 ${created.seq} 项：${created.title}`,
    after: created,
  });
  return created;
}

function itemText(input: ItemText): ItemText {
  return {
    title: input.title,
    content: input.content,
    legalBasis: input.legalBasis,
    responsibleUnit: input.responsibleUnit,
    communityRole: input.communityRole,
    remarks: input.remarks,
  };
}

export function sameText(item: ItemText, text: ItemText): boolean {
  return comparedFields.every((field) => item[field] === text[field]);
}

function draftName(draft: ListVersion): string {
  return `${listKindLabels[draft.kind]}修订稿（第 ${draft.versionNo} 版）`;
}

function orderEntry(item: ListItem) {
  return { seq: item.seq, title: item.title };
}
