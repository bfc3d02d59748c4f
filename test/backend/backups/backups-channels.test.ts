// The backups' channels as 管理员 calls them: the list, a backup now with its progress, a backup's bytes,
// what a restore would lose; and the refusals (another role, a name not in the list, a path), which
// change nothing.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restoringMessage } from '../../../electron/backend/api/call-gate';
import { backupPathOf } from '../../../electron/backend/core/backup/list-backups';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityInput } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await backend.call('communities.create', communityInput({ name: '世纪城' }));
});
afterEach(() => backend.dispose());

const admin = () => backend.as('administrator');

describe('the backups channels', () => {
  it('lists the backups with their folder and the ledger’s newest audit row', async () => {
    const record = await admin().call('backups.create', {});
    const list = await admin().call('backups.list', {});
    expect(list.records).toEqual([record]);
    expect(list.folder).toBe(`${backend.dir}/backups`);
    // The backup's own audit row is written after the copy: one row newer than the copy holds.
    expect(list.newestAuditId).toBe(record.lastAuditId! + 1);
    expect(await admin().call('backups.progress', {})).toEqual({ running: false, phase: null, percent: 100 });
  });

  it('audits a backup taken on request, naming who asked', async () => {
    const record = await admin().call('backups.create', {});
    const audit = await admin().call('audit.list', { entity: 'backup' });
    expect(audit.rows[0]).toMatchObject({ actor: '管理员甲', action: 'create' });
    expect(audit.rows[0]!.summary).toBe(`手动备份 ${record.fileName}（校验通过）`);
  });

  it('exports a backup’s bytes under a name that says its date, never a path', async () => {
    const record = await admin().call('backups.create', {});
    const file = await admin().call('backups.export', { fileName: record.fileName });
    expect(file.fileName).toBe('台账备份-2026-03-15-0930.sqlite');
    expect(Buffer.from(file.bytes)).toEqual(fs.readFileSync(backupPathOf(backend.dbPath, record)));
  });

  it('previews a restore: the changes since the backup, counted by what they were', async () => {
    const record = await admin().call('backups.create', {});
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    await backend.call('communities.create', communityInput({ name: '螺蛳湾' }));
    const preview = await admin().call('backups.restorePreview', { fileName: record.fileName });
    expect(preview.backup.fileName).toBe(record.fileName);
    expect(preview.changes).toEqual([
      { action: 'create', entity: 'community', label: '新增社区', count: 2 },
      { action: 'create', entity: 'backup', label: '新增备份', count: 1 },
    ]);
    expect(preview.total).toBe(3);
  });

  it('previews the undo of a restore by the shared history, though the row numbers overlap', async () => {
    const record = await admin().call('backups.create', {});
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const keptAside = await admin().call('backups.restore', { fileName: record.fileName });
    await backend.signInAgain();
    // The restored ledger's rows after the backup: its restore row (and the sign-ins just now).
    const preview = await admin().call('backups.restorePreview', { fileName: keptAside.fileName });
    expect(preview.changes.find((change) => change.action === 'restore')).toMatchObject({ count: 1 });
    expect(preview.changes.some((change) => change.entity === 'community')).toBe(false);
  });
});

describe('backups.progress', () => {
  it('says a backup is copying while it runs, and done after', async () => {
    const taking = admin().call('backups.create', {});
    expect(await admin().call('backups.progress', {})).toMatchObject({ running: true, phase: 'copying' });
    await taking;
    expect(await admin().call('backups.progress', {})).toEqual({ running: false, phase: null, percent: 100 });
  });
});

describe('the refusals of the backups channels', () => {
  it.each(['preparer', 'approver'] as const)(
    'refuses %s every backups channel, changing nothing',
    async (role) => {
      const record = await admin().call('backups.create', {});
      const before = fingerprint(backend.dbPath);
      const caller = backend.as(role);
      for (const channel of ['backups.list', 'backups.create', 'backups.progress'] as const) {
        expect(await caller.send(channel, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      for (const channel of ['backups.export', 'backups.restorePreview', 'backups.restore'] as const) {
        const result = await caller.send(channel, { fileName: record.fileName });
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
      expect(fingerprint(backend.dbPath)).toBe(before);
    },
  );

  it.each([
    ['../ledger.sqlite', '备份文件：只能是备份列表中的文件名，不能含路径'],
    ['/etc/passwd.sqlite', '备份文件：只能是备份列表中的文件名，不能含路径'],
    ['..\\ledger.sqlite', '备份文件：只能是备份列表中的文件名，不能含路径'],
    ['ledger.json', '备份文件：只能是备份列表中的文件名，不能含路径'],
    [
      'ledger-20990101-000000-manual.sqlite',
      '备份文件：备份列表中没有「ledger-20990101-000000-manual.sqlite」',
    ],
  ])('refuses the name %s in Chinese, changing nothing', async (fileName, message) => {
    await admin().call('backups.create', {});
    const before = fingerprint(backend.dbPath);
    for (const channel of ['backups.export', 'backups.restorePreview', 'backups.restore'] as const) {
      const result = await admin().send(channel, { fileName });
      expect(result).toMatchObject({ ok: false, error: { message, field: 'fileName' } });
    }
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('refuses to restore a backup that no longer passes its check, changing nothing', async () => {
    const record = await admin().call('backups.create', {});
    fs.truncateSync(backupPathOf(backend.dbPath, record), 4096);
    const before = fingerprint(backend.dbPath);
    const result = await admin().send('backups.restore', { fileName: record.fileName });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'fileName' } });
    if (!result.ok) expect(result.error.message).toMatch(/未通过校验，不能用于恢复/);
    expect(fingerprint(backend.dbPath)).toBe(before);
    // The ledger is still open and signed in.
    expect((await backend.call('communities.list', {})).map((c) => c.name)).toEqual(['世纪城']);
  });

  it('refuses a second backup while one runs', async () => {
    const first = admin().send('backups.create', {});
    const second = await admin().send('backups.create', {});
    expect(second).toMatchObject({ ok: false, error: { message: '已有一个备份正在进行，请等它完成' } });
    expect((await first).ok).toBe(true);
  });

  it('refuses calls arriving while a restore runs, in Chinese', async () => {
    const record = await admin().call('backups.create', {});
    const restoring = admin().send('backups.restore', { fileName: record.fileName });
    // The restore checks the backup and closes the gate before its first await: this call meets it.
    const during = await backend.send('communities.list', {});
    expect(during).toMatchObject({ ok: false, error: { code: 'conflict', message: restoringMessage } });
    expect((await restoring).ok).toBe(true);
  });
});
