// The audit log's actions are rows of audit_action (0006), not a CHECK: an unknown action is refused, and
// a later feature adds its word in its own migration without touching a shipped one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/backend/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/backend/core/db/migrate';
import { auditActions } from '../../../shared/contract/audit';
import { makeTempDir } from '../../fixtures/backend';

/** What 0013 gives a row written before it: its link in the audit chain, no posted record's hash. */
const chained = { record_hash: null, row_hash: expect.stringMatching(/^[0-9a-f]{64}$/) };
const migrations = loadMigrations();

function tempDb(): Db {
  return openDatabase(path.join(makeTempDir(), 'ledger.sqlite'));
}

const insertAudit = (db: Db, action: string) =>
  db
    .prepare(
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES ('t', 'x', ?, 'community', 1, '摘要')",
    )
    .run(action);

describe('the audit-action vocabulary', () => {
  it('holds exactly the actions the contract names', async () => {
    const db = tempDb();
    await migrate(db, migrations);
    const codes = (db.prepare('SELECT code FROM audit_action ORDER BY code').all() as { code: string }[]).map(
      (row) => row.code,
    );
    expect(codes).toEqual([...auditActions].sort());
    db.close();
  });

  it('refuses an action it does not hold, and a later migration can add one', async () => {
    const db = tempDb();
    await migrate(db, migrations);
    expect(() => insertAudit(db, 'pay')).toThrow(/FOREIGN KEY constraint failed/);
    const addsPay = {
      version: migrations.length + 1,
      name: 'contracts',
      sql: "INSERT INTO audit_action (code) VALUES ('pay');",
    };
    await migrate(db, [...migrations, addsPay]);
    expect(() => insertAudit(db, 'pay')).not.toThrow();
    expect(() => db.prepare("DELETE FROM audit_action WHERE code = 'withdraw'").run()).toThrow(
      /never removed/,
    );
    db.close();
  });

  it('keeps every audit row, its id and the append-only triggers when 0006 rebuilds audit_log', async () => {
    const db = tempDb();
    const vocabulary = migrations.findIndex((migration) => migration.name === 'audit_vocabulary');
    await migrate(db, migrations.slice(0, vocabulary));
    db.exec(`INSERT INTO audit_log (id, at, actor, action, entity, entity_id, summary, before_json, after_json) VALUES
      (3, 't1', 'x', 'create', 'community', 7, '新增', NULL, '{"a":1}'),
      (9, 't2', 'y', 'withdraw', 'access_request', 1, '撤回', '{"b":2}', NULL)`);
    const before = db.prepare('SELECT * FROM audit_log ORDER BY id').all();
    await migrate(db, migrations);
    // 0009 adds the user's id, which rows from before users existed do not have; 0013 chains them.
    expect(db.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(
      (before as Record<string, unknown>[]).map((row) => ({ ...row, user_id: null, ...chained })),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare("UPDATE audit_log SET summary = '改' WHERE id = 3").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });

  it('leaves no CHECK on the action in the schema', () => {
    const sql = fs.readFileSync(path.resolve('test/fixtures/schema.snapshot.sql'), 'utf8');
    const auditLog = sql.slice(sql.indexOf('CREATE TABLE "audit_log"'));
    expect(auditLog.slice(0, auditLog.indexOf(';'))).toContain(
      'action      TEXT NOT NULL REFERENCES audit_action (code)',
    );
  });
});
