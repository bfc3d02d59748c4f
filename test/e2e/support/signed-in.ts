// The specs' `test`: its page opens the app signed in, as one of the users playwright.config.ts puts on
// the empty and the demo database (`test.use({ user: 'shenhe' })`, 经办人 jingban unless told). Each test
// signs in over the API with a session key of its own and hands that key to the page the way the
// renderer keeps it (sessionStorage, per tab), so a test never inherits another's sign-in or sign-out.
import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type Page,
  type PlaywrightWorkerArgs,
} from '@playwright/test';
import crypto from 'node:crypto';
import { hosts } from '../../../playwright.config';
import type { UserRole } from '../../../shared/contract/roles';
import { sessionStorageKey } from '../../../renderer/api/client';
import { hostToken } from '../pages/app';

/**
 * The users on the empty and the demo database, by login: the demo's (electron/cli/demo-people.ts),
 * spelled out here because importing that file would load the backend into the test runner.
 */
export const e2eUsers = {
  admin: { displayName: '赵敏', role: 'administrator' },
  jingban: { displayName: '李晓梅', role: 'preparer' },
  shenhe: { displayName: '王建国', role: 'approver' },
} as const satisfies Record<string, { displayName: string; role: UserRole }>;
export type E2eLogin = keyof typeof e2eUsers;
export type E2eHost = keyof typeof hosts;

export function hostURLOf(host: E2eHost): string {
  return `http://127.0.0.1:${hosts[host]}`;
}

/** The one password of every e2e user, drawn by playwright.config.ts for this run. */
export function e2ePassword(): string {
  const password = process.env.LEDGER_DEMO_PASSWORD;
  if (!password)
    throw new Error('LEDGER_DEMO_PASSWORD is not set: run the suite through playwright.config.ts');
  return password;
}

/** A key as the renderer draws one (the host takes 16–128 of [A-Za-z0-9_-]). */
export function newSessionKey(): string {
  return crypto.randomBytes(18).toString('base64url');
}

/** What every call of a session carries: the run's token and the session's key. */
export function sessionHeaders(sessionKey: string): Record<string, string> {
  return { Authorization: `Bearer ${hostToken()}`, 'X-Ledger-Session': sessionKey };
}

/** An API context of its own session, signed in as `login` on the host at `baseURL`. */
export async function signedInRequest(
  playwright: PlaywrightWorkerArgs['playwright'],
  login: E2eLogin,
  baseURL: string,
): Promise<{ request: APIRequestContext; sessionKey: string }> {
  const sessionKey = newSessionKey();
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: sessionHeaders(sessionKey),
  });
  const response = await request.post('/api/auth.signIn', { data: { login, password: e2ePassword() } });
  expect(await response.json(), `auth.signIn as ${login} (HTTP ${response.status()})`).toMatchObject({
    ok: true,
  });
  return { request, sessionKey };
}

/** Makes every page of the context open with this session key, as if its tab had signed in. */
export async function adoptSession(context: BrowserContext, sessionKey: string): Promise<void> {
  await context.addInitScript(([storageKey, key]) => window.sessionStorage.setItem(storageKey, key), [
    sessionStorageKey,
    sessionKey,
  ] as const);
}

interface SignedInOptions {
  /** Who the page and `request` act as; null: nobody, the page opens on the sign-in screen. */
  user: E2eLogin | null;
  /** The host the test's session is on: the empty database (the config's baseURL), the demo's, or the
   * brand-new one of the first start (where nobody can sign in: `user: null`). */
  host: E2eHost;
}

export type RequestAs = (login: E2eLogin) => Promise<APIRequestContext>;

interface SignedInFixtures {
  hostURL: string;
  /** The page's session; `request` calls as the page's user, sharing its sign-in. */
  sessionKey: string;
  /** Another user on the same host, through the API (e.g. 审核人 approving what the page prepared). */
  requestAs: RequestAs;
  /** A second browser window on the same host, opened signed in as another user. */
  pageAs: (login: E2eLogin) => Promise<Page>;
}

export const test = base.extend<SignedInOptions & SignedInFixtures>({
  user: ['jingban', { option: true }],
  host: ['empty', { option: true }],
  hostURL: async ({ host }, use) => use(hostURLOf(host)),
  sessionKey: async ({ user, hostURL, playwright }, use) => {
    if (user === null) return use(newSessionKey());
    const { request, sessionKey } = await signedInRequest(playwright, user, hostURL);
    await use(sessionKey);
    await request.dispose();
  },
  context: async ({ context, sessionKey }, use) => {
    await adoptSession(context, sessionKey);
    await use(context);
  },
  request: async ({ playwright, hostURL, sessionKey }, use) => {
    const request = await playwright.request.newContext({
      baseURL: hostURL,
      extraHTTPHeaders: sessionHeaders(sessionKey),
    });
    await use(request);
    await request.dispose();
  },
  requestAs: async ({ playwright, hostURL }, use) => {
    const opened: APIRequestContext[] = [];
    await use(async (login) => {
      const { request } = await signedInRequest(playwright, login, hostURL);
      opened.push(request);
      return request;
    });
    for (const request of opened) await request.dispose();
  },
  pageAs: async ({ browser, playwright, hostURL }, use) => {
    const opened: { context: BrowserContext; request: APIRequestContext }[] = [];
    await use(async (login) => {
      const { request, sessionKey } = await signedInRequest(playwright, login, hostURL);
      const context = await browser.newContext({ baseURL: hostURL });
      await adoptSession(context, sessionKey);
      opened.push({ context, request });
      return context.newPage();
    });
    for (const { context, request } of opened) {
      await context.close();
      await request.dispose();
    }
  },
});

export { expect };
