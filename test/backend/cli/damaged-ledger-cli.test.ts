// The CLI on a ledger it cannot open: the diagnosis in Chinese with the commands that are its ways out,
// `check` on an upgrade cut off half-way (its version and how to finish), and `upgrade` finishing it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/core/db/connection';
import { loadMigrations, migrate } from '../../../electron/backend/core/db/migrate';
import { upgradeMarkerPath } from '../../../electron/backend/core/db/upgrade-marker';
import { fixedNow } from '../../fixtures/backend';
import { backUp, overwriteBytes, sha256Of, useLedgerFiles } from '../../fixtures/damaged-ledger';

const files = useLedgerFiles();

function cli(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe('the CLI on a ledger it cannot open', () => {
  it('says what is wrong and prints the restore command for the newest verified backup, which works', async () => {
    const ledger = files.ledgerCase();
    const backup = await backUp(ledger.dbPath);
    overwriteBytes(ledger.dbPath, 4096 * 3, 200);
    const before = sha256Of(ledger.dbPath);
    const out = path.join(ledger.folder, 'report.xlsx');
    const run = cli(['export', 'annual-report', '--db', ledger.dbPath, '--year', '2026', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.out).toContain('无法打开台账数据库：台账数据库文件已损坏');
    expect(run.out).toContain(`数据库文件：${ledger.dbPath}`);
    expect(run.out).toContain(`npm run cli -- restore --db "${ledger.dbPath}" --from "${backup}"`);
    expect(run.out).not.toContain('malformed');
    expect(sha256Of(ledger.dbPath)).toBe(before);
    expect(fs.existsSync(out)).toBe(false);

    const restore = cli(['restore', '--db', ledger.dbPath, '--from', backup]);
    expect(restore.code).toBe(0);
    expect(cli(['check', '--db', ledger.dbPath]).code).toBe(0);
    const damagedDir = path.join(ledger.folder, 'backups', 'damaged');
    const [aside] = fs.readdirSync(damagedDir);
    expect(sha256Of(path.join(damagedDir, aside!))).toBe(before);
  });

  it('checks a half-finished upgrade by its version, and upgrade finishes it', async () => {
    const ledger = files.ledgerCase((dbPath) => fs.rmSync(dbPath));
    const migrations = loadMigrations();
    const db = openDatabase(ledger.dbPath);
    const cutOff = [...migrations.slice(0, 5), { ...migrations[5]!, sql: "SELECT raise(ABORT, 'cut off')" }];
    await expect(migrate(db, cutOff, { now: fixedNow })).rejects.toThrow();
    db.close();

    const check = cli(['check', '--db', ledger.dbPath]);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`数据库停在第 5 版，本程序需要第 ${migrations.length} 版`);
    expect(check.out).toContain(`npm run cli -- upgrade --db "${ledger.dbPath}"`);

    const upgrade = cli(['upgrade', '--db', ledger.dbPath]);
    expect(upgrade.out).toContain(`✓ 已从第 5 版升级到第 ${migrations.length} 版`);
    expect(upgrade.out).toContain('升级前的备份：');
    expect(upgrade.code).toBe(0);
    expect(fs.existsSync(upgradeMarkerPath(ledger.dbPath))).toBe(false);
    expect(cli(['check', '--db', ledger.dbPath]).code).toBe(0);
  });
});
