// A damaged ledger in the browser: the host on a demo database whose register's page was overwritten
// after its verified backup starts on the recovery page, which says what is wrong in Chinese, names the
// file and the backup; 从此备份恢复 (confirmed) moves the damaged file aside, and the sign-in follows on the
// demo data brought back.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { openSignedOut, SignInPage, passwordCheckTimeout } from './pages/sign-in-page';
import { RecoveryPage } from './pages/recovery-page';
import { e2ePassword, test } from './support/signed-in';

test.use({ host: 'damaged', user: null, viewport: { width: 1366, height: 768 } });

async function screenshot(page: Page, file: string): Promise<void> {
  await page.waitForFunction('document.fonts.status === "loaded"');
  await page.screenshot({ path: path.join('/tmp', file), animations: 'disabled' });
}

/** The backup's time as the page shows it (备份时间). */
async function backupTime(recovery: RecoveryPage): Promise<string> {
  const cell = recovery.backup.locator('tr', { hasText: '备份时间' }).locator('td').first();
  return (await cell.textContent())?.trim() ?? '';
}

test('the recovery page restores the newest verified backup, and the demo data is back', async ({
  page,
  hostURL,
}) => {
  const recovery = new RecoveryPage(page);
  await openSignedOut(page, hostURL);

  await test.step('the page says what is wrong, where the file is, and which backup can be restored', async () => {
    await expect(recovery.title).toHaveText('无法打开台账数据库：台账数据库文件已损坏');
    await expect(recovery.explanation).toContainText('有内容被改写或丢失');
    await expect(recovery.explanation).not.toContainText('malformed');
    await expect(recovery.path).toContainText('damaged.sqlite');
    await expect(recovery.backup).toContainText('最近一次验证通过的备份');
    await expect(recovery.backup).toContainText('社区');
    await expect(page.getByTestId('sign-in-page')).toHaveCount(0);
    await screenshot(page, 'damaged-recovery.png');
  });

  await test.step('从此备份恢复, confirmed, moves the damaged file aside', async () => {
    const dialog = await recovery.askToRestore();
    await expect(dialog).toContainText(`从 ${await backupTime(recovery)} 的备份恢复？`);
    await screenshot(page, 'damaged-confirm.png');
    await recovery.confirmRestore(dialog);
    await expect(recovery.movedAside).toContainText(path.join('backups', 'damaged', 'damaged-'));
    await screenshot(page, 'damaged-recovered.png');
    await recovery.continueToSignIn();
  });

  await test.step('the sign-in appears and the demo register is back', async () => {
    const signIn = new SignInPage(page);
    await signIn.signIn('admin', e2ePassword());
    await expect(page.getByTestId('nav-communities')).toBeVisible({ timeout: passwordCheckTimeout });
    await expect(page.getByRole('cell', { name: '世纪城', exact: true })).toBeVisible();
  });
});
