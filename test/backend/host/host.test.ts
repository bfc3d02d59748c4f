import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes, startHost } from '../../../electron/host/server';
import { maxImportBase64Length } from '../../../shared/domain/import-limits';
import {
  makeTempDir,
  openTestBackend,
  testPassword,
  testUsers,
  type TestBackend,
} from '../../fixtures/backend';
import { communityInput } from '../../fixtures/builders';
import { rawRequest } from '../../fixtures/raw-http';

const token = 'test-token-0123456789';
/** The tab the tests call from, signed in as 经办人 through the host. */
const tab = 'tab-one-0123456789abcdef';
const withToken = { authorization: `Bearer ${token}` };
const fromTab = (session: string) => ({ ...withToken, 'x-ledger-session': session });
let backend: TestBackend;
let server: http.Server;
let port: number;
let staticDir: string;

beforeAll(async () => {
  backend = await openTestBackend();
  staticDir = makeTempDir('ledger-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>街道社区经费台账</title>');
  ({ server, port } = await startHost({ dispatch: backend.dispatch, staticDir, token, port: 0 }));
  await signIn(tab, 'preparer');
});
afterAll(() => {
  server.close();
  backend.dispose();
  fs.rmSync(staticDir, { recursive: true, force: true });
});

/** A raw request, so the test controls the Host header and the path exactly as an attacker could. */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}) {
  return rawRequest(port, options);
}

const api = (channel: string, body: unknown, headers: Record<string, string> = fromTab(tab)) =>
  request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

async function signIn(session: string, role: keyof typeof testUsers) {
  const response = await api(
    'auth.signIn',
    { login: testUsers[role].login, password: testPassword },
    fromTab(session),
  );
  expect(JSON.parse(response.body)).toMatchObject({ ok: true });
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves a channel to a caller with the token', async () => {
    const response = await api('communities.create', communityInput({ name: '世纪城' }));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, data: { name: '世纪城' } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer test-token-0123456780' }],
    ['a shorter token', { authorization: 'Bearer test' }],
    ['the token without Bearer', { authorization: token }],
  ])('refuses an API call with %s', async (_label, headers) => {
    const response = await api('communities.list', {}, headers);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const response = await request({ path: '/', headers: { host: `evil.example:${port}` } });
    expect(response.status).toBe(421);
    expect(response.body).toContain('127.0.0.1');
  });

  it('refuses a call from another origin even with the token', async () => {
    const response = await api(
      'communities.list',
      {},
      { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
  });

  it('answers an unknown channel with 404 and the envelope', async () => {
    const response = await api('db.exec', {});
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('refuses a body that is not JSON', async () => {
    const response = await request({
      method: 'POST',
      path: '/api/communities.list',
      headers: { authorization: `Bearer ${token}` },
      body: '{oops',
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers a channel path with a broken % escape in Chinese, not with a server error', async () => {
    const response = await request({
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: '未知的操作：地址中的 % 编码不正确' },
    });
  });

  it('takes the largest workbook an import allows, with room for its envelope', () => {
    expect(maxBodyBytes).toBeGreaterThan(maxImportBase64Length + 64 * 1024);
  });

  it('answers a body over the limit with the limit in Chinese, and reads no further', async () => {
    const before = (await backend.call('communities.list', { search: '', status: 'all' })).length;
    const name = 'x'.repeat(maxBodyBytes);
    const response = await api('communities.create', communityInput({ name }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `请求内容：过大，不能超过 ${maxBodyBytes / 1024 / 1024} MB`,
      },
    });
    expect(await backend.call('communities.list', { search: '', status: 'all' })).toHaveLength(before);
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"世纪城"'],
    ['null', 'null'],
    ['a number', '42'],
    ['true', 'true'],
  ])('refuses %s as the body in Chinese', async (_, body) => {
    const response = await request({
      method: 'POST',
      path: '/api/communities.create',
      headers: fromTab(tab),
      body,
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '请求内容：应为一个对象（JSON 的 {…}），不能是数组、文字、数字或 null',
      },
    });
  });

  it('serves the renderer with the CSP header', async () => {
    const response = await request({ path: '/' });
    expect(response.status).toBe(200);
    expect(response.body).toContain('街道社区经费台账');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-eval');
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%5c..%5cetc',
    '/.git/config',
  ])('does not serve %s', async (hostilePath) => {
    const response = await request({ path: hostilePath });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('root:');
    expect(response.body).toBe('找不到该页面');
  });
});

describe('the sign-in of each browser tab', () => {
  const sessionRefusal = {
    ok: false,
    error: { code: 'invalid_input', message: '会话标识缺失或格式不正确：请刷新页面后重试' },
  };

  it('refuses a call without the session header in Chinese, before any channel runs', async () => {
    const response = await api('communities.create', communityInput({ name: '无会话' }), withToken);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual(sessionRefusal);
    const names = (await backend.call('communities.list', { search: '', status: 'all' })).map((c) => c.name);
    expect(names).not.toContain('无会话');
  });

  it.each([
    ['too short', 'short-key'],
    ['too long', 'k'.repeat(129)],
    ['with a colon, as the other transports key theirs', 'window:1234567890abcdef'],
    ['with a space', 'tab one 0123456789abcdef'],
  ])('refuses a session key %s', async (_label, key) => {
    const response = await api('auth.state', {}, fromTab(key));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toEqual(sessionRefusal);
  });

  it('keeps two tabs signed in separately, and a third signed out', async () => {
    const second = 'tab-two-0123456789abcdef';
    await signIn(second, 'approver');
    const stateOf = async (session: string) =>
      JSON.parse((await api('auth.state', {}, fromTab(session))).body).data.user?.displayName ?? null;
    expect(await stateOf(tab)).toBe(testUsers.preparer.displayName);
    expect(await stateOf(second)).toBe(testUsers.approver.displayName);
    const third = 'tab-three-0123456789abcdef';
    expect(await stateOf(third)).toBeNull();
    const refused = await api('communities.list', {}, fromTab(third));
    expect(JSON.parse(refused.body)).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: '请先登录' },
    });

    await api('auth.signOut', {}, fromTab(second));
    expect(await stateOf(second)).toBeNull();
    expect(await stateOf(tab)).toBe(testUsers.preparer.displayName);
  });
});
