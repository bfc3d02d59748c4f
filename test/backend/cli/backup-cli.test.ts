// `cli backup`, `cli backups` and `cli restore` on a real ledger file, in a child process each: a
// verified backup (and a copy on the "USB stick"), the list, a restore from a listed name and from a
// file elsewhere, each keeping the current file aside, and a restore refused while another program
// has the file open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/backend/core/backup/list-backups';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { ledgerRowsOfFile } from '../../fixtures/backups';
import { communityInput } from '../../fixtures/builders';

let backend: TestBackend;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

beforeAll(async () => {
  backend = await openTestBackend();
  await backend.call('communities.create', communityInput({ name: '世纪城' }));
  backend.close();
});
afterAll(() => backend.dispose());

const names = () => ledgerRowsOfFile(backend.dbPath).community;

describe('the backup commands', () => {
  it('backs up, verified, and copies the backup to --out under its dated name', () => {
    const usb = path.join(backend.dir, 'usb');
    const { code, out } = cli('backup', '--db', backend.dbPath, '--out', usb);
    expect(out).toContain('校验通过');
    expect(code).toBe(0);
    const [record] = listBackups(backend.dbPath);
    expect(record).toMatchObject({ kind: 'manual', verified: { ok: true } });
    const [copy] = fs.readdirSync(usb);
    expect(copy).toMatch(/^台账备份-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
    expect(fs.readFileSync(path.join(usb, copy!))).toEqual(
      fs.readFileSync(path.join(backend.dir, 'backups', record!.fileName)),
    );
  });

  it('lists the backups with date, kind, size, rows and result', () => {
    const { code, out } = cli('backups', '--db', backend.dbPath);
    expect(code).toBe(0);
    expect(out).toMatch(
      /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} {2}手动备份 {2}\d+\.\d MB {2}[\d,]+ 行 {2}校验通过/,
    );
  });

  it('restores a listed backup, keeping the current file aside, and says how to undo it', () => {
    const [backup] = listBackups(backend.dbPath);
    const atBackup = ledgerRowsOfFile(path.join(backend.dir, 'backups', backup!.fileName));
    const { code, out } = cli('restore', '--db', backend.dbPath, '--from', backup!.fileName);
    expect(out).toContain(`已从备份恢复：${backup!.fileName}`);
    expect(out).toMatch(/恢复前的台账已留存为：.*beforeRestore\.sqlite/);
    expect(out).toMatch(/撤销这次恢复：restore --db .* --from .*beforeRestore\.sqlite/);
    expect(code).toBe(0);
    // The restored ledger holds the backup's rows and its own restore row.
    expect(names()).toEqual(atBackup.community);
    const check = cli('check', '--db', backend.dbPath);
    expect(check.out).toContain('检查通过');
  });

  it('restores a backup file from elsewhere by its path, taking it into the list first', () => {
    const usb = path.join(backend.dir, 'usb');
    const [copy] = fs.readdirSync(usb);
    const { code, out } = cli('restore', '--db', backend.dbPath, '--from', path.join(usb, copy!));
    expect(out).toContain('已从备份恢复');
    expect(code).toBe(0);
    expect(listBackups(backend.dbPath).filter((r) => r.kind === 'beforeRestore')).toHaveLength(2);
  });

  it('refuses a file that is not a backup of a ledger, changing nothing', () => {
    const bogus = path.join(backend.dir, 'bogus.sqlite');
    fs.writeFileSync(bogus, 'not a database at all'.repeat(300));
    const before = fingerprint(backend.dbPath);
    const { code, out } = cli('restore', '--db', backend.dbPath, '--from', bogus);
    expect(code).toBe(1);
    expect(out).toContain('未通过校验，不能用于恢复');
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect(listBackups(backend.dbPath).every((record) => record.verified.ok)).toBe(true);
  });

  it('restores over a damaged ledger, moving the damaged file aside byte for byte', () => {
    const [backup] = listBackups(backend.dbPath).filter((record) => record.kind === 'manual');
    fs.writeFileSync(backend.dbPath, Buffer.alloc(4096, 0x41));
    const { code, out } = cli('restore', '--db', backend.dbPath, '--from', backup!.fileName);
    expect(out).toMatch(/原文件已损坏，已原样移至：.*damaged/);
    expect(code).toBe(0);
    const damaged = fs.readdirSync(path.join(backend.dir, 'backups', 'damaged'));
    expect(fs.readFileSync(path.join(backend.dir, 'backups', 'damaged', damaged[0]!))).toEqual(
      Buffer.alloc(4096, 0x41),
    );
    expect(cli('check', '--db', backend.dbPath).out).toContain('检查通过');
  });

  it('refuses to restore while another program has the ledger open', async () => {
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(backend.dbPath)});
         db.pragma('journal_mode = WAL'); db.prepare('SELECT 1').get(); console.log('open'); setTimeout(() => db.close(), 20000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => holder.stdout!.once('data', resolve));
    try {
      const [backup] = listBackups(backend.dbPath);
      const { code, out } = cli('restore', '--db', backend.dbPath, '--from', backup!.fileName);
      expect(code).toBe(1);
      expect(out).toContain('数据库文件正被其他程序使用');
    } finally {
      holder.kill();
    }
  });
});
