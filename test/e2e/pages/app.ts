// Opening the app the way the host prints it (`/?token=…`) and the frame every screen shares: the left
// menu and the header with the office name.
import { expect, type Locator, type Page } from '@playwright/test';
import { hosts } from '../../../playwright.config';

/** The host on the demo database (the sample communities), for screenshots. */
export const demoHostURL = `http://127.0.0.1:${hosts.demo}`;

/** This run's token, drawn by playwright.config.ts and inherited by the workers. */
export function hostToken(): string {
  const token = process.env.LEDGER_HOST_TOKEN;
  if (!token) throw new Error('LEDGER_HOST_TOKEN is not set: run the suite through playwright.config.ts');
  return token;
}

/**
 * Opens the app at `/?token=…` on the given host (the config's baseURL when omitted) and waits until the
 * renderer has taken the token out of the address bar and shown the register.
 */
export async function openApp(page: Page, baseURL?: string): Promise<AppFrame> {
  const response = await page.goto(`${baseURL ?? ''}/?token=${encodeURIComponent(hostToken())}`);
  expect(response?.status(), 'the host serves dist/renderer (is a `vite build` running?)').toBe(200);
  await expect(page).not.toHaveURL(/token=/);
  const frame = new AppFrame(page);
  await expect(frame.nav('communities')).toBeVisible();
  // The start route redirects to the register; a test that sets the hash before that lands loses it.
  await expect(page).toHaveURL(/#\/communities$/);
  return frame;
}

export class AppFrame {
  readonly officeName: Locator;
  readonly officeNameMissing: Locator;

  constructor(readonly page: Page) {
    this.officeName = page.getByTestId('office-name');
    this.officeNameMissing = page.getByTestId('office-name-missing');
  }

  nav(screen: 'communities' | 'audit' | 'settings'): Locator {
    return this.page.getByTestId(`nav-${screen}`);
  }
}

function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The short-lived message at the top (已新增社区「…」, 已保存 …) with this text. */
export function toast(page: Page, text: string | RegExp): Locator {
  return page.locator('.ant-message-notice').filter({ hasText: text });
}

/** A name no earlier test of this run (nor an earlier run on a kept database) has used. */
export function uniqueName(prefix: string): string {
  return `${prefix}${uniqueSuffix()}`;
}

/** A 社区代码 (digits, letters, hyphens), unique like uniqueName: the register refuses a repeated code. */
export function uniqueCode(prefix: string): string {
  return `${prefix}-${uniqueSuffix()}`.toUpperCase();
}
