import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import {
  communityInput,
  createCommunityWithCourtyards,
  profileInput,
  threeCourtyards,
} from '../../fixtures/builders';

const opened: TestBackend[] = [];
async function open(options: Parameters<typeof openTestBackend>[0] = {}) {
  const backend = await openTestBackend(options);
  opened.push(backend);
  return backend;
}
afterEach(() => opened.splice(0).forEach((backend) => backend.dispose()));

function fingerprint(dbPath: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of [dbPath, `${dbPath}-wal`])
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'absent');
  return hash.digest('hex');
}

describe('a rejected change changes nothing', () => {
  it('leaves the database file byte-for-byte unchanged after inputs refused by the schema or by a rule', async () => {
    const backend = await open();
    const { community, courtyards } = await createCommunityWithCourtyards(backend, threeCourtyards, {
      name: '世纪城',
    });
    const before = fingerprint(backend.dbPath);

    const refusals = await Promise.all([
      backend.send('communities.create', communityInput({ name: '' })),
      backend.send('communities.create', communityInput({ name: '世纪城' })),
      backend.send('communities.update', {
        ...communityInput({ name: '世纪城' }),
        id: community.id,
        floorAreaM2: -1,
      }),
      backend.send('profiles.save', profileInput(community.id, { year: 1999 })),
      backend.send(
        'profiles.save',
        profileInput(community.id, {
          courtyardHouseholds: [
            { courtyardId: courtyards[0]!.id, households: 1 },
            { courtyardId: courtyards[0]!.id, households: 2 },
          ],
        }),
      ),
      backend.send('courtyards.create', { communityId: 9999, name: '无主院', type: 'public_unit' }),
      backend.send('communities.archive', { id: 'x' as never }),
    ]);

    expect(refusals.every((result) => !result.ok)).toBe(true);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('rolls the change back when its audit row cannot be written', async () => {
    // A trigger of this connection only refuses the community's audit row, after the community row is in.
    const backend = await open();
    backend.db.exec(`CREATE TEMP TRIGGER refuse_community_audit BEFORE INSERT ON main.audit_log
      WHEN NEW.entity = 'community' BEGIN SELECT RAISE(ABORT, 'audit row refused by the test'); END`);
    const result = await backend.send('communities.create', communityInput({ name: '半截记录' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(String(backend.loggedErrors[0])).toContain('audit row refused by the test');
    const count = backend.db.prepare('SELECT count(*) AS n FROM community').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('commits the audit row together with its change', async () => {
    const backend = await open();
    const created = await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const rows = backend.db
      .prepare("SELECT entity_id, action FROM audit_log WHERE entity = 'community'")
      .all();
    expect(rows).toEqual([{ entity_id: created.id, action: 'create' }]);
  });

  it('refuses to edit or delete an audit row', async () => {
    const backend = await open();
    await backend.call('communities.create', communityInput());
    expect(() => backend.db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => backend.db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});

describe('the dispatcher', () => {
  it('answers an unknown channel with a Chinese refusal instead of throwing', async () => {
    const backend = await open();
    expect(await backend.dispatch('db.exec', { sql: 'DROP TABLE community' }, backend.caller)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
  });

  it('refuses a wrongly typed field with a message naming it', async () => {
    const backend = await open();
    const result = await backend.dispatch(
      'profiles.save',
      { ...profileInput(1), totalHouseholds: '三千' },
      backend.caller,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: '总户数：必须填写数字', field: 'totalHouseholds' },
    });
  });

  it('filters the audit log by object, action and date', async () => {
    const backend = await open();
    const { community } = await createCommunityWithCourtyards(backend, threeCourtyards);
    await backend.call('communities.archive', { id: community.id });
    const page = await backend.call('audit.list', {
      entity: 'courtyard',
      from: '2026-03-15',
      to: '2026-03-15',
      limit: 2,
    });
    expect(page.total).toBe(3);
    expect(page.rows).toHaveLength(2);
    expect((await backend.call('audit.list', { from: '2026-03-16' })).total).toBe(0);
    expect((await backend.call('audit.list', { action: 'archive' })).rows[0]!.summary).toContain('归档社区');
  });
});
