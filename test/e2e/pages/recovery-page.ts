// The recovery page a ledger that cannot be opened is met with: what is wrong, the file's path, the newest
// verified backup and the ways out; and the page after a way out opened the ledger.
import { expect, type Locator, type Page } from '@playwright/test';

export class RecoveryPage {
  readonly screen: Locator;
  readonly title: Locator;
  readonly explanation: Locator;
  readonly path: Locator;
  readonly backup: Locator;
  readonly recovered: Locator;
  readonly movedAside: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('recovery-page');
    this.title = page.getByTestId('recovery-title');
    this.explanation = page.getByTestId('recovery-explanation');
    this.path = page.getByTestId('recovery-path');
    this.backup = page.getByTestId('recovery-backup');
    this.recovered = page.getByTestId('recovered-page');
    this.movedAside = page.getByTestId('recovered-moved-aside');
  }

  wayOut(way: 'restoreBackup' | 'finishUpgrade' | 'startNew' | 'recheck'): Locator {
    return this.page.getByTestId(`recovery-${way}`);
  }

  /** 从此备份恢复 asks first, naming the backup's date and where the damaged file goes. */
  async askToRestore(): Promise<Locator> {
    await this.wayOut('restoreBackup').click();
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toContainText('的备份恢复？');
    await expect(dialog).toContainText('backups/damaged');
    return dialog;
  }

  async confirmRestore(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: '从此备份恢复' }).click();
    await expect(this.recovered).toBeVisible({ timeout: 30_000 });
  }

  async continueToSignIn(): Promise<void> {
    await this.page.getByTestId('recovered-continue').click();
  }
}
