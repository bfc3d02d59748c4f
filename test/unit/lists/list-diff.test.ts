import { describe, expect, it } from 'vitest';
import { diffListItems, isEmptyDiff, type DiffableItem } from '../../../shared/features/lists/list-diff';

function item(itemKey: string, seq: number, overrides: Partial<DiffableItem> = {}): DiffableItem {
  return {
    itemKey,
    seq,
    title: `事项${itemKey}`,
    content: `内容${itemKey}`,
    legalBasis: '《中华人民共和国城市居民委员会组织法》',
    responsibleUnit: '区民政局',
    communityRole: '协助',
    remarks: '',
    ...overrides,
  };
}

const version1 = [item('a', 1), item('b', 2), item('c', 3)];

describe('comparing two versions of a list', () => {
  it('finds nothing between a version and its unchanged copy', () => {
    const diff = diffListItems(
      version1,
      version1.map((entry) => ({ ...entry })),
    );
    expect(diff).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('treats every item of a first version as added', () => {
    const diff = diffListItems([], version1);
    expect(diff.added.map((entry) => entry.itemKey)).toEqual(['a', 'b', 'c']);
    expect(diff.removed).toEqual([]);
  });

  it('reports added and removed items by key, in their own version’s order', () => {
    const next = [item('a', 1), item('d', 2), item('c', 3), item('e', 4)];
    const diff = diffListItems(version1, next);
    expect(diff.added.map((entry) => entry.itemKey)).toEqual(['d', 'e']);
    expect(diff.removed.map((entry) => entry.itemKey)).toEqual(['b']);
    expect(diff.changed).toEqual([]);
  });

  it('reports a changed item once, with exactly the fields that changed', () => {
    const next = [item('a', 1), item('b', 2, { title: '新名称', legalBasis: '新依据' }), item('c', 3)];
    const diff = diffListItems(version1, next);
    expect(diff.changed).toEqual([
      { itemKey: 'b', before: version1[1], after: next[1], fields: ['title', 'legalBasis'] },
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('does not count renumbering caused by a removal as a change or a reordering', () => {
    const diff = diffListItems(version1, [item('b', 1), item('c', 2)]);
    expect(diff).toEqual({ added: [], removed: [version1[0]], changed: [], reordered: false });
  });

  it('notices items kept in a different order', () => {
    const diff = diffListItems(version1, [item('c', 1), item('a', 2), item('b', 3)]);
    expect(diff.reordered).toBe(true);
    expect(diff.changed).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('reads versions by 序号 whatever order the items arrive in', () => {
    const diff = diffListItems([...version1].reverse(), version1);
    expect(diff.reordered).toBe(false);
  });

  it('keeps the newer version’s order for changed items', () => {
    const next = [item('c', 1, { remarks: '改' }), item('a', 2, { content: '改' }), item('b', 3)];
    expect(diffListItems(version1, next).changed.map((change) => change.itemKey)).toEqual(['c', 'a']);
  });
});
