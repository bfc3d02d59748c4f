import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listKinds, sampleRemark, type ListVersionDetail } from '../../../shared/features/lists/contract';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { listItemInput } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

const publishedMessage = (label: string, versionNo: number) =>
  `${label}第 ${versionNo} 版已发布，不能再修改或删除；如需修订，请新建修订稿`;

describe('the lists shipped with the app', () => {
  it('has a published first version of each of the five lists, effective 2020-09-23', async () => {
    const overview = await backend.call('lists.overview', {});
    expect(overview.map((entry) => entry.kind)).toEqual([...listKinds]);
    for (const entry of overview) {
      expect(entry.current).toMatchObject({
        versionNo: 1,
        status: 'published',
        effectiveDate: '2020-09-23',
        approvedBy: '（内置初始内容）',
        copiedFromId: null,
      });
      expect(entry.draft).toBeNull();
    }
  });

  it('holds exactly one certificate, 经济困难证明, on the basis of 云政发〔2018〕23号', async () => {
    const { items, version } = await backend.call('lists.current', { kind: 'certificates' });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      seq: 1,
      title: '经济困难证明',
      isSample: false,
      remarks: '居民委员会只开具此一项证明',
    });
    expect(items[0]!.legalBasis).toContain('云政发〔2018〕23号');
    expect(version.sampleCount).toBe(0);
  });

  it('fills the other four lists with two to four samples, marked to be replaced by the official list', async () => {
    for (const kind of ['work_items', 'seal_usage', 'statutory_duties', 'assisting_duties'] as const) {
      const { items, version } = await backend.call('lists.current', { kind });
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.length).toBeLessThanOrEqual(4);
      expect(items.every((item) => item.isSample && item.remarks === sampleRemark)).toBe(true);
      expect(items.map((item) => item.seq)).toEqual(items.map((_, index) => index + 1));
      expect(version.sampleCount).toBe(items.length);
    }
  });
});

describe('preparing a new version', () => {
  it('starts as a draft copy of the current version, keeping each item’s key', async () => {
    const current = await backend.call('lists.current', { kind: 'work_items' });
    const draft = await backend.call('lists.startDraft', { kind: 'work_items' });
    expect(draft.version).toMatchObject({
      versionNo: 2,
      status: 'draft',
      effectiveDate: null,
      copiedFromId: current.version.id,
    });
    expect(draft.items.map(({ itemKey, title, seq }) => ({ itemKey, title, seq }))).toEqual(
      current.items.map(({ itemKey, title, seq }) => ({ itemKey, title, seq })),
    );
    expect((await backend.call('lists.overview', {}))[0]!.draft?.id).toBe(draft.version.id);
  });

  it('refuses a second draft of the same list, in the service and in the database', async () => {
    await backend.call('lists.startDraft', { kind: 'work_items' });
    const again = await backend.send('lists.startDraft', { kind: 'work_items' });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        field: 'kind',
        message: '社区工作事项清单已有修订稿（第 2 版），请继续编辑该修订稿，或先放弃它',
      },
    });
    expect(() =>
      backend.db
        .prepare(
          "INSERT INTO list_version (kind, version_no, status, created_at, updated_at) VALUES ('work_items', 3, 'draft', 'x', 'x')",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    await backend.call('lists.startDraft', { kind: 'seal_usage' }); // another list may have its own draft
  });

  it('is edited, published, and the history shows what it added, removed and changed', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'work_items' });
    const [first, second, third] = draft.items;
    await backend.call('lists.saveItem', {
      ...listItemInput(draft.version.id),
      itemId: first!.id,
      title: first!.title,
      content: '改写后的内容',
      remarks: '',
    });
    await backend.call('lists.deleteItem', { itemId: second!.id });
    await backend.call('lists.deleteItem', { itemId: third!.id });
    const added = await backend.call('lists.saveItem', listItemInput(draft.version.id));
    expect(added).toMatchObject({ seq: 2, isSample: false });

    const published = await backend.as('approver').call('lists.publish', {
      versionId: draft.version.id,
      effectiveDate: '2026-04-01',
      approvedBy: '官渡区和谐社区建设工作领导小组',
    });
    expect(published).toMatchObject({
      status: 'published',
      versionNo: 2,
      effectiveDate: '2026-04-01',
      publishedAt: '2026-03-15T09:30:00+08:00',
      itemCount: 2,
    });
    expect((await backend.call('lists.current', { kind: 'work_items' })).version.id).toBe(published.id);

    const [latest, original] = await backend.call('lists.history', { kind: 'work_items' });
    expect(latest!.comparedWithVersionNo).toBe(1);
    expect(latest!.added.map((item) => item.title)).toEqual(['协助开展全国经济普查']);
    expect(latest!.removed.map((item) => item.title)).toEqual([second!.title, third!.title]);
    expect(latest!.changed).toEqual([
      expect.objectContaining({
        itemKey: first!.itemKey,
        fields: ['content', 'legalBasis', 'responsibleUnit', 'communityRole', 'remarks'],
      }),
    ]);
    expect(latest!.reordered).toBe(false);
    expect(original).toMatchObject({ comparedWithVersionNo: null, removed: [], changed: [] });
    expect(original!.added).toHaveLength(3);
  });

  it('keeps the items numbered 1..n after a deletion and in the order given', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'work_items' });
    const [a, b, c] = draft.items;
    const reordered = await backend.call('lists.reorder', {
      versionId: draft.version.id,
      itemIds: [c!.id, a!.id, b!.id],
    });
    expect(reordered.items.map((item) => [item.seq, item.id])).toEqual([
      [1, c!.id],
      [2, a!.id],
      [3, b!.id],
    ]);
    const afterDelete = await backend.call('lists.deleteItem', { itemId: c!.id });
    expect(afterDelete.items.map((item) => [item.seq, item.id])).toEqual([
      [1, a!.id],
      [2, b!.id],
    ]);
    const incomplete = await backend.send('lists.reorder', { versionId: draft.version.id, itemIds: [a!.id] });
    expect(!incomplete.ok && incomplete.error).toMatchObject({
      field: 'itemIds',
      message: '排列顺序：须列出修订稿的全部事项，每项一次',
    });
  });

  it('refuses to publish while shipped samples remain, naming them', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'seal_usage' });
    const result = await backend.as('approver').send('lists.publish', {
      versionId: draft.version.id,
      effectiveDate: '2026-04-01',
      approvedBy: '领导小组',
    });
    expect(!result.ok && result.error.message).toBe(
      `社区印章使用清单修订稿还有 2 项示例事项（第 1 项「${draft.items[0]!.title}」、第 2 项「${draft.items[1]!.title}」），发布前请用官方清单导入替换，或修改、删除这些事项`,
    );
  });

  it('refuses an effective date before the current version’s', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'certificates' });
    const result = await backend.as('approver').send('lists.publish', {
      versionId: draft.version.id,
      effectiveDate: '2020-09-22',
      approvedBy: '领导小组',
    });
    expect(!result.ok && result.error).toMatchObject({
      field: 'effectiveDate',
      message: '生效日期：不能早于现行第 1 版的生效日期 2020-09-23',
    });
  });

  it('can be discarded, and the next draft takes its number', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'certificates' });
    await backend.call('lists.saveItem', listItemInput(draft.version.id));
    expect(await backend.call('lists.discardDraft', { versionId: draft.version.id })).toEqual({
      id: draft.version.id,
    });
    expect(await backend.call('lists.versions', { kind: 'certificates' })).toHaveLength(1);
    expect((await backend.call('lists.startDraft', { kind: 'certificates' })).version.versionNo).toBe(2);
  });

  it('writes an audit row for every change', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'certificates' });
    const item = await backend.call('lists.saveItem', listItemInput(draft.version.id));
    await backend.call('lists.saveItem', {
      ...listItemInput(draft.version.id),
      itemId: item.id,
      remarks: '补充',
    });
    await backend.call('lists.deleteItem', { itemId: item.id });
    await backend.as('approver').call('lists.publish', {
      versionId: draft.version.id,
      effectiveDate: '2026-03-15',
      approvedBy: '领导小组',
    });
    // The fixture's own rows (its users created and signed in) come before the test's.
    const rows = (await backend.call('audit.list', {})).rows
      .filter((row) => row.entity !== 'user')
      .map((row) => [row.entity, row.action]);
    expect(rows).toEqual([
      ['list_version', 'publish'],
      ['list_item', 'delete'],
      ['list_item', 'update'],
      ['list_item', 'create'],
      ['list_version', 'create'],
    ]);
  });
});

