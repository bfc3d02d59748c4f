import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import {
  communityInput,
  createCommunityWithCourtyards,
  profileInput,
  threeCourtyards,
} from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

describe('the community register', () => {
  it('creates a community and reads it back from the file', async () => {
    const created = await backend.call(
      'communities.create',
      communityInput({ name: '世纪城', floorAreaM2: 1260.5, isPilot: true }),
    );
    const detail = await backend.call('communities.get', { id: created.id });
    expect(detail.community).toMatchObject({
      name: '世纪城',
      floorAreaM2: 1260.5,
      isPilot: true,
      status: 'active',
    });
    expect(detail.isReferenced).toBe(false);
  });

  it('trims the name and refuses a second community of the same name, naming the field', async () => {
    await backend.call('communities.create', communityInput({ name: '世纪城' }));
    const result = await backend.send('communities.create', communityInput({ name: '  世纪城 ' }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: '社区名称：“世纪城”已存在', field: 'name' },
    });
  });

  it('refuses a code already used by another community', async () => {
    await backend.call('communities.create', communityInput({ name: '甲', code: '530111001001' }));
    const result = await backend.send(
      'communities.create',
      communityInput({ name: '乙', code: '530111001001' }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      field: 'code',
      message: '社区代码：“530111001001”已被社区“甲”使用',
    });
  });

  it('refuses an empty name in Chinese, naming the field', async () => {
    const result = await backend.send('communities.create', communityInput({ name: '   ' }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '社区名称：不能为空', field: 'name' },
    });
  });

  it('compares names after normalising them: NFC, trimmed, no invisible characters', async () => {
    await backend.call('communities.create', communityInput({ name: '世纪城' }));
    // A decomposed é (e + combining acute) looks the same as the composed one: one name, not two.
    const composed = await backend.call('communities.create', communityInput({ name: 'Cafe\u0301 ' }));
    expect(composed.name).toBe('Caf\u00e9');
    const twin = await backend.send('communities.create', communityInput({ name: 'Caf\u00e9' }));
    expect(!twin.ok && twin.error.message).toBe('社区名称：“Café”已存在');
    const count = (await backend.call('communities.list', { search: '', status: 'all' })).length;
    for (const name of [
      '世纪城\u200b',
      '\u0000世纪城',
      '世纪\u202e城',
      '世纪\ufeff城',
      '世纪\n城',
      '世纪城\u0085',
    ]) {
      const result = await backend.send('communities.create', communityInput({ name }));
      expect(result.ok, JSON.stringify(name)).toBe(false);
      expect(!result.ok && result.error).toMatchObject({ code: 'invalid_input', field: 'name' });
      expect(!result.ok && result.error.message).toMatch(/^社区名称：不能(包含|换行)/);
    }
    expect(backend.loggedErrors).toEqual([]);
    expect(await backend.call('communities.list', { search: '', status: 'all' })).toHaveLength(count);
  });

  it('finds a name stored before these checks, zero-width space and all, as the same name', async () => {
    const stored = await backend.call('communities.create', communityInput({ name: '世纪城' }));
    backend.db.prepare('UPDATE community SET name = ? WHERE id = ?').run('世纪城\u200b', stored.id);
    const twin = await backend.send('communities.create', communityInput({ name: '世纪城' }));
    expect(!twin.ok && twin.error).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('keeps line breaks in multi-line text only', async () => {
    const community = await backend.call('communities.create', communityInput());
    const request = await backend.send('communities.update', {
      id: community.id,
      ...communityInput({ name: community.name, address: '官渡区\n测试路' }),
    });
    expect(!request.ok && request.error).toMatchObject({ field: 'address', message: '地址：不能换行' });
    const standard = (await backend.call('standards.list', {}))[0]!;
    const saved = await backend.as('administrator').call('standards.save', {
      ...standard,
      effectiveYear: 2030,
      note: ' 第一行\r\n第二行 ',
    });
    expect(saved.note).toBe('第一行\n第二行');
  });

  it('refuses a floor area with three decimals', async () => {
    const result = await backend.send('communities.create', communityInput({ floorAreaM2: 1000.123 }));
    expect(!result.ok && result.error).toMatchObject({
      field: 'floorAreaM2',
      message: '办公及公益用房面积：最多保留两位小数',
    });
  });

  it('updates a community and keeps before and after in the audit log', async () => {
    const created = await backend.call('communities.create', communityInput({ name: '关上' }));
    await backend.call('communities.update', {
      ...communityInput({ name: '关上' }),
      id: created.id,
      floorAreaM2: 900,
    });
    const audit = await backend.call('audit.list', { entity: 'community', action: 'update' });
    expect(audit.total).toBe(1);
    expect(audit.rows[0]).toMatchObject({
      entityId: created.id,
      summary: '修改社区：关上',
      before: { floorAreaM2: 1200 },
      after: { floorAreaM2: 900 },
    });
    expect(audit.rows[0]!.at).toBe('2026-03-15T09:30:00+08:00');
  });

  it('archives a referenced community instead of deleting it, and restores it', async () => {
    const { community } = await createCommunityWithCourtyards(backend, threeCourtyards);
    const refused = await backend.send('communities.delete', { id: community.id });
    expect(!refused.ok && refused.error.message).toContain('不能删除，只能归档');
    expect((await backend.call('communities.archive', { id: community.id })).status).toBe('archived');
    expect(await backend.call('communities.list', {})).toHaveLength(0);
    expect(await backend.call('communities.list', { status: 'archived' })).toHaveLength(1);
    const editWhileArchived = await backend.send('courtyards.create', {
      communityId: community.id,
      name: '新院',
      type: 'public_unit',
    });
    expect(!editWhileArchived.ok && editWhileArchived.error.message).toContain('已归档，请先恢复');
    expect((await backend.call('communities.restore', { id: community.id })).status).toBe('active');
  });

  it('deletes a community nothing refers to, with an audit row', async () => {
    const created = await backend.call('communities.create', communityInput({ name: '错录社区' }));
    await backend.call('communities.delete', { id: created.id });
    expect(await backend.send('communities.get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const audit = await backend.call('audit.list', { action: 'delete' });
    expect(audit.rows[0]).toMatchObject({
      summary: '删除社区：错录社区',
      before: { name: '错录社区' },
      after: null,
    });
  });

  it('lists with search, and summarises the latest profile and its compliance issues', async () => {
    const { community, courtyards } = await createCommunityWithCourtyards(backend, threeCourtyards, {
      name: '世纪城',
      floorAreaM2: 800,
    });
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    await backend.call(
      'profiles.save',
      profileInput(community.id, {
        totalHouseholds: 300,
        socialWorkers: 2,
        courtyardHouseholds: courtyards.map((courtyard) => ({ courtyardId: courtyard.id, households: 100 })),
      }),
    );
    const found = await backend.call('communities.list', { search: '世纪' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      courtyardCount: 3,
      latestYear: 2026,
      latestHouseholds: 300,
      complianceIssues: 2,
    });
  });

  it('treats % and _ in the search box as plain characters', async () => {
    await backend.call('communities.create', communityInput({ name: '世纪城' }));
    expect(await backend.call('communities.list', { search: '%' })).toHaveLength(0);
  });
});
