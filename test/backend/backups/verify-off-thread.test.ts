// A new backup is verified in a worker thread where the app runs one: the same findings as the check in
// the main thread, for a sound copy and for a damaged one.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyOffThread } from '../../../electron/backend/api/verify-off-thread';
import { backupPathOf } from '../../../electron/backend/core/backup/list-backups';
import { verifyBackup } from '../../../electron/backend/core/backup/verify-backup';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { backupEnv } from '../../fixtures/backups';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

describe('verifyOffThread', () => {
  it('finds in the worker what the main thread finds', async () => {
    const record = await backend.as('administrator').call('backups.create', {});
    const file = backupPathOf(backend.dbPath, record);
    const sound = await verifyOffThread(file, backupEnv);
    expect(sound).toEqual(verifyBackup(file, backupEnv));
    expect(sound.ok).toBe(true);
    fs.truncateSync(file, 4096);
    const damaged = await verifyOffThread(file, backupEnv);
    expect(damaged).toEqual(verifyBackup(file, backupEnv));
    expect(damaged.ok).toBe(false);
  });
});
