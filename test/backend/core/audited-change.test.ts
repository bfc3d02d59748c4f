// The audited-change helper on a real file: the change and its audit row commit together, with the
// action following what stood before, and a failure at any step leaves neither.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditedChange } from '../../../electron/backend/core/audited-change';
import { findCommunity, insertCommunity } from '../../../electron/backend/register/queries/communities';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

const count = (table: string) =>
  (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const century = { name: '世纪城', code: '', address: '官渡区世纪城', floorAreaM2: 1200, isPilot: false };

function createCommunity(summary: () => string) {
  return auditedChange(backend.contextAs(), {
    entity: 'community',
    before: () => null,
    write: () => insertCommunity(backend.db, century, 'now'),
    after: (id) => findCommunity(backend.db, id)!,
    summary,
  });
}

describe('an audited change', () => {
  it('records create when nothing stood before, and update with both states after', () => {
    const created = createCommunity(() => '新增社区：世纪城');
    const renamed = auditedChange(backend.contextAs(), {
      entity: 'community',
      before: () => findCommunity(backend.db, created.id)!,
      write: () => {
        backend.db.prepare("UPDATE community SET name = '凤凰山' WHERE id = ?").run(created.id);
        return created.id;
      },
      after: (id) => findCommunity(backend.db, id)!,
      summary: (after, before) => `${before!.name} 改名为 ${after.name}`,
    });
    const rows = backend.db
      .prepare(
        `SELECT action, entity_id AS id, summary, before_json AS beforeJson FROM audit_log
         WHERE entity = 'community' ORDER BY id`,
      )
      .all() as { action: string; id: number; summary: string; beforeJson: string | null }[];
    expect(rows.map(({ action, id, summary }) => ({ action, id, summary }))).toEqual([
      { action: 'create', id: created.id, summary: '新增社区：世纪城' },
      { action: 'update', id: created.id, summary: '世纪城 改名为 凤凰山' },
    ]);
    expect(rows[0]!.beforeJson).toBeNull();
    expect(JSON.parse(rows[1]!.beforeJson!)).toMatchObject({ name: '世纪城' });
    expect(renamed.name).toBe('凤凰山');
  });

  it('writes neither the change nor its audit row when a later step fails', () => {
    expect(() =>
      createCommunity(() => {
        throw new Error('the summary fails after the row was written');
      }),
    ).toThrow('the summary fails');
    expect(count('community')).toBe(0);
    expect(count("audit_log WHERE entity = 'community'")).toBe(0);
  });
});
