// The browser-mode boundary: no token, no data; the page's CSP forbids eval; the renderer talks to the
// host through fetch only (no `window.api` outside Electron); a normal load logs no console errors.
import type { ConsoleMessage } from '@playwright/test';
import { openApp } from './pages/app';
import { CommunitiesPage } from './pages/communities-page';
import { expect, test } from './support/signed-in';

const tokenRefusal = '访问令牌无效：请使用启动时显示的地址打开本程序';
const tokenRequired = '访问地址缺少或带有无效的令牌：请使用启动时终端中显示的完整地址打开本程序。';

/** Runs in the page: a string passed to setTimeout is eval, which the CSP must stop. */
const probeStringEval = `new Promise((resolve) => {
  document.addEventListener('securitypolicyviolation', (event) => resolve('blocked by ' + event.effectiveDirective), { once: true });
  setTimeout('globalThis.stringEvalRan = true', 0);
  setTimeout(() => resolve(globalThis.stringEvalRan ? 'ran' : 'did not run, no violation reported'), 1000);
})`;

function isApiCall(url: string): boolean {
  return new URL(url).pathname.startsWith('/api/');
}

test.describe('访问令牌与页面安全', () => {
  test('opened without a token (a bookmark, a new tab), it says how to get a valid address and shows no register', async ({
    page,
  }) => {
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (isApiCall(request.url())) apiCalls.push(request.url());
    });
    await page.goto('/');

    await expect(page.getByTestId('token-required')).toContainText(tokenRequired);
    await expect(page.getByTestId('token-required')).toContainText('?token=');
    await expect(page.getByTestId('nav-communities')).toHaveCount(0);
    await expect(page.getByText(tokenRefusal)).toHaveCount(0);
    expect(apiCalls).toEqual([]);
  });

  test('opened with a token the host refuses (an earlier run), it shows the same page after one 401', async ({
    page,
  }) => {
    const apiStatuses: number[] = [];
    page.on('response', (response) => {
      if (isApiCall(response.url())) apiStatuses.push(response.status());
    });
    await page.goto('/?token=a-token-of-an-earlier-run');

    await expect(page.getByTestId('token-required')).toContainText(tokenRequired);
    await expect(page).not.toHaveURL(/token=/);
    await expect(page.getByTestId('nav-communities')).toHaveCount(0);
    expect(apiStatuses).toEqual([401]);
  });

  test('an API call without the Authorization header gets 401', async ({ page }) => {
    const response = await page.request.post('/api/communities.list', { data: {} });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ ok: false, error: { code: 'forbidden', message: tokenRefusal } });
  });

  test('an API call with a wrong token gets 401', async ({ page }) => {
    const response = await page.request.post('/api/communities.list', {
      data: {},
      headers: { Authorization: 'Bearer not-this-runs-token' },
    });
    expect(response.status()).toBe(401);
  });

  test('the page is served with a CSP that forbids eval', async ({ page }) => {
    const response = await page.goto('/');
    const headerPolicy = response!.headers()['content-security-policy'];
    expect(headerPolicy).toContain("script-src 'self'");
    expect(headerPolicy).not.toContain('unsafe-eval');
    const metaPolicy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(metaPolicy).toContain("script-src 'self'");
    expect(metaPolicy).not.toContain('unsafe-eval');
    // frame-ancestors works only as a header (in a <meta> Chromium ignores it and logs an error).
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(metaPolicy).not.toContain('frame-ancestors');
    // DevTools' own evaluate may always eval, so the page is made to eval by itself (a string timer).
    const evalOutcome = await page.evaluate(probeStringEval);
    expect(evalOutcome).toBe('blocked by script-src');
  });

  test('in a browser there is no window.api and the app works through fetch', async ({ page }) => {
    const listAnswer = page.waitForResponse(
      (response) =>
        response.url().endsWith('/api/communities.list') && response.request().method() === 'POST',
    );
    await openApp(page);
    const answer = await listAnswer;
    expect(answer.status()).toBe(200);
    expect(await answer.request().headerValue('authorization')).toMatch(/^Bearer .+/);
    expect(await page.evaluate(() => typeof (globalThis as { api?: unknown }).api)).toBe('undefined');
    await expect(new CommunitiesPage(page).table).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a normal load logs no console errors', async ({ page }) => {
    const problems: string[] = [];
    const record = (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(message.text());
    };
    page.on('console', record);
    page.on('pageerror', (error) => problems.push(`${error.name}: ${error.message}`));

    const frame = await openApp(page);
    await expect(new CommunitiesPage(page).table).toBeVisible();
    await expect(frame.officeName.or(frame.officeNameMissing)).toBeVisible();
    await frame.nav('audit').click();
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await frame.nav('settings').click();
    await expect(page.getByTestId('office-form')).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('office-form')).toBeVisible();

    expect(problems).toEqual([]);
  });
});
