// At 1366×768, the smallest office screen the app is used on, the wide tables show every column whole
// and readable (no one-character-wide 事项, no 执行率 cut off at the right) and buttons do not touch.
import type { Locator, Page, TestInfo } from '@playwright/test';
import path from 'node:path';
import { demoHostURL, openApp } from './pages/app';
import { expectButtonsApart, expectColumnReadable, expectNoSidewaysScroll } from './support/layout-checks';
import { expect, test } from './support/signed-in';

test.use({ viewport: { width: 1366, height: 768 }, host: 'demo' });

async function openScreen(page: Page, hash: string): Promise<void> {
  await openApp(page, demoHostURL);
  await page.evaluate((address) => (window.location.hash = address), hash);
  await page.waitForFunction('document.fonts.status === "loaded"');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

async function screenshot(page: Page, testInfo: TestInfo, file: string): Promise<void> {
  const screenshotPath = path.join(testInfo.project.outputDir, 'layout-1366', file);
  await page.screenshot({ path: screenshotPath, animations: 'disabled' });
  await testInfo.attach(file, { path: screenshotPath, contentType: 'image/png' });
}

test.describe('at 1366×768', () => {
  test('准入申请 shows 事项 and every other column whole', async ({ page }, testInfo) => {
    await openScreen(page, '#/access');
    const table = page.getByTestId('access-table');
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await screenshot(page, testInfo, 'access.png');
    await expectColumnReadable(page, table, '事项', { minChars: 12 });
    for (const title of ['编号', '申请部门', '涉及社区', '状态', '决定文号', '申请日期', '决定日期'])
      await expectColumnReadable(page, table, title, { minChars: 4 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('main, .ant-layout-content').first());
  });

  test('the funding year shows its last columns (执行率) whole', async ({ page }, testInfo) => {
    await openScreen(page, '#/funding/2025');
    const table = page.getByTestId('funding-table');
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await screenshot(page, testInfo, 'funding-year.png');
    for (const title of ['社区', '应拨合计', '已拨付', '未拨付', '执行率'])
      await expectColumnReadable(page, table, title, { minChars: 3 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());
  });

  test('准入目录 shows every column whole', async ({ page }, testInfo) => {
    await openScreen(page, '#/access/catalogue');
    const table = page.getByTestId('catalogue-table');
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await screenshot(page, testInfo, 'catalogue.png');
    await expectColumnReadable(page, table, '事项名称', { minChars: 8 });
    await expectColumnReadable(page, table, '事项内容', { minChars: 8 });
    for (const title of ['依据', '申请部门', '适用社区', '费随事转', '准入决定'])
      await expectColumnReadable(page, table, title, { minChars: 4 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());
  });

  test('公示清单 shows every column whole and its buttons apart', async ({ page }, testInfo) => {
    await openScreen(page, '#/lists/work_items');
    const table = page.getByTestId('list-current-items');
    await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await screenshot(page, testInfo, 'lists.png');
    for (const title of ['事项名称', '事项内容', '依据'])
      await expectColumnReadable(page, table, title, { minChars: 8 });
    for (const title of ['序号', '责任单位', '社区职责', '备注'])
      await expectColumnReadable(page, table, title, { minChars: 2 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());
  });

  test('购买服务合同 and 承接主体 show every column whole and their buttons apart', async ({
    page,
  }, testInfo) => {
    await openScreen(page, '#/contracts');
    const contracts = page.getByTestId('contract-table');
    await expect(contracts.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await screenshot(page, testInfo, 'contracts.png');
    for (const title of ['合同编号', '合同名称', '承接主体', '履行期限'])
      await expectColumnReadable(page, contracts, title, { minChars: 4 });
    for (const title of ['实施社区', '状态', '价款（元）', '已付（元）', '未付（元）', '评价'])
      await expectColumnReadable(page, contracts, title, { minChars: 2 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());

    await page.evaluate(() => (window.location.hash = '#/providers'));
    const providers = page.getByTestId('provider-table');
    await expect(providers.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    await screenshot(page, testInfo, 'providers.png');
    await expectColumnReadable(page, providers, '名称', { minChars: 8 });
    for (const title of [
      '主体类型',
      '信用代码 / 身份证号码',
      '状态',
      '合同数',
      '合同金额（元）',
      '已付（元）',
      '最近评价',
    ])
      await expectColumnReadable(page, providers, title, { minChars: 2 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());
  });
});

test.describe('at 1366×768, as the 管理员', () => {
  test.use({ user: 'admin' });

  test('用户 shows every column whole and each user’s buttons apart', async ({ page }, testInfo) => {
    await openScreen(page, '#/users');
    const table = page.getByTestId('users-table');
    await expect(table.locator('tr.ant-table-row[data-testid="user-row-jingban"]')).toBeVisible();
    await screenshot(page, testInfo, 'users.png');
    for (const title of ['登录名', '姓名', '角色', '状态', '最近登录', '须改密码'])
      await expectColumnReadable(page, table, title, { minChars: 2 });
    await expectNoSidewaysScroll(page);
    await expectButtonsApart(page, page.locator('.ant-layout-content').first());
  });
});

/** What has the keyboard focus: a header cell, a link in a table row, or something else. */
async function focusedPlace(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'none';
    if (element.closest('thead')) return `header:${(element as HTMLElement).innerText.trim()}`;
    const row = element.closest('tbody tr');
    if (row && element.tagName === 'A') return `row-link:${(element as HTMLElement).innerText.trim()}`;
    return element.tagName.toLowerCase();
  });
}

/** Presses Tab from `start` until a row's link has the focus; returns every place the focus stopped. */
async function tabToFirstRowLink(page: Page, start: Locator, maxPresses = 6): Promise<string[]> {
  await start.focus();
  const stops: string[] = [];
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    const place = await focusedPlace(page);
    stops.push(place);
    if (place.startsWith('row-link:')) break;
  }
  return stops;
}

test.describe('keyboard', () => {
  test('Tab from the search field of 准入申请 reaches the first row without stopping on headers', async ({
    page,
  }) => {
    await openScreen(page, '#/access');
    const table = page.getByTestId('access-table');
    const firstLink = table.locator('tbody tr.ant-table-row').first().getByRole('link');
    await expect(firstLink).toBeVisible();
    const stops = await tabToFirstRowLink(page, page.getByPlaceholder('搜索编号、事项、申请单位或文号'));
    expect(
      stops.filter((stop) => stop.startsWith('header:')),
      `Tab 依次停在：${stops.join(' → ')}`,
    ).toEqual([]);
    expect(stops.at(-1)).toBe(`row-link:${await firstLink.innerText()}`);
  });

  test('Tab from the search field of the register reaches the first community', async ({ page }) => {
    await openScreen(page, '#/communities');
    const table = page.getByTestId('community-table');
    const firstLink = table.locator('tbody tr.ant-table-row').first().getByRole('link').first();
    await expect(firstLink).toBeVisible();
    const stops = await tabToFirstRowLink(page, page.getByTestId('community-search').locator('input'));
    expect(
      stops.filter((stop) => stop.startsWith('header:')),
      `Tab 依次停在：${stops.join(' → ')}`,
    ).toEqual([]);
    expect(stops.at(-1)).toBe(`row-link:${await firstLink.innerText()}`);
  });
});
