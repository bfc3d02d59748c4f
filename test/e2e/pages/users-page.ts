// 用户 (管理员): the users with their role and status, 新增用户 and, per user, 修改, 停用/启用, 重置密码.
import { expect, type Locator, type Page } from '@playwright/test';
import { userRoleLabels, type UserRole } from '../../../shared/contract/roles';
import { toast } from './app';
import { FormModal } from './form-modal';

export interface NewUserEntry {
  login: string;
  displayName: string;
  role: UserRole;
  password: string;
  /** 首次登录须修改密码 (the form ticks it to begin with). */
  mustChangePassword: boolean;
}

export class UsersPage {
  readonly table: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('users-table');
    this.addButton = page.getByTestId('user-create');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-users').click();
    await expect(this.table).toBeVisible();
  }

  row(login: string): Locator {
    return this.table.locator(`tr.ant-table-row[data-testid="user-row-${login}"]`);
  }

  /** 新增用户, filled and saved: the user is on the list with their role. */
  async create(entry: NewUserEntry): Promise<void> {
    await this.addButton.click();
    const form = new FormModal(this.page, 'user-create-form');
    await expect(form.form).toBeVisible();
    await form.form.getByTestId('user-login-input').fill(entry.login);
    await form.form.getByTestId('user-name-input').fill(entry.displayName);
    await this.chooseRole(form.form.getByTestId('user-role-select'), entry.role);
    await form.form.getByTestId('user-password-input').fill(entry.password);
    await form.form.getByTestId('user-confirm-input').fill(entry.password);
    const mustChange = form.form.getByTestId('user-must-change-input');
    if ((await mustChange.isChecked()) !== entry.mustChangePassword) await mustChange.click();
    await form.submit();
    await form.expectClosed();
    await expect(toast(this.page, `已新增用户 ${entry.displayName}（${entry.login}）`).first()).toBeVisible();
    await expect(this.row(entry.login)).toContainText(userRoleLabels[entry.role]);
  }

  private async chooseRole(select: Locator, role: UserRole): Promise<void> {
    await select.click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${userRoleLabels[role]}$`) })
      .click();
    await expect(select).toContainText(userRoleLabels[role]);
  }
}
