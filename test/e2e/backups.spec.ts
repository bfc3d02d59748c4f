// 备份与恢复 end to end (issue #14): the 管理员 takes a backup from the screen and watches it verified, a
// 经办人 then registers a community, the 管理员 restores the backup (the confirmation names its date and
// the operations lost), signs in again and the community is gone; restoring the 恢复前 copy (撤销恢复)
// brings it back. A 经办人 sees no 备份与恢复 and the channels refuse them. The spec runs on a demo
// database of its own (the config's `backups` host): a restore would disturb every later spec.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, toast, uniqueName } from './pages/app';
import { BackupsPage, type RestoreDialog } from './pages/backups-page';
import { CommunitiesPage } from './pages/communities-page';
import { passwordCheckTimeout, SignInPage, UserMenu } from './pages/sign-in-page';
import { refusalOf } from './support/access-and-lists';
import { expectButtonsApart, expectColumnReadable, expectNoSidewaysScroll } from './support/layout-checks';
import { registerCommunity } from './support/register-api';
import { e2ePassword, e2eUsers, expect, test } from './support/signed-in';

test.use({ host: 'backups', viewport: { width: 1366, height: 768 } });

/** Screens the issue asks to look at, at 1366×768. */
async function saveScreen(page: Page, name: string): Promise<void> {
  await page.waitForFunction('document.fonts.status === "loaded"');
  await page.screenshot({ path: `/tmp/screen-${name}.png`, animations: 'disabled' });
}

async function expectCommunity(page: Page, name: string, present: boolean): Promise<void> {
  const communities = new CommunitiesPage(page);
  await communities.open();
  await communities.searchFor(name);
  await expect(communities.row(name)).toHaveCount(present ? 1 : 0);
}

/** After a restore everyone signs in again: the sign-in screen says why, and the 管理员 signs back in. */
async function signInAfterRestore(page: Page, takenAt: string): Promise<void> {
  const signIn = new SignInPage(page);
  await expect(signIn.notice).toContainText(`已恢复 ${takenAt} 的备份，所有用户已退出登录`, {
    timeout: passwordCheckTimeout,
  });
  await expect(signIn.notice).toContainText('恢复前');
  await signIn.signIn('admin', e2ePassword());
  await new UserMenu(page).expectSignedInAs(`${e2eUsers.admin.displayName} · 管理员`);
}

