// The host on a ledger that cannot be opened: it starts all the same, in the recovery state. Every normal
// channel is refused in Chinese, ledger.status says what is wrong, ledger.recover (before sign-in, behind
// the token) restores the newest verified backup, and the host then serves the restored ledger.
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerGate } from '../../../electron/backend/api/ledger-gate';
import { startHost } from '../../../electron/host/server';
import { makeTempDir, testPassword, testUsers } from '../../fixtures/backend';
import { backUp, gateOn, overwriteBytes, sha256Of, useLedgerFiles } from '../../fixtures/damaged-ledger';

const token = 'test-token-recovery-0123456789';
const session = 'tab-recovery-0123456789abcdef';
const files = useLedgerFiles();
let gate: LedgerGate;
let server: http.Server;
let port: number;
let staticDir: string;
let dbPath: string;
let damaged: string;

beforeAll(async () => {
  const ledger = files.ledgerCase();
  dbPath = ledger.dbPath;
  await backUp(dbPath);
  overwriteBytes(dbPath, 4096 * 3, 200);
  damaged = sha256Of(dbPath);
  gate = await gateOn(dbPath);
  staticDir = makeTempDir('ledger-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>街道社区经费台账</title>');
  ({ server, port } = await startHost({ dispatch: gate.dispatch, staticDir, token, port: 0 }));
});
afterAll(() => {
  server.close();
  gate.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

async function post(channel: string, body: unknown = {}, authorization = `Bearer ${token}`) {
  const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
    method: 'POST',
    headers: { authorization, 'x-ledger-session': session, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the host on a damaged ledger', () => {
  it('refuses every normal channel in Chinese and reports the problem', async () => {
    for (const channel of ['office.get', 'auth.state', 'communities.list', 'backups.list']) {
      const answer = await post(channel);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: false, error: { code: 'ledger_unavailable' } });
      expect((answer.body.error as { message: string }).message).toMatch(/^台账数据库无法打开/);
    }
    const status = await post('ledger.status');
    expect(status.body).toMatchObject({
      ok: true,
      data: { state: 'unavailable', problem: 'corrupt', title: '台账数据库文件已损坏', dbPath },
    });
    expect(sha256Of(dbPath)).toBe(damaged);
  });

  it('still asks for the token before any way out', async () => {
    const answer = await post(
      'ledger.recover',
      { action: 'restoreBackup' },
      'Bearer wrong-token-000000000000',
    );
    expect(answer.status).toBe(401);
    expect(sha256Of(dbPath)).toBe(damaged);
  });

  it('restores the backup, then serves the restored ledger normally', async () => {
    const recovered = await post('ledger.recover', { action: 'restoreBackup' });
    expect(recovered.body).toMatchObject({ ok: true, data: { status: { state: 'open' } } });
    const movedAside = (recovered.body.data as { movedAside: string }).movedAside;
    expect(sha256Of(movedAside)).toBe(damaged);
    expect(await post('ledger.status')).toMatchObject({ body: { ok: true, data: { state: 'open' } } });
    const signIn = await post('auth.signIn', {
      login: testUsers.administrator.login,
      password: testPassword,
    });
    expect(signIn.body).toMatchObject({ ok: true });
    expect(await post('office.get')).toMatchObject({ body: { ok: true } });
    const again = await post('ledger.recover', { action: 'recheck' });
    expect(again.body).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
