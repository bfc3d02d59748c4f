// 备份与恢复 (管理员): the backups with their kind and verification, 立即备份 with its progress bar, and per
// row 导出备份 and 恢复 (撤销恢复 on a 恢复前 copy) behind a confirmation naming what will be lost.
import { expect, type Locator, type Page } from '@playwright/test';

/** The confirmation of a restore: the backup's date, what will be lost, a tick, then 恢复 / 撤销恢复. */
export class RestoreDialog {
  readonly dialog: Locator;
  readonly lost: Locator;
  readonly understood: Locator;
  readonly okButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('restore-modal');
    this.lost = page.getByTestId('restore-lost');
    this.understood = page.getByTestId('restore-understood');
    this.okButton = page.getByTestId('restore-ok');
  }

  /** Ticks 我已知晓 (the button stays disabled until then) and confirms. */
  async confirm(): Promise<void> {
    await expect(this.okButton).toBeDisabled();
    await this.understood.check();
    await expect(this.okButton).toBeEnabled();
    await this.okButton.click();
  }

  /** The same from the keyboard alone: the tick has the focus, Space ticks it, Tab twice reaches the button. */
  async confirmByKeyboard(): Promise<void> {
    await expect(this.understood).toBeFocused();
    await this.page.keyboard.press('Space');
    await expect(this.understood).toBeChecked();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Tab');
    await expect(this.okButton).toBeFocused();
    await this.page.keyboard.press('Enter');
  }
}

export class BackupsPage {
  readonly table: Locator;
  readonly createButton: Locator;
  readonly progress: Locator;
  readonly progressText: Locator;
  readonly newest: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('backups-table');
    this.createButton = page.getByTestId('backup-create');
    this.progress = page.getByTestId('backup-progress');
    this.progressText = page.getByTestId('backup-progress-text');
    this.newest = page.getByTestId('backups-newest');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-backups').click();
    await expect(this.table).toBeVisible();
  }

  rows(): Locator {
    return this.table.locator('tbody tr.ant-table-row');
  }

  /** The row of the backup 立即备份 has just taken. */
  newRow(): Locator {
    return this.table.locator('tbody tr.ant-table-row[data-new="true"]');
  }

  /** The newest row of a kind (the table lists the newest first). */
  newestOfKind(kindLabel: string): Locator {
    return this.rows()
      .filter({ has: this.page.locator('.ant-tag', { hasText: new RegExp(`^${kindLabel}$`) }) })
      .first();
  }

  /**
   * 立即备份, watched until the bar says how it ended. Returns the states the bar went through: a backup of
   * the demo ledger can end within a frame or two, so they are recorded as the page changes them.
   */
  async backUpNow(): Promise<string[]> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { backupStates: string[] }).backupStates = seen;
      new MutationObserver(() => {
        const state = document.querySelector('[data-testid="backup-progress"]')?.getAttribute('data-state');
        if (state && seen.at(-1) !== state) seen.push(state);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await this.createButton.click();
    await expect(this.progress).toBeVisible();
    await expect(this.progress).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
    return this.page.evaluate(() => (window as unknown as { backupStates: string[] }).backupStates);
  }

  /** The backup's file name, from its row. */
  async fileNameOf(row: Locator): Promise<string> {
    const testId = await row.getAttribute('data-testid');
    expect(testId).toMatch(/^backup-row-/);
    return (testId ?? '').replace(/^backup-row-/, '');
  }

  /** Opens the row's 恢复 / 撤销恢复 confirmation, by a click or (`keyboard`) by Enter on the focused button. */
  async openRestore(row: Locator, { keyboard = false } = {}): Promise<RestoreDialog> {
    const button = row.locator('[data-testid^="backup-restore-"]');
    if (keyboard) {
      await button.focus();
      await this.page.keyboard.press('Enter');
    } else {
      await button.click();
    }
    const dialog = new RestoreDialog(this.page);
    await expect(dialog.dialog).toBeVisible();
    await expect(dialog.lost).toBeVisible();
    return dialog;
  }
}
