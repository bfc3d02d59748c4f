// The official lists arrive as Excel: a template holding the list's items, and the import of a filled
// one. Every row is checked first; only when all pass are the draft's items replaced (the draft is
// created when there is none), in one transaction with its audit row.
import crypto from 'node:crypto';
import type { ParsedInput } from '../../../shared/contract';
import type { FileOutput } from '../../../shared/contract/files';
import {
  listKindLabels,
  type ListImportResult,
  type ListItem,
  type ListKind,
} from '../../../shared/features/lists/contract';
import { comparedFields, diffListItems, isEmptyDiff } from '../../../shared/features/lists/list-diff';
import {
  deleteItemsOfVersion,
  insertItem,
  listItems,
  type ItemText,
  type NewItem,
} from './queries/list-items';
import { findCurrentVersion, findDraft } from './queries/list-versions';
import { getOfficeSettings } from '../core/office-settings';
import { buildListTemplate } from './documents/list-template.xlsx';
import type { ParsedListRow } from './documents/list-workbook';
import { parseInWorker } from '../imports/run-import';
import { recordAudit } from '../core/audit';
import { inTransaction, type ServiceContext } from '../core/context';
import { notFound } from '../core/errors';
import { fileOutput, xlsxMime } from '../core/file-output';
import { sameText } from './list-items';
import { createDraft, describeDiff, touchDraft } from './public-lists';

/** The template holds the draft's items when there is a draft (that is what an import replaces), else the current ones. */
export async function listImportTemplate(ctx: ServiceContext, kind: ListKind): Promise<FileOutput> {
  const source = findDraft(ctx.db, kind) ?? findCurrentVersion(ctx.db, kind);
  if (!source) throw notFound(`${listKindLabels[kind]}的现行版本`);
  const bytes = await buildListTemplate({
    kind,
    officeName: getOfficeSettings(ctx.db).officeName,
    versionNo: source.versionNo,
    status: source.status,
    items: listItems(ctx.db, source.id),
  });
  return fileOutput(`${listKindLabels[kind]}导入模板.xlsx`, xlsxMime, bytes);
}

export async function importList(
  ctx: ServiceContext,
  input: Omit<ParsedInput<'lists.import'>, 'base64'> & { bytes: Uint8Array },
): Promise<ListImportResult> {
  // Off the main thread: the workbook is parsed in the import worker, the draft written here.
  const checked = await parseInWorker({ kind: 'list', bytes: input.bytes, listKind: input.kind });
  if (!checked.ok) return { applied: false, errors: checked.errors, itemCount: 0, versionId: null };
  return inTransaction(ctx, () => {
    const existing = findDraft(ctx.db, input.kind);
    const draft = existing ?? createDraft(ctx, input.kind);
    const before = listItems(ctx.db, draft.id);
    const next = withKeys(before, checked.rows);
    const diff = diffListItems(before, next);
    // The same file twice: nothing to write, and no audit row saying nothing happened.
    if (existing && isEmptyDiff(diff))
      return { applied: true, errors: [], itemCount: before.length, versionId: draft.id };
    deleteItemsOfVersion(ctx.db, draft.id);
    for (const item of next) insertItem(ctx.db, draft.id, item);
    touchDraft(ctx, draft.id);
    const after = listItems(ctx.db, draft.id);
    recordAudit(ctx, {
      action: 'import',
      entity: 'list_version',
      entityId: draft.id,
      summary: `导入${listKindLabels[input.kind]}修订稿（第 ${draft.versionNo} 版，文件：${input.fileName}）：共 ${after.length} 项，${describeDiff(diff)}`,
      before,
      after,
    });
    return { applied: true, errors: [], itemCount: after.length, versionId: draft.id };
  });
}

/**
 * Numbers the rows 1..n in 序号 order and gives each the key of the draft's item with the same title (the
 * first one not yet taken), so the history shows an edited item as changed rather than removed and added.
 * A shipped example stays marked as one only when its row is unchanged.
 */
function withKeys(base: readonly ListItem[], rows: readonly ParsedListRow[]): NewItem[] {
  const byTitle = new Map<string, ListItem[]>();
  for (const item of base) byTitle.set(item.title, [...(byTitle.get(item.title) ?? []), item]);
  return rows.map((row, index) => {
    const text = Object.fromEntries(comparedFields.map((field) => [field, row[field]])) as ItemText;
    const match = byTitle.get(row.title)?.shift();
    return {
      ...text,
      seq: index + 1,
      itemKey: match?.itemKey ?? crypto.randomUUID(),
      isSample: match !== undefined && match.isSample && sameText(match, text),
    };
  });
}