async function takenAtOf(dialog: RestoreDialog): Promise<string> {
  const title = (await dialog.dialog.locator('.ant-modal-title').textContent()) ?? '';
  const match = /(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/.exec(title);
  expect(match, `the confirmation names the backup's date: ${title}`).not.toBeNull();
  return match?.[1] ?? '';
}

test.describe('管理员', () => {
  test.use({ user: 'admin' });

  test('backs up now, restores the backup from the screen, and undoes the restore', async ({
    page,
    hostURL,
    requestAs,
  }) => {
    test.setTimeout(180_000);
    const backups = new BackupsPage(page);
    const community = uniqueName('备份后新增社区');

    await test.step('立即备份 shows its progress and the new row, verified', async () => {
      await openApp(page, hostURL);
      await backups.open();
      await saveScreen(page, 'list');
      expect(await backups.backUpNow()).toEqual(['running', 'done']);
      await expect(backups.progressText).toContainText('校验通过');
      await expect(backups.newRow()).toContainText('手动');
      await expect(backups.newRow()).toContainText('通过');
      await expect(toast(page, '校验通过').first()).toBeVisible();
      await saveScreen(page, 'progress');
      // Laid out for 1366×768: every column readable, no sideways scroll, the row's buttons apart.
      for (const title of ['备份时间', '类型', '大小', '记录数', '校验', '操作'])
        await expectColumnReadable(page, backups.table, title, { minChars: 2 });
      await expectNoSidewaysScroll(page);
      await expectButtonsApart(page, page.locator('.ant-layout-content').first());
      await expect(toast(page, '校验通过')).toHaveCount(0, { timeout: 10_000 });
      await backups.newRow().getByTestId('backup-counts').hover();
      await expect(page.locator('.ant-tooltip')).toContainText('操作日志：');
      await saveScreen(page, 'counts');
    });
    const backupFile = await backups.fileNameOf(backups.newRow());

    await test.step('导出备份 downloads the backup’s bytes, named by its date', async () => {
      const downloading = page.waitForEvent('download');
      await backups.newRow().getByTestId(`backup-export-${backupFile}`).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^台账备份-\d{4}-\d{2}-\d{2}-\d{4}\.sqlite$/);
      const bytes = fs.readFileSync(await download.path());
      expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    });

    await test.step('a 经办人 registers a community after the backup', async () => {
      await registerCommunity(await requestAs('jingban'), { name: community });
      await expectCommunity(page, community, true);
    });

    await test.step('恢复 names the backup’s date and the operations lost, then everyone signs in again', async () => {
      await backups.open();
      const dialog = await backups.openRestore(backups.table.getByTestId(`backup-row-${backupFile}`));
      const takenAt = await takenAtOf(dialog);
      await expect(dialog.lost).toContainText(/将丢失该备份之后的 \d+ 项操作：/);
      await expect(dialog.lost).toContainText('社区');
      await expect(dialog.dialog).toContainText('另存为一份「恢复前」备份');
      await saveScreen(page, 'confirmation');
      await dialog.confirm();
      await expect(new SignInPage(page).screen).toBeVisible({ timeout: 30_000 });
      await saveScreen(page, 'after-restore');
      await signInAfterRestore(page, takenAt);
      await expectCommunity(page, community, false);
    });

    await test.step('撤销恢复 on the 恢复前 copy, from the keyboard, brings the community back', async () => {
      await backups.open();
      const keptAside = backups.newestOfKind('恢复前');
      await expect(keptAside).toContainText('撤销恢复');
      await saveScreen(page, 'list-after-restore');
      const dialog = await backups.openRestore(keptAside, { keyboard: true });
      await expect(dialog.dialog).toContainText('恢复它，即撤销上次的恢复');
      const takenAt = await takenAtOf(dialog);
      await dialog.confirmByKeyboard();
      await signInAfterRestore(page, takenAt);
      await expectCommunity(page, community, true);
    });
  });

  test('a backup that failed its check cannot be restored, and the button says why', async ({
    page,
    hostURL,
  }) => {
    // A file put in the backups folder by hand, with no record of a check: listed, but 未通过.
    const dataDir = process.env.LEDGER_E2E_DIR;
    if (!dataDir) throw new Error('LEDGER_E2E_DIR is not set: run the suite through playwright.config.ts');
    const stray = path.join(dataDir, 'backups-host', 'backups', 'ledger-20260105-080000-quit.sqlite');
    fs.writeFileSync(stray, 'not a ledger at all');
    const longAgo = new Date('2026-01-05T08:00:00+08:00');
    fs.utimesSync(stray, longAgo, longAgo);

    const backups = new BackupsPage(page);
    await openApp(page, hostURL);
    await backups.open();
    const row = backups.table.getByTestId(`backup-row-${path.basename(stray)}`);
    await expect(row).toContainText('未通过');
    const restore = row.getByTestId(`backup-restore-${path.basename(stray)}`);
    await expect(restore).toBeDisabled();
    await row.locator('[data-refusal]').hover();
    await expect(page.locator('.ant-tooltip')).toContainText('该备份未通过校验，不能恢复');
    await saveScreen(page, 'failed');
  });
});

test.describe('经办人', () => {
  test('sees no 备份与恢复, and the backup channels refuse them', async ({ page, hostURL, request }) => {
    await openApp(page, hostURL);
    await expect(page.getByTestId('nav-users')).toHaveCount(0);
    await expect(page.getByTestId('nav-backups')).toHaveCount(0);
    for (const refusal of [
      await refusalOf(request, 'backups.list', {}),
      await refusalOf(request, 'backups.create', {}),
      await refusalOf(request, 'backups.restore', { fileName: 'ledger-20261204-083000-manual.sqlite' }),
    ]) {
      expect(refusal).toEqual({
        code: 'forbidden',
        message: `${e2eUsers.jingban.displayName}（经办人）不能办理此操作：须由管理员办理`,
      });
    }
  });
});
