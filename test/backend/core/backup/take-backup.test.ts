// A backup is taken with db.backup(), verified after writing and listed with what it holds; a copy that
// is damaged afterwards fails the check it is given before a restore.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../../../electron/backend/core/backup/backup-files';
import { listBackups, newestVerifiedBackup } from '../../../../electron/backend/core/backup/list-backups';
import { takeBackup } from '../../../../electron/backend/core/backup/take-backup';
import { verifyBackup } from '../../../../electron/backend/core/backup/verify-backup';
import { fixedNow, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { backupEnv, ledgerRows, ledgerRowsOfFile } from '../../../fixtures/backups';
import { communityInput } from '../../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await backend.call('communities.create', communityInput({ name: '世纪城' }));
});
afterEach(() => backend.dispose());

const take = (kind: 'manual' | 'daily' = 'manual', now = fixedNow) =>
  takeBackup(backend.context.db, backend.dbPath, { kind, now, env: backupEnv });

describe('takeBackup', () => {
  it('writes a verified copy holding every row, with a sidecar, and lists it', async () => {
    const progress: string[] = [];
    const record = await takeBackup(backend.context.db, backend.dbPath, {
      kind: 'manual',
      now: fixedNow,
      env: backupEnv,
      onProgress: (phase) => progress.push(phase),
    });
    expect(record).toMatchObject({
      fileName: 'ledger-20260315-093000-manual.sqlite',
      kind: 'manual',
      takenAt: '2026-03-15T09:30:00+08:00',
      verified: { ok: true, findings: [] },
    });
    expect(record.counts.community).toBe(1);
    expect(record.schemaVersion).toBeGreaterThanOrEqual(13);
    expect(record.lastAuditId).toBe(
      (backend.context.db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id,
    );
    const file = path.join(backupsDir(backend.dbPath), record.fileName);
    expect(record.sizeBytes).toBe(fs.statSync(file).size);
    expect(ledgerRowsOfFile(file)).toEqual(ledgerRows(backend.context.db));
    expect(fs.existsSync(file.replace(/\.sqlite$/, '.json'))).toBe(true);
    expect(progress).toContain('copying');
    expect(progress.at(-1)).toBe('verifying');
    expect(listBackups(backend.dbPath)).toEqual([record]);
    expect(newestVerifiedBackup(backend.dbPath)).toEqual(record);
  });

  it('leaves one self-contained file: no -wal or -shm beside the copy', async () => {
    const record = await take();
    const names = fs.readdirSync(backupsDir(backend.dbPath));
    expect(names.sort()).toEqual([record.fileName, record.fileName.replace(/\.sqlite$/, '.json')].sort());
  });

  it('names two backups of the same second apart and lists the newest first', async () => {
    const first = await take('daily', new Date('2026-03-14T08:00:00+08:00'));
    const second = await take();
    const third = await take();
    expect(third.fileName).toBe('ledger-20260315-093000-manual-2.sqlite');
    expect(listBackups(backend.dbPath).map((r) => r.fileName)).toEqual([
      third.fileName,
      second.fileName,
      first.fileName,
    ]);
  });

  it('lists a copy without a sidecar (an older pre-migration copy) as 未校验, with its schema version', async () => {
    const dir = backupsDir(backend.dbPath);
    fs.mkdirSync(dir, { recursive: true });
    const old = path.join(dir, 'ledger-v12-2026-01-02T03-04-05-000Z.sqlite');
    await backend.context.db.backup(old);
    const [record] = listBackups(backend.dbPath);
    expect(record).toMatchObject({ fileName: path.basename(old), kind: 'beforeMigration', counts: {} });
    expect(record!.schemaVersion).toBeGreaterThanOrEqual(13);
    expect(record!.verified).toEqual({ ok: false, findings: ['未校验'] });
    expect(newestVerifiedBackup(backend.dbPath)).toBeNull();
  });
});

describe('verifyBackup', () => {
  it('fails a truncated copy', async () => {
    const record = await take();
    const file = path.join(backupsDir(backend.dbPath), record.fileName);
    fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    const verification = verifyBackup(file, backupEnv);
    expect(verification.ok).toBe(false);
    expect(verification.findings.join('')).toMatch(/损坏|integrity_check|无法打开|读取失败/);
  });

  it('fails a copy whose bytes were overwritten in the middle', async () => {
    const record = await take();
    const file = path.join(backupsDir(backend.dbPath), record.fileName);
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 3 + 2048);
    fs.writeFileSync(file, bytes);
    expect(verifyBackup(file, backupEnv).ok).toBe(false);
  });

  it("fails a copy edited behind the app's back (the app's own check)", async () => {
    const record = await take();
    const file = path.join(backupsDir(backend.dbPath), record.fileName);
    const db = new Database(file);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec("UPDATE audit_log SET summary = '改过' WHERE id = 1");
    db.close();
    const verification = verifyBackup(file, backupEnv);
    expect(verification.ok).toBe(false);
    expect(verification.findings.length).toBeGreaterThan(0);
  });

  it('fails a file that is not a database, in Chinese', () => {
    const file = path.join(backend.dir, 'not-a-db.sqlite');
    fs.writeFileSync(file, 'PK\u0003\u0004 this is a zip, not a ledger'.repeat(100));
    const verification = verifyBackup(file, backupEnv);
    expect(verification.ok).toBe(false);
    expect(verification.findings[0]).toMatch(/不是台账数据库/);
  });

  it('fails a zero-length file: it holds no ledger', () => {
    const file = path.join(backend.dir, 'empty.sqlite');
    fs.writeFileSync(file, '');
    expect(verifyBackup(file, backupEnv)).toMatchObject({ ok: false });
  });
});
