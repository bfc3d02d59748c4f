// The audit chain as the app keeps it, on a real file: every row the app writes links to the one before
// and carries the hash of the posted record it names; a file from before migration 0013 is chained by that
// migration, in its transaction, and passes `cli check`; the app's own connection refuses REPLACE too.
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../../../electron/backend/api/integrity';
import { openDatabase } from '../../../../electron/backend/core/db/connection';
import { loadMigrations, migrate } from '../../../../electron/backend/core/db/migrate';
import { auditChainFindings } from '../../../../electron/backend/core/tamper/audit-chain';
import { makeTempDir, openTestBackend } from '../../../fixtures/backend';
import { communityInput } from '../../../fixtures/builders';

const dir = makeTempDir('ledger-chain-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the hash-chained audit log', () => {
  it('links each row the app writes to the one before, and passes check', async () => {
    const backend = await openTestBackend();
    try {
      await backend.call('communities.create', communityInput({ name: '链条社区' }));
      const rows = backend.db.prepare('SELECT id, row_hash FROM audit_log ORDER BY id').all() as {
        id: number;
        row_hash: string | null;
      }[];
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.row_hash ?? ''))).toBe(true);
      expect(new Set(rows.map((row) => row.row_hash)).size).toBe(rows.length);
      expect(auditChainFindings(backend.db)).toEqual([]);
      expect(checkIntegrity(backend.db)).toEqual({ ok: true, findings: [] });
    } finally {
      backend.dispose();
    }
  });

  it('chains the rows of a file written before 0013 when it is migrated', async () => {
    const file = path.join(dir, 'v12.sqlite');
    const db = openDatabase(file);
    const migrations = loadMigrations();
    await migrate(db, migrations.slice(0, 12));
    const insert = db.prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES ('t', '赵敏', 'create', 'community', ?, ?)",
    );
    for (let id = 1; id <= 50; id += 1) insert.run(id, `新增社区 ${id}`);
    await migrate(db, migrations, { backupDir: dir });
    const unchained = db.prepare('SELECT count(*) FROM audit_log WHERE row_hash IS NULL').pluck().get();
    expect(unchained).toBe(0);
    expect(checkIntegrity(db)).toEqual({ ok: true, findings: [] });
    // The migration's one permitted UPDATE is spent: a chained row's hash cannot be set again.
    expect(() => db.prepare('UPDATE audit_log SET row_hash = ? WHERE id = 1').run('0'.repeat(64))).toThrow(
      /append-only/,
    );
    db.close();
  });

  it("refuses INSERT OR REPLACE over an audit row on the app's own connection too", async () => {
    const backend = await openTestBackend();
    try {
      expect(() =>
        backend.db
          .prepare(
            "INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity, summary) VALUES (1, 't', 'x', 'update', 'office', '伪造')",
          )
          .run(),
      ).toThrow(/append-only/);
    } finally {
      backend.dispose();
    }
  });
});
