// Signing in: the sign-in screen (登录名, 密码, 登录), the first start's 首次使用 (the first administrator),
// the forced 修改密码 after an administrator's reset, and the header's user menu (「姓名 · 角色」 with
// 切换用户 / 修改密码 / 退出登录).
import { expect, type Locator, type Page } from '@playwright/test';
import { hostToken } from './app';

/** How long the answer to a sign-in may take: the host checks the password with scrypt (128 MiB, about a
 * second alone, several on a machine busy with other work). */
export const passwordCheckTimeout = 15_000;

/** Opens the host at `/?token=…` with nobody signed in and waits until the token is out of the address. */
export async function openSignedOut(page: Page, baseURL: string): Promise<void> {
  const response = await page.goto(`${baseURL}/?token=${encodeURIComponent(hostToken())}`);
  expect(response?.status(), 'the host serves dist/renderer (is a `vite build` running?)').toBe(200);
  await expect(page).not.toHaveURL(/token=/);
}

export class SignInPage {
  readonly screen: Locator;
  readonly title: Locator;
  readonly login: Locator;
  readonly password: Locator;
  readonly submitButton: Locator;
  /** The Node side's refusal under the form (a wrong password, a locked or disabled account). */
  readonly refusal: Locator;
  /** Why the screen is shown (「李晓梅已退出登录，请以其他用户登录」). */
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('sign-in-page');
    this.title = page.getByTestId('sign-in-title');
    this.login = page.getByTestId('sign-in-login');
    this.password = page.getByTestId('sign-in-password');
    this.submitButton = page.getByTestId('sign-in-submit');
    this.refusal = page.getByTestId('sign-in-error');
    this.notice = page.getByTestId('sign-in-notice');
  }

  async signIn(login: string, password: string): Promise<void> {
    await expect(this.screen).toBeVisible();
    await this.login.fill(login);
    await this.password.fill(password);
    await this.submitButton.click();
  }
}

export interface FirstAdministratorEntry {
  login: string;
  displayName: string;
  password: string;
}

/** 首次使用: a new ledger asks for its administrator (登录名, 姓名, 密码, 确认密码, 创建管理员并登录). */
export class FirstAdministratorPage {
  readonly screen: Locator;
  readonly submitButton: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('first-administrator-page');
    this.submitButton = page.getByTestId('first-administrator-submit');
  }

  field(label: '登录名' | '姓名' | '密码' | '确认密码'): Locator {
    return this.screen.getByLabel(label, { exact: true });
  }

  async create(entry: FirstAdministratorEntry): Promise<void> {
    await this.field('登录名').fill(entry.login);
    await this.field('姓名').fill(entry.displayName);
    await this.field('密码').fill(entry.password);
    await this.field('确认密码').fill(entry.password);
    await this.submitButton.click();
  }
}

/** 修改密码 before anything else: the password an administrator set is replaced by the user's own. */
export class ChangePasswordPage {
  readonly screen: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('change-password-page');
  }

  async change(currentPassword: string, newPassword: string): Promise<void> {
    await expect(this.screen).toBeVisible();
    await this.screen.getByLabel('当前密码', { exact: true }).fill(currentPassword);
    await this.screen.getByLabel('新密码', { exact: true }).fill(newPassword);
    await this.screen.getByLabel('确认新密码', { exact: true }).fill(newPassword);
    await this.screen.getByRole('button', { name: '修改密码' }).click();
  }
}

export type UserMenuAction = '切换用户' | '修改密码' | '退出登录';

const menuItemTestIds: Record<UserMenuAction, string> = {
  切换用户: 'user-menu-switch',
  修改密码: 'user-menu-password',
  退出登录: 'user-menu-sign-out',
};

/** The header's 「姓名 · 角色」 and its menu. */
export class UserMenu {
  readonly button: Locator;
  readonly signedInUser: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByTestId('user-menu');
    this.signedInUser = page.getByTestId('signed-in-user');
  }

  /** Right after a sign-in (or a first administrator's set-up): the header names the user. */
  async expectSignedInAs(nameAndRole: string): Promise<void> {
    await expect(this.signedInUser).toHaveText(nameAndRole, { timeout: passwordCheckTimeout });
  }

  async choose(action: UserMenuAction): Promise<void> {
    await this.button.click();
    const item = this.page.getByTestId(menuItemTestIds[action]);
    await expect(item).toHaveText(action);
    await item.click();
  }
}

/** 「有未保存的内容，切换用户将丢失这些内容，确定继续吗？」, asked before a sign-in with unsaved input ends. */
export function losingUnsavedQuestion(page: Page, action: '切换用户' | '退出登录') {
  const dialog = page
    .locator('.ant-modal-confirm')
    .filter({ hasText: `有未保存的内容，${action}将丢失这些内容，确定继续吗？` });
  return {
    dialog,
    async answer(button: '确定' | '取消'): Promise<void> {
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: button, exact: true }).click();
      await expect(dialog).toBeHidden();
    },
  };
}
