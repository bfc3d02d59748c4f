// The app's own backups: on start when no good backup is a day young, on quit when the ledger changed
// since the newest good one, then the rotation; a failure is listed and logged, never thrown.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { automaticBackup } from '../../../../electron/backend/core/backup/automatic';
import { backupsDir } from '../../../../electron/backend/core/backup/backup-files';
import { listBackups } from '../../../../electron/backend/core/backup/list-backups';
import { takeBackup } from '../../../../electron/backend/core/backup/take-backup';
import { fixedNow, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { backupEnv } from '../../../fixtures/backups';
import { communityInput } from '../../../fixtures/builders';

let backend: TestBackend;
let logged: unknown[];
beforeEach(async () => {
  backend = await openTestBackend();
  logged = [];
});
afterEach(() => backend.dispose());

const hoursLater = (hours: number) => new Date(fixedNow.getTime() + hours * 3_600_000);
const run = (moment: 'start' | 'quit', now = fixedNow) =>
  automaticBackup(backend.context.db, backend.dbPath, moment, {
    now,
    env: backupEnv,
    log: (error) => logged.push(error),
  });

describe('the automatic backups', () => {
  it('backs up on start once a day, and audits it as the app’s own', async () => {
    expect(await backend.automaticBackup('start')).toMatchObject({ kind: 'daily', verified: { ok: true } });
    expect(await run('start', hoursLater(23))).toBeNull();
    expect(await run('start', hoursLater(25))).toMatchObject({ kind: 'daily' });
    const audit = await backend.as('administrator').call('audit.list', { entity: 'backup' });
    expect(audit.rows.map((row) => row.actor)).toEqual(['（自动备份）', '（自动备份）']);
  });

  it('backs up on quit only when the ledger changed since the newest backup', async () => {
    await run('start');
    // Signing in again is no change to the ledger.
    await backend.signInAgain();
    expect(await run('quit', hoursLater(1))).toBeNull();
    await backend.call('communities.create', communityInput({ name: '世纪城' }));
    const quit = await run('quit', hoursLater(2));
    expect(quit).toMatchObject({ kind: 'quit', verified: { ok: true } });
    expect(quit!.counts.community).toBe(1);
    expect(await run('quit', hoursLater(3))).toBeNull();
    expect(logged).toEqual([]);
  });

  it('rotates the automatic backups it keeps, leaving the manual ones', async () => {
    for (let day = 40; day >= 1; day -= 1) {
      const now = hoursLater(-24 * day);
      await takeBackup(backend.context.db, backend.dbPath, { kind: 'daily', now, env: backupEnv });
    }
    await takeBackup(backend.context.db, backend.dbPath, {
      kind: 'manual',
      now: hoursLater(-24 * 60),
      env: backupEnv,
    });
    await run('start');
    const records = listBackups(backend.dbPath);
    // The 14 newest days (today's included) and the newest of February, the one month before them.
    expect(records.filter((r) => r.kind === 'daily')).toHaveLength(15);
    expect(records.filter((r) => r.kind === 'manual')).toHaveLength(1);
    const files = fs.readdirSync(backupsDir(backend.dbPath));
    expect(files).toHaveLength(2 * records.length);
  });

  it('never throws when the backup fails: logged, and listed as failed', async () => {
    // The temporary name the backup writes to is taken by a folder: db.backup() cannot write it.
    const dir = backupsDir(backend.dbPath);
    fs.mkdirSync(path.join(dir, 'ledger-20260315-093000-daily.sqlite.partial'), { recursive: true });
    const record = await run('start');
    expect(record).toMatchObject({ kind: 'daily', sizeBytes: 0, verified: { ok: false } });
    expect(record!.verified.findings[0]).toMatch(/^备份未能写入：/);
    expect(logged).toHaveLength(1);
    expect(listBackups(backend.dbPath)[0]).toEqual(record);
  });

  it('never throws when the backups folder cannot be made', async () => {
    fs.writeFileSync(backupsDir(backend.dbPath), 'a file where the folder should be');
    expect(await run('start')).toBeNull();
    expect(logged).toHaveLength(1);
  });
});
