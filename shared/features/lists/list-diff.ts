// What one version of a public list added, removed or changed compared with the version it was copied
// from. Items are matched by their stable item key, which a draft copy keeps, so an edited title shows as
// a change of that item rather than as one item removed and another added.
import { listItemTextFields, type ListItemTextField } from './list-item-fields';

/** Every text field of an item counts as a change; 序号 alone never does. */
export const comparedFields = listItemTextFields;
export type ComparedField = ListItemTextField;

export interface DiffableItem {
  itemKey: string;
  seq: number;
  title: string;
  content: string;
  legalBasis: string;
  responsibleUnit: string;
  communityRole: string;
  remarks: string;
}

export interface ItemChange<T> {
  itemKey: string;
  before: T;
  after: T;
  fields: ComparedField[];
}

export interface ListDiff<T> {
  /** In the newer version only, in its order. */
  added: T[];
  /** In the older version only, in its order. */
  removed: T[];
  /** In both with different text, in the newer version's order. */
  changed: ItemChange<T>[];
  /**
   * True when items kept from the older version stand in a different order. A renumbering caused only by
   * additions or removals is not a reordering, and 序号 alone never counts as a change of content.
   */
  reordered: boolean;
}

export function diffListItems<T extends DiffableItem>(
  before: readonly T[],
  after: readonly T[],
): ListDiff<T> {
  const older = bySeq(before);
  const newer = bySeq(after);
  const olderByKey = new Map(older.map((item) => [item.itemKey, item]));
  const newerKeys = new Set(newer.map((item) => item.itemKey));
  const changed: ItemChange<T>[] = [];
  for (const item of newer) {
    const previous = olderByKey.get(item.itemKey);
    if (!previous) continue;
    const fields = comparedFields.filter((field) => previous[field] !== item[field]);
    if (fields.length > 0) changed.push({ itemKey: item.itemKey, before: previous, after: item, fields });
  }
  const keptInOlderOrder = older.filter((item) => newerKeys.has(item.itemKey)).map((item) => item.itemKey);
  const keptInNewerOrder = newer.filter((item) => olderByKey.has(item.itemKey)).map((item) => item.itemKey);
  return {
    added: newer.filter((item) => !olderByKey.has(item.itemKey)),
    removed: older.filter((item) => !newerKeys.has(item.itemKey)),
    changed,
    reordered: keptInOlderOrder.some((key, index) => keptInNewerOrder[index] !== key),
  };
}

export function isEmptyDiff(diff: ListDiff<unknown>): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && !diff.reordered;
}

function bySeq<T extends DiffableItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.seq - b.seq);
}
