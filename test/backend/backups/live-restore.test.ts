// The running app restores a backup through the channels: the ledger is the backup's again, the
// previous one is kept aside (restoring it undoes the restore), every window signs in again, and the
// restored ledger's audit log says where it came from.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf } from '../../../electron/backend/core/backup/list-backups';
import { callerOf, openTestBackend, testPassword, testUsers, type TestBackend } from '../../fixtures/backend';
import { ledgerRows, ledgerRowsOfFile } from '../../fixtures/backups';
import { communityInput } from '../../fixtures/builders';
import { sessionCaller } from '../../../electron/backend/api/caller';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

const admin = () => backend.as('administrator');
const communityNames = async () =>
  (await backend.as('administrator').call('communities.list', {})).map((c) => c.name).sort();

async function signInAdminAgain() {
  const caller = callerOf(backend, sessionCaller('test:administrator'));
  await caller.call('auth.signIn', { login: testUsers.administrator.login, password: testPassword });
  return caller;
}

describe('backups.restore', () => {
  it('puts the backup back, keeps the previous ledger aside and signs everyone out', async () => {
    await backend.call('communities.create', communityInput({ name: '世纪城' }));
    const backup = await admin().call('backups.create', {});
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const before = ledgerRows(backend.context.db);

    const keptAside = await admin().call('backups.restore', { fileName: backup.fileName });

    expect(keptAside.kind).toBe('beforeRestore');
    expect(keptAside.verified.ok).toBe(true);
    expect(ledgerRowsOfFile(backupPathOf(backend.dbPath, keptAside))).toEqual(before);
    const refused = await backend.send('communities.list', {});
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', message: '台账已从备份恢复，请重新登录' },
    });
    const again = await signInAdminAgain();
    expect((await again.call('communities.list', {})).map((c) => c.name)).toEqual(['世纪城']);
    const audit = await again.call('audit.list', { entity: 'backup', action: 'restore' });
    expect(audit.rows[0]!.summary).toContain(backup.fileName);
    expect(audit.rows[0]!.summary).toContain(keptAside.fileName);
  });

  it('is undone by restoring the record it kept aside', async () => {
    const backup = await admin().call('backups.create', {});
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const keptAside = await admin().call('backups.restore', { fileName: backup.fileName });
    const again = await signInAdminAgain();
    await again.call('backups.restore', { fileName: keptAside.fileName });
    await signInAdminAgain();
    await backend.signInAgain();
    expect(await communityNames()).toEqual(['凤凰山']);
  });
});
