// Queries of list_item. Items of a published version are frozen by triggers; these run on drafts.
import type { ListItem } from '../../../../shared/features/lists/contract';
import type { Db } from '../../core/db/connection';

interface ItemDbRow {
  id: number;
  version_id: number;
  item_key: string;
  seq: number;
  title: string;
  content: string;
  legal_basis: string;
  responsible_unit: string;
  community_role: string;
  remarks: string;
  is_sample: number;
}

/** What an item says, without its place in a version. */
export type ItemText = Pick<
  ListItem,
  'title' | 'content' | 'legalBasis' | 'responsibleUnit' | 'communityRole' | 'remarks'
>;

export interface NewItem extends ItemText {
  itemKey: string;
  seq: number;
  isSample: boolean;
}

function toItem(row: ItemDbRow): ListItem {
  return {
    id: row.id,
    versionId: row.version_id,
    itemKey: row.item_key,
    seq: row.seq,
    title: row.title,
    content: row.content,
    legalBasis: row.legal_basis,
    responsibleUnit: row.responsible_unit,
    communityRole: row.community_role,
    remarks: row.remarks,
    isSample: row.is_sample === 1,
  };
}

export function listItems(db: Db, versionId: number): ListItem[] {
  const rows = db
    .prepare('SELECT * FROM list_item WHERE version_id = ? ORDER BY seq')
    .all(versionId) as ItemDbRow[];
  return rows.map(toItem);
}

export function findItem(db: Db, id: number): ListItem | undefined {
  const row = db.prepare('SELECT * FROM list_item WHERE id = ?').get(id) as ItemDbRow | undefined;
  return row && toItem(row);
}

export function nextSeq(db: Db, versionId: number): number {
  const row = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS seq FROM list_item WHERE version_id = ?')
    .get(versionId) as {
    seq: number;
  };
  return row.seq;
}

export function insertItem(db: Db, versionId: number, item: NewItem): number {
  const result = db
    .prepare(
      `INSERT INTO list_item (version_id, item_key, seq, title, content, legal_basis, responsible_unit, community_role,
         remarks, is_sample)
       VALUES (@versionId, @itemKey, @seq, @title, @content, @legalBasis, @responsibleUnit, @communityRole, @remarks,
         @isSample)`,
    )
    .run({ ...item, versionId, isSample: item.isSample ? 1 : 0 });
  return Number(result.lastInsertRowid);
}

/** A draft starts as a copy of the version in force, keeping every item's key and place. */
export function copyItems(db: Db, fromVersionId: number, toVersionId: number): void {
  db.prepare(
    `INSERT INTO list_item (version_id, item_key, seq, title, content, legal_basis, responsible_unit, community_role,
       remarks, is_sample)
     SELECT ?, item_key, seq, title, content, legal_basis, responsible_unit, community_role, remarks, is_sample
     FROM list_item WHERE version_id = ? ORDER BY seq`,
  ).run(toVersionId, fromVersionId);
}

export function updateItemText(db: Db, id: number, text: ItemText, isSample: boolean): void {
  db.prepare(
    `UPDATE list_item SET title = @title, content = @content, legal_basis = @legalBasis,
       responsible_unit = @responsibleUnit, community_role = @communityRole, remarks = @remarks, is_sample = @isSample
     WHERE id = @id`,
  ).run({ ...text, id, isSample: isSample ? 1 : 0 });
}

export function deleteItem(db: Db, id: number): void {
  db.prepare('DELETE FROM list_item WHERE id = ?').run(id);
}

export function deleteItemsOfVersion(db: Db, versionId: number): void {
  db.prepare('DELETE FROM list_item WHERE version_id = ?').run(versionId);
}

/**
 * Numbers the version's items 1..n in the given order. SQLite checks UNIQUE (version_id, seq) row by row,
 * so the items first move out of the way (above any real number) and then take their places.
 */
export function renumberItems(db: Db, versionId: number, orderedIds: readonly number[]): void {
  db.prepare('UPDATE list_item SET seq = seq + 1000000 WHERE version_id = ?').run(versionId);
  const place = db.prepare('UPDATE list_item SET seq = ? WHERE id = ? AND version_id = ?');
  orderedIds.forEach((id, index) => place.run(index + 1, id, versionId));
}