describe('a published version', () => {
  let published: ListVersionDetail;
  beforeEach(async () => {
    published = await backend.call('lists.current', { kind: 'work_items' });
  });

  it('refuses every change through the channels and leaves the database unchanged', async () => {
    const versionId = published.version.id;
    const item = published.items[0]!;
    const before = fingerprint(backend.dbPath);
    const refusals = [
      await backend.send('lists.saveItem', listItemInput(versionId)),
      await backend.send('lists.saveItem', { ...listItemInput(versionId), itemId: item.id }),
      await backend.send('lists.deleteItem', { itemId: item.id }),
      await backend.send('lists.reorder', {
        versionId,
        itemIds: published.items.map((entry) => entry.id).reverse(),
      }),
      await backend
        .as('approver')
        .send('lists.publish', { versionId, effectiveDate: '2026-04-01', approvedBy: '领导小组' }),
      await backend.send('lists.discardDraft', { versionId }),
    ];
    for (const refusal of refusals) {
      expect(refusal).toEqual({
        ok: false,
        error: { code: 'conflict', message: publishedMessage('社区工作事项清单', 1) },
      });
    }
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('is frozen by the database itself, whatever SQL is run', async () => {
    const draft = await backend.call('lists.startDraft', { kind: 'work_items' });
    const run =
      (sql: string, ...params: unknown[]) =>
      () =>
        backend.db.prepare(sql).run(...params);
    const id = published.version.id;
    expect(run('UPDATE list_version SET approved_by = ? WHERE id = ?', '某人', id)).toThrow(/immutable/);
    expect(run("UPDATE list_version SET status = 'draft' WHERE id = ?", id)).toThrow(/immutable/);
    expect(run('DELETE FROM list_version WHERE id = ?', id)).toThrow(/immutable/);
    expect(
      run("INSERT INTO list_item (version_id, item_key, seq, title) VALUES (?, 'x', 99, '插入')", id),
    ).toThrow(/immutable/);
    expect(run("UPDATE list_item SET title = '改' WHERE version_id = ?", id)).toThrow(/immutable/);
    expect(run('DELETE FROM list_item WHERE version_id = ?', id)).toThrow(/immutable/);
    expect(run('UPDATE list_item SET version_id = ?, seq = 99 WHERE id = ?', id, draft.items[0]!.id)).toThrow(
      /immutable/,
    );
    expect((await backend.call('lists.version', { versionId: id })).items).toEqual(published.items);
  });
});
