// Files are bytes until the transport: the service answers a file channel with bytes, and the host's JSON
// answer carries base64 of exactly those bytes (the renderer's download decodes it).
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/server';
import type { FileAnswer, FileOutput, Result } from '../../../shared/contract';
import {
  makeTempDir,
  openTestBackend,
  testPassword,
  testUsers,
  type TestBackend,
} from '../../fixtures/backend';
import { communityInput, officeSettingsInput } from '../../fixtures/builders';

const token = 'test-token-files-0123456789';
const session = 'files-tab-0123456789abcdef';
let backend: TestBackend;
let server: http.Server;
let port: number;
/** What the service answered to the host's last call, before the host turned it into JSON. */
let produced: unknown;
let community: { id: number };

beforeAll(async () => {
  backend = await openTestBackend();
  ({ server, port } = await startHost({
    dispatch: async (channel, input, caller) => {
      const result = await backend.dispatch(channel, input, caller);
      produced = result.ok ? result.data : undefined;
      return result;
    },
    staticDir: makeTempDir('ledger-static-'),
    token,
    port: 0,
  }));
  await post('auth.signIn', { login: testUsers.preparer.login, password: testPassword });
  await backend.as('administrator').call('office.update', officeSettingsInput());
  community = await backend.call('communities.create', communityInput({ name: '世纪城' }));
});
afterAll(() => {
  server.close();
  backend.dispose();
});

async function post(channel: string, input: unknown): Promise<Result<unknown>> {
  const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token}`,
      'X-Ledger-Session': session,
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as Result<unknown>;
}

describe('a file channel', () => {
  it.each([
    ['funding.householdsTemplate', { year: 2025 }],
    ['access.exportRegister', {}],
  ] as const)(
    '%s: the service answers bytes, the host base64 of exactly those bytes',
    async (channel, input) => {
      const answered = await post(channel, input);
      const file = produced as FileOutput;
      expect(file.bytes).toBeInstanceOf(Uint8Array);
      expect(file.bytes.length).toBeGreaterThan(100);
      expect(Object.keys(file).sort()).toEqual(['bytes', 'fileName', 'mimeType']);

      expect(answered.ok).toBe(true);
      if (!answered.ok) return;
      const delivered = answered.data as FileAnswer;
      expect(delivered).toEqual({
        fileName: file.fileName,
        mimeType: file.mimeType,
        base64: Buffer.from(file.bytes).toString('base64'),
      });
    },
  );

  it('keeps a series position next to the base64', async () => {
    const batch = { id: 'series-0001', index: 0, total: 2 };
    const answered = await post('lists.notice', {
      kind: 'two_lists',
      communityId: community.id,
      startDate: '2026-03-16',
      workingDays: 5,
      issueDate: '2026-03-16',
      batch,
    });
    if (!answered.ok) throw new Error(answered.error.message);
    const file = produced as FileOutput;
    expect(answered).toEqual({
      ok: true,
      data: {
        fileName: file.fileName,
        mimeType: 'application/pdf',
        batch,
        base64: Buffer.from(file.bytes).toString('base64'),
      },
    });
  });

  it('leaves the answer of a channel that is not a file as the service gave it', async () => {
    const answered = await post('communities.list', {});
    expect(answered).toEqual({ ok: true, data: produced });
  });
});
