// An upgrade cut off between two migrations: migrate() stopped after the first k (a later one fails, as a
// kill would stop it) leaves the file at version k with its `-upgrading` marker. The diagnosis names the
// version and offers to finish; an older app's file at the same version, without the marker, is a normal
// upgrade and opens.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHolder } from '../../../../electron/backend/api/caller';
import { openDatabase } from '../../../../electron/backend/core/db/connection';
import { diagnoseLedger } from '../../../../electron/backend/core/db/diagnosis/diagnose';
import { loadMigrations, migrate } from '../../../../electron/backend/core/db/migrate';
import { upgradeMarkerPath } from '../../../../electron/backend/core/db/upgrade-marker';
import { fixedNow, makeTempDir } from '../../../fixtures/backend';
import { diagnosedProblem, gateOn } from '../../../fixtures/damaged-ledger';

const stoppedAfter = 6;

/** A new ledger whose first start was stopped after migration `stoppedAfter`: the next one fails. */
async function stoppedUpgrade(): Promise<{ folder: string; dbPath: string }> {
  const folder = makeTempDir('ledger-half-');
  const dbPath = path.join(folder, 'ledger.sqlite');
  const migrations = loadMigrations();
  const cutOff = [
    ...migrations.slice(0, stoppedAfter),
    { ...migrations[stoppedAfter]!, sql: "SELECT raise(ABORT, 'stopped here')" },
  ];
  const db = openDatabase(dbPath);
  await expect(migrate(db, cutOff, { now: fixedNow })).rejects.toThrow();
  db.close();
  return { folder, dbPath };
}

describe('an upgrade cut off half-way', () => {
  it('leaves its marker, and the diagnosis names the version it stopped at', async () => {
    const ledger = await stoppedUpgrade();
    expect(fs.existsSync(upgradeMarkerPath(ledger.dbPath))).toBe(true);
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('halfMigrated');
    expect(report.schemaVersion).toBe(stoppedAfter);
    expect(report.explanation).toContain(
      `数据库停在第 ${stoppedAfter} 版，本程序需要第 ${loadMigrations().length} 版`,
    );
    expect(report.waysOut).toEqual(['finishUpgrade', 'restoreBackup', 'recheck']);
    fs.rmSync(ledger.folder, { recursive: true, force: true });
  });

  it('treats the same version without the marker as an older app’s file, upgraded as usual', async () => {
    const ledger = await stoppedUpgrade();
    fs.rmSync(upgradeMarkerPath(ledger.dbPath));
    expect(diagnoseLedger(ledger.dbPath)).toEqual({ kind: 'opens', creates: false });
    fs.rmSync(ledger.folder, { recursive: true, force: true });
  });

  it('finishes the upgrade from the recovery page, after the usual backup', async () => {
    const ledger = await stoppedUpgrade();
    const gate = await gateOn(ledger.dbPath);
    expect(gate.status()).toMatchObject({ problem: 'halfMigrated', schemaVersion: stoppedAfter });
    const result = await gate.dispatch('ledger.recover', { action: 'finishUpgrade' }, fileHolder);
    expect(result).toEqual({
      ok: true,
      data: { status: { state: 'open' }, movedAside: null, restoredFrom: null },
    });
    expect(gate.backend()!.db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    expect(fs.existsSync(upgradeMarkerPath(ledger.dbPath))).toBe(false);
    expect(fs.readdirSync(path.join(ledger.folder, 'backups'))).toContainEqual(
      expect.stringMatching(new RegExp(`^ledger-v${stoppedAfter}-`)),
    );
    gate.close();
    fs.rmSync(ledger.folder, { recursive: true, force: true });
  });

  it('removes the marker once every migration has run', async () => {
    const ledger = await stoppedUpgrade();
    const db = openDatabase(ledger.dbPath);
    const result = await migrate(db, loadMigrations(), { now: fixedNow });
    db.close();
    expect(result).toMatchObject({ from: stoppedAfter, to: loadMigrations().length });
    expect(result.backupPath).not.toBeNull();
    expect(fs.existsSync(upgradeMarkerPath(ledger.dbPath))).toBe(false);
    fs.rmSync(ledger.folder, { recursive: true, force: true });
  });
});
