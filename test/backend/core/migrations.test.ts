import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/core/db/connection';
import {
  loadMigrations,
  migrate,
  NewerDatabaseError,
  type Migration,
} from '../../../electron/backend/core/db/migrate';
import { makeTempDir } from '../../fixtures/backend';

/** What 0013 gives a row written before it: its link in the audit chain, no posted record's hash. */
const chained = { record_hash: null, row_hash: expect.stringMatching(/^[0-9a-f]{64}$/) };
const snapshotPath = path.resolve('test/fixtures/schema.snapshot.sql');
const dirs: string[] = [];

function tempDbPath(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, 'ledger.sqlite');
}

function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare(
      "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { sql: string }[];
  return `${rows.map((row) => `${row.sql};`).join('\n\n')}\n`;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('opening and migrating the database', () => {
  it('sets WAL, synchronous=FULL, foreign keys, recursive triggers and a busy timeout on open', () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('recursive_triggers', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('migrates an empty database to the committed schema snapshot', async () => {
    const db = openDatabase(tempDbPath());
    const result = await migrate(db, loadMigrations());
    expect(result).toMatchObject({ from: 0, to: loadMigrations().length, backupPath: null });
    const schema = schemaOf(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') fs.writeFileSync(snapshotPath, schema);
    expect(schema).toBe(fs.readFileSync(snapshotPath, 'utf8'));
  });

  it('refuses a database written by a newer version with a clear message', async () => {
    const db = openDatabase(tempDbPath());
    db.pragma('user_version = 99');
    await expect(migrate(db, loadMigrations())).rejects.toThrow(NewerDatabaseError);
    await expect(migrate(db, loadMigrations())).rejects.toThrow(/高于本程序支持的版本/);
    db.close();
  });

  it('copies a non-empty database with db.backup() before migrating it', async () => {
    const dbPath = tempDbPath();
    const first: Migration = { version: 1, name: 'first', sql: 'CREATE TABLE t (x INTEGER);' };
    const second: Migration = { version: 2, name: 'second', sql: 'ALTER TABLE t ADD COLUMN y TEXT;' };
    const db = openDatabase(dbPath);
    await migrate(db, [first]);
    db.prepare('INSERT INTO t (x) VALUES (42)').run();
    const result = await migrate(db, [first, second], { now: new Date('2026-03-15T00:00:00Z') });
    db.close();
    expect(result).toMatchObject({ from: 1, to: 2 });
    expect(result.backupPath).not.toBeNull();
    const copy = new Database(result.backupPath!, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT x FROM t').all()).toEqual([{ x: 42 }]);
    copy.close();
  });

  it('applies each migration in one transaction: a failing one leaves nothing behind', async () => {
    const db = openDatabase(tempDbPath());
    const good: Migration = { version: 1, name: 'good', sql: 'CREATE TABLE a (x INTEGER);' };
    const bad: Migration = {
      version: 2,
      name: 'bad',
      sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);',
    };
    await expect(migrate(db, [good, bad])).rejects.toThrow(/nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all();
    expect(tables).toEqual([{ name: 'a' }]);
    db.close();
  });

  it('numbers the shipped migrations without gaps', () => {
    const migrations = loadMigrations();
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });

  it('keeps every access request, its communities and the audit log when 0004 rebuilds them', async () => {
    const db = openDatabase(tempDbPath());
    const migrations = loadMigrations();
    const withdrawal = migrations.findIndex((migration) => migration.name === 'access_withdrawal');
    await migrate(db, migrations.slice(0, withdrawal));
    db.exec(`
      INSERT INTO community (id, name, code, created_at, updated_at) VALUES (7, '世纪城', 'SJC', 'x', 'x');
      INSERT INTO access_request (request_year, request_seq, status, requesting_department, title, content, reason,
        requested_start_date, submitted_date, submitted_by, submitted_at)
      VALUES (2026, 1, 'submitted', '局', '事项', '内容', '理由', '2026-04-01', '2026-03-10', 'x', 'x');
      INSERT INTO access_request_community (request_id, community_id) VALUES (1, 7);
      UPDATE access_request SET status = 'reviewed', review_opinion = '同意', reviewed_by = 'y', reviewed_at = 'y';
      INSERT INTO audit_log (at, actor, action, entity, entity_id, summary) VALUES ('t', 'x', 'review', 'access_request', 1, '审核');
    `);
    const before = {
      requests: db.prepare('SELECT * FROM access_request').all(),
      links: db.prepare('SELECT * FROM access_request_community').all(),
      audit: db.prepare('SELECT * FROM audit_log').all(),
    };
    await migrate(db, migrations);
    expect(db.prepare('SELECT * FROM access_request_community').all()).toEqual(before.links);
    // 0009 adds the user's id, which rows from before users existed do not have; 0013 chains them.
    expect(db.prepare('SELECT * FROM audit_log').all()).toEqual(
      (before.audit as Record<string, unknown>[]).map((row) => ({ ...row, user_id: null, ...chained })),
    );
    const requests = db.prepare('SELECT * FROM access_request').all() as Record<string, unknown>[];
    expect(requests).toEqual(
      (before.requests as Record<string, unknown>[]).map((row) => ({
        ...row,
        withdraw_reason: null,
        withdrawn_by: null,
        withdrawn_at: null,
      })),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(() => db.prepare("UPDATE audit_log SET summary = '改' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM access_request').run()).toThrow(/never deleted/);
    db.close();
  });
});
