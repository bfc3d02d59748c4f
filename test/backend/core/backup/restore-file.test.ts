// restoreLedgerFile on a closed ledger: the backup's rows come back in full, the previous file is kept
// aside (as a verified backup holding exactly its rows), restoring that undoes the restore, and a backup
// that fails its check is refused with nothing touched. moveAside keeps a damaged file byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../../electron/backend/api/open-ledger';
import { backupsDir } from '../../../../electron/backend/core/backup/backup-files';
import { backupPathOf, listBackups } from '../../../../electron/backend/core/backup/list-backups';
import { moveAside } from '../../../../electron/backend/core/backup/move-aside';
import { restoreLedgerFile } from '../../../../electron/backend/core/backup/restore-file';
import { takeBackup } from '../../../../electron/backend/core/backup/take-backup';
import { fingerprint, fixedNow, openTestBackend, type TestBackend } from '../../../fixtures/backend';
import { backupEnv, ledgerRows, ledgerRowsOfFile } from '../../../fixtures/backups';
import { communityInput } from '../../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
  await backend.call('communities.create', communityInput({ name: '世纪城' }));
});
afterEach(() => backend.dispose());

const later = (minutes: number) => new Date(fixedNow.getTime() + minutes * 60_000);

async function backUp(now = fixedNow) {
  return takeBackup(backend.context.db, backend.dbPath, { kind: 'manual', now, env: backupEnv });
}

describe('restoreLedgerFile', () => {
  it('brings back every row of the backup and keeps the previous file aside, row for row', async () => {
    const backup = await backUp();
    const atBackup = ledgerRowsOfFile(backupPathOf(backend.dbPath, backup));
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const previous = ledgerRows(backend.context.db);
    backend.close();

    const { restored, keptAside } = await restoreLedgerFile(
      backend.dbPath,
      backup.fileName,
      later(5),
      backupEnv,
    );

    expect(restored.fileName).toBe(backup.fileName);
    expect(ledgerRowsOfFile(backend.dbPath)).toEqual(atBackup);
    expect(keptAside).toMatchObject({ kind: 'beforeRestore', verified: { ok: true } });
    expect(ledgerRowsOfFile(backupPathOf(backend.dbPath, keptAside!))).toEqual(previous);
    for (const suffix of ['-wal', '-shm', '.restoring'])
      expect(fs.existsSync(backend.dbPath + suffix)).toBe(false);
  });

  it('is undone by restoring the file it kept aside', async () => {
    const backup = await backUp();
    await backend.call('communities.create', communityInput({ name: '凤凰山' }));
    const previous = ledgerRows(backend.context.db);
    backend.close();
    const first = await restoreLedgerFile(backend.dbPath, backup.fileName, later(5), backupEnv);
    await restoreLedgerFile(backend.dbPath, first.keptAside!.fileName, later(10), backupEnv);
    expect(ledgerRowsOfFile(backend.dbPath)).toEqual(previous);
    // Nothing was deleted on the way: the backup, both copies kept aside.
    expect(
      listBackups(backend.dbPath)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['beforeRestore', 'beforeRestore', 'manual']);
  });

  it('opens and migrates the restored file like any other', async () => {
    const backup = await backUp();
    backend.close();
    await restoreLedgerFile(backend.dbPath, backup.fileName, later(5), backupEnv);
    const db = await openLedger(backend.dbPath, later(5));
    expect(backupEnv.check(db)).toEqual({ ok: true, findings: [] });
    db.close();
  });

  it('refuses a backup that fails its check, and touches nothing', async () => {
    const backup = await backUp();
    const file = backupPathOf(backend.dbPath, backup);
    fs.truncateSync(file, 1000);
    backend.close();
    const before = fingerprint(backend.dbPath);
    const listed = fs.readdirSync(backupsDir(backend.dbPath)).sort();
    await expect(restoreLedgerFile(backend.dbPath, backup.fileName, later(5), backupEnv)).rejects.toThrow(
      /未通过校验，不能用于恢复/,
    );
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect(fs.readdirSync(backupsDir(backend.dbPath)).sort()).toEqual(listed);
  });

  it('refuses a name the list does not hold', async () => {
    backend.close();
    await expect(restoreLedgerFile(backend.dbPath, 'ledger-x.sqlite', later(5), backupEnv)).rejects.toThrow(
      '备份文件：备份列表中没有「ledger-x.sqlite」',
    );
  });

  it('restores where the damaged file was moved aside first, keeping nothing aside', async () => {
    const backup = await backUp();
    backend.close();
    fs.writeFileSync(backend.dbPath, Buffer.alloc(8192, 0x41));
    const damaged = moveAside(backend.dbPath, later(1));
    const outcome = await restoreLedgerFile(backend.dbPath, backup.fileName, later(2), backupEnv);
    expect(outcome).toMatchObject({ keptAside: null, movedAside: null });
    expect(fs.readFileSync(damaged)).toEqual(Buffer.alloc(8192, 0x41));
  });

  it.each([
    [
      'bytes overwritten',
      (file: string) => {
        const bytes = fs.readFileSync(file);
        bytes.fill(0x41, 0, 100);
        fs.writeFileSync(file, bytes);
      },
    ],
    ['zero length', (file: string) => fs.writeFileSync(file, '')],
  ])('moves a damaged current file (%s) aside byte for byte instead of copying it', async (_what, damage) => {
    const backup = await backUp();
    backend.close();
    damage(backend.dbPath);
    const bytes = fs.readFileSync(backend.dbPath);
    const { keptAside, movedAside } = await restoreLedgerFile(
      backend.dbPath,
      backup.fileName,
      later(2),
      backupEnv,
    );
    expect(keptAside).toBeNull();
    expect(movedAside).toBe(
      path.join(backupsDir(backend.dbPath), 'damaged', 'ledger-20260315-093200-damaged.sqlite'),
    );
    expect(fs.readFileSync(movedAside!)).toEqual(bytes);
    expect(ledgerRowsOfFile(backend.dbPath)).toEqual(ledgerRowsOfFile(backupPathOf(backend.dbPath, backup)));
  });
});

describe('moveAside', () => {
  it('moves the file and its -wal, -shm and -journal into backups/damaged, byte for byte', () => {
    backend.close();
    // Companions as a crash leaves them: whatever bytes they hold go with the file, unread.
    for (const suffix of ['-wal', '-shm', '-journal'])
      fs.writeFileSync(backend.dbPath + suffix, `${suffix} bytes`);
    const suffixes = ['', '-wal', '-shm', '-journal'];
    const bytes = suffixes.map((suffix) => fs.readFileSync(backend.dbPath + suffix));
    const target = moveAside(backend.dbPath, later(1));
    expect(path.dirname(target)).toBe(path.join(backupsDir(backend.dbPath), 'damaged'));
    expect(path.basename(target)).toBe('ledger-20260315-093100-damaged.sqlite');
    suffixes.forEach((suffix, index) => {
      expect(fs.existsSync(backend.dbPath + suffix)).toBe(false);
      expect(fs.readFileSync(target + suffix)).toEqual(bytes[index]);
    });
  });

  it('never overwrites an earlier damaged file', () => {
    backend.close();
    const bytes = fs.readFileSync(backend.dbPath);
    const first = moveAside(backend.dbPath, later(1));
    fs.writeFileSync(backend.dbPath, 'second');
    const second = moveAside(backend.dbPath, later(1));
    expect(second).not.toBe(first);
    expect(fs.readFileSync(first)).toEqual(bytes);
    expect(fs.readFileSync(second, 'utf8')).toBe('second');
  });
});
