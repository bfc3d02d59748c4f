// Screenshots of the register on the demo database, for the README and for a human to check that the
// Chinese renders (a CJK font is installed, no empty boxes). The text checks make a blank page fail.
import type { Page, TestInfo } from '@playwright/test';
import path from 'node:path';
import { demoHostURL, openApp } from './pages/app';
import { openSignedOut, SignInPage } from './pages/sign-in-page';
import { CommunitiesPage } from './pages/communities-page';
import { CommunityDetailPage } from './pages/community-detail-page';
import { expect, test } from './support/signed-in';

const pilotCommunities = ['世纪城', '新亚洲体育城', '螺蛳湾国际商贸城', '凤凰山'];

async function saveScreenshot(page: Page, testInfo: TestInfo, file: string): Promise<void> {
  // Fonts first: a screenshot taken before the CJK font is in shows boxes or blank space.
  await page.waitForFunction('document.fonts.status === "loaded"');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const screenshotPath = path.join(testInfo.project.outputDir, 'screenshots', file);
  await page.screenshot({ path: screenshotPath, fullPage: true, animations: 'disabled' });
  await testInfo.attach(file, { path: screenshotPath, contentType: 'image/png' });
}

test.describe('demo screenshots', () => {
  test.use({ host: 'demo' });

  test('the community list with the sample communities', async ({ page }, testInfo) => {
    await openApp(page, demoHostURL);
    const list = new CommunitiesPage(page);
    for (const name of pilotCommunities) await expect(list.row(name)).toBeVisible();
    await expect(list.householdsTotal).toHaveText(/^[1-9][\d,]*$/);
    await expect(page.getByTestId('office-name')).toHaveText('示例街道办事处（演示数据）');

    const text = await page.locator('body').innerText();
    for (const words of [...pilotCommunities, '社区登记', '合计户数']) expect(text).toContain(words);
    await saveScreenshot(page, testInfo, 'community-list.png');
  });

  test('the detail of 世纪城 with its courtyards and compliance flags', async ({ page }, testInfo) => {
    await openApp(page, demoHostURL);
    await new CommunitiesPage(page).openCommunity('世纪城');
    const detail = new CommunityDetailPage(page);
    await expect(detail.courtyardRow('世纪城金源小区')).toContainText('物管院落');
    await expect(detail.complianceFlag('committee')).toHaveAttribute('data-ok', 'true');
    await expect(detail.upliftTag).toBeVisible();

    const text = await page.locator('body').innerText();
    for (const words of ['世纪城', '世纪城金源小区', '金源老街坊', '年度情况', '合规检查'])
      expect(text).toContain(words);
    await saveScreenshot(page, testInfo, 'community-detail.png');
  });
});

test.describe('demo screenshots, signed out', () => {
  test.use({ host: 'demo', user: null });

  test('the sign-in screen titled with the office', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openSignedOut(page, demoHostURL);
    const signIn = new SignInPage(page);
    await expect(signIn.title).toHaveText('示例街道办事处（演示数据）');
    await expect(signIn.submitButton).toHaveText('登录');
    const text = await page.locator('body').innerText();
    for (const words of ['街道社区经费台账', '登录名', '密码']) expect(text).toContain(words);
    await saveScreenshot(page, testInfo, 'demo-sign-in.png');
  });
});
