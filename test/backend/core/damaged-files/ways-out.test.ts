// The ways out, taken through the ledger gate on real files: the damaged file is moved aside whole (the
// copy in backups/damaged equals it byte for byte), the newest verified backup is put in its place and the
// ledger opens with its rows; an empty file with no backup makes way for a new ledger; a cut-off upgrade
// is finished after its backup; a read-only file opens once the clerk made it writable and rechecked.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHolder, sessionCaller } from '../../../../electron/backend/api/caller';
import type { LedgerGate } from '../../../../electron/backend/api/ledger-gate';
import type { RecoveryOutcome } from '../../../../shared/contract/ledger';
import { fingerprint, testUsers } from '../../../fixtures/backend';
import { backUp, gateOn, overwriteBytes, sha256Of, useLedgerFiles } from '../../../fixtures/damaged-ledger';

const files = useLedgerFiles();

async function recover(gate: LedgerGate, action: string): Promise<RecoveryOutcome> {
  const result = await gate.dispatch('ledger.recover', { action }, fileHolder);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as RecoveryOutcome;
}

function logins(gate: LedgerGate): string[] {
  return gate.backend()!.db.prepare('SELECT login FROM app_user ORDER BY login').pluck().all() as string[];
}

describe('the ways out of a damaged ledger', () => {
  it('moves a damaged file aside untouched and restores the newest verified backup', async () => {
    const ledger = files.ledgerCase();
    const backup = await backUp(ledger.dbPath);
    overwriteBytes(ledger.dbPath, 4096 * 3, 200);
    const damaged = sha256Of(ledger.dbPath);
    const gate = await gateOn(ledger.dbPath);
    const status = gate.status();
    expect(status).toMatchObject({ state: 'unavailable', problem: 'corrupt', dbPath: ledger.dbPath });
    if (status.state !== 'unavailable') return;
    expect(status.newestBackup).toMatchObject({ fileName: backup, counts: { app_user: 3 } });
    expect(status.waysOut).toEqual(['restoreBackup', 'recheck']);
    const refused = await gate.dispatch('office.get', {}, fileHolder);
    expect(refused).toMatchObject({ ok: false, error: { code: 'ledger_unavailable' } });
    expect(sha256Of(ledger.dbPath)).toBe(damaged);

    const outcome = await recover(gate, 'restoreBackup');
    expect(outcome.status).toEqual({ state: 'open' });
    expect(outcome.restoredFrom).toBe(backup);
    expect(path.dirname(outcome.movedAside!)).toBe(path.join(ledger.folder, 'backups', 'damaged'));
    expect(sha256Of(outcome.movedAside!)).toBe(damaged);
    expect(logins(gate)).toEqual(
      Object.values(testUsers)
        .map((user) => user.login)
        .sort(),
    );
    const audit = gate
      .backend()!
      .db.prepare("SELECT actor, summary FROM audit_log WHERE action = 'restore'")
      .get();
    expect(audit).toMatchObject({ actor: '（恢复页面）', summary: expect.stringContaining(backup) });
    expect(await gate.dispatch('ledger.status', {}, fileHolder)).toEqual({
      ok: true,
      data: { state: 'open' },
    });
    gate.close();
  });

  it('takes one way out at a time: a second click meets the ledger already restored', async () => {
    const ledger = files.ledgerCase();
    await backUp(ledger.dbPath);
    overwriteBytes(ledger.dbPath, 4096 * 3, 200);
    const gate = await gateOn(ledger.dbPath);
    const answers = await Promise.all([
      gate.dispatch('ledger.recover', { action: 'restoreBackup' }, fileHolder),
      gate.dispatch('ledger.recover', { action: 'restoreBackup' }, fileHolder),
    ]);
    expect(answers[0]).toMatchObject({ ok: true, data: { status: { state: 'open' } } });
    expect(answers[1]).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readdirSync(path.join(ledger.folder, 'backups', 'damaged'))).toHaveLength(1);
    gate.close();
  });

  it('leaves the damaged file in place when its backup fails its check again', async () => {
    const ledger = files.ledgerCase();
    const backup = await backUp(ledger.dbPath);
    overwriteBytes(ledger.dbPath, 4096 * 3, 200);
    overwriteBytes(path.join(ledger.folder, 'backups', backup), 4096 * 3, 200);
    const before = fingerprint(ledger.dbPath);
    const gate = await gateOn(ledger.dbPath);
    const result = await gate.dispatch('ledger.recover', { action: 'restoreBackup' }, fileHolder);
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fingerprint(ledger.dbPath)).toBe(before);
    expect(fs.existsSync(path.join(ledger.folder, 'backups', 'damaged'))).toBe(false);
    expect(gate.status()).toMatchObject({ state: 'unavailable', problem: 'corrupt' });
  });

  it('refuses a way out the problem does not offer, and leaves the file as it was', async () => {
    const ledger = files.ledgerCase((dbPath) => fs.truncateSync(dbPath, 0));
    const before = fingerprint(ledger.dbPath);
    const gate = await gateOn(ledger.dbPath);
    expect(gate.status()).toMatchObject({
      problem: 'empty',
      waysOut: ['startNew', 'recheck'],
      newestBackup: null,
    });
    for (const action of ['restoreBackup', 'finishUpgrade']) {
      const result = await gate.dispatch('ledger.recover', { action }, fileHolder);
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'action' } });
    }
    const unknown = await gate.dispatch('ledger.recover', { action: 'delete' }, fileHolder);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'action' } });
    expect(fingerprint(ledger.dbPath)).toBe(before);
    expect(fs.readdirSync(ledger.folder)).toEqual(['ledger.sqlite']);
  });

  it('moves an empty file aside and starts a new ledger, which the first start then sets up', async () => {
    const ledger = files.ledgerCase((dbPath) => fs.truncateSync(dbPath, 0));
    const gate = await gateOn(ledger.dbPath);
    const outcome = await recover(gate, 'startNew');
    expect(outcome.status).toEqual({ state: 'open' });
    expect(fs.statSync(outcome.movedAside!).size).toBe(0);
    const signIn = await gate.dispatch('auth.state', {}, sessionCaller('test:first'));
    expect(signIn).toMatchObject({ ok: true, data: { needsFirstAdministrator: true } });
    gate.close();
  });

  it('starts a new ledger in place of one whose tables are gone, keeping the old one aside', async () => {
    const ledger = files.ledgerCase((dbPath) => {
      const raw = new Database(dbPath);
      raw.exec('DROP TABLE courtyard_households');
      raw.close();
    });
    const before = sha256Of(ledger.dbPath);
    const gate = await gateOn(ledger.dbPath);
    expect(gate.status()).toMatchObject({ problem: 'tablesMissing' });
    const outcome = await recover(gate, 'startNew');
    expect(sha256Of(outcome.movedAside!)).toBe(before);
    expect(outcome.status).toEqual({ state: 'open' });
    gate.close();
  });

  it('opens a read-only file once it was made writable and checked again', async () => {
    const ledger = files.ledgerCase((dbPath) => fs.chmodSync(dbPath, 0o444));
    const gate = await gateOn(ledger.dbPath);
    expect(gate.status()).toMatchObject({ problem: 'fileReadOnly', waysOut: ['recheck'] });
    expect((await recover(gate, 'recheck')).status).toMatchObject({ problem: 'fileReadOnly' });
    fs.chmodSync(ledger.dbPath, 0o644);
    const outcome = await recover(gate, 'recheck');
    expect(outcome).toEqual({ status: { state: 'open' }, movedAside: null, restoredFrom: null });
    gate.close();
  });
});
