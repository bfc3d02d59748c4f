// 信息公开 end to end in Chromium at 1366×768, on the demo database: a named and an anonymous donation are
// posted today, the anonymous one reversed with a reason naming its donor; the 经办人 opens 信息公开 on the
// current quarter and sees both in the preview of the 收支公示 (the anonymous one as 爱心人士, with the
// reversal's 更正说明, its donor's real name nowhere), prints it (browser mode: the PDF is
// downloaded; its text says 特此公示 with the figures, never the real name), records it as posted and finds
// it in the register; the dashboard's 信息公开日历 lists the deadlines, what is late in red, and drops the
// quarter once recorded. A running project's 公益项目公示 is printed and recorded from 项目公示, and in the
// desktop app 打印公示 goes to the printer. Nothing here closes a month or changes a setting.
import { formatYuan } from '../../shared/domain/money';
import { openApp, toast, uniqueName } from './pages/app';
import { DisclosureDeadlinesCard, FundDisclosurePage } from './pages/fund-disclosure-page';
import { todayInShanghai } from './support/contracts-seed';
import { collectDownloads, emulateDesktopShell, printRequests } from './support/desktop-shell';
import { pdfText, renderFirstPage, saveDownload, saveScreenshot } from './support/downloaded-documents';
import {
  agreedProject,
  anonymousDonor,
  donorNamed,
  ensureFundSettings,
  postedDonation,
  reversedVoucher,
} from './support/fund-seed';
import { expectNoSidewaysScroll } from './support/layout-checks';
import { expect, hostURLOf, test } from './support/signed-in';

// On the demo database, as fund-forms and fund-projects: fund.spec.ts reads the empty database's figures.
test.use({ viewport: { width: 1366, height: 768 }, host: 'demo', baseURL: hostURLOf('demo') });

const namedFen = 3_456_78;
const anonymousFen = 6_543_21;

test('the quarter’s 收支公示 previewed, printed and recorded as posted; the dashboard’s deadlines', async ({
  page,
  request,
  requestAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const quarterText = `${year}年第${quarter}季度`;
  const reviewer = await requestAs('shenhe');
  await ensureFundSettings(await requestAs('admin'));
  const namedDonor = uniqueName('官渡爱心书店');
  const realName = uniqueName('匿名的张某');
  await postedDonation(request, reviewer, {
    donorId: await donorNamed(request, namedDonor),
    date: today,
    amountFen: namedFen,
  });
  const anonymous = await postedDonation(request, reviewer, {
    donorId: await anonymousDonor(request, realName),
    date: today,
    amountFen: anonymousFen,
  });
  // A reversal whose reason names the anonymous donor: its 更正说明 must print the published name instead.
  await reversedVoucher(request, reviewer, { id: anonymous.voucherId, reason: `重复登记${realName}的捐赠` });

  await openApp(page);
  const card = new DisclosureDeadlinesCard(page);
  const disclosure = new FundDisclosurePage(page);

  await test.step('the dashboard lists the deadlines, what is late in red, this quarter’s still open', async () => {
    await card.openDashboard();
    await expect(card.deadline('quarterly', year, quarter)).toContainText(`${quarterText}收支公示`);
    await expect(card.deadline('annual', year, 0)).toContainText(`截止 ${year + 1}-05-31`);
    // The demo's fund opened more than a quarter ago and has posted nothing: the ended quarters are late.
    await expect(card.lateOnes().first()).toBeVisible();
    await expect(card.lateOnes().first().locator('.ant-typography-danger').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, testInfo, 'fund-disclosure-deadlines-card.png');
  });

  await test.step('信息公开 on the current quarter: both donations, the anonymous one as 爱心人士', async () => {
    await page.goto('/#/fund/vouchers');
    await disclosure.open();
    await disclosure.chooseQuarter(year, quarter);
    await expect(disclosure.donationRow(namedDonor, formatYuan(namedFen))).toHaveCount(1);
    await expect(disclosure.donationRow('爱心人士', formatYuan(anonymousFen))).toHaveCount(1);
    await expect(disclosure.donationRow('爱心人士', formatYuan(-anonymousFen))).toContainText('更正说明');
    await expect(page.getByTestId('fund-disclosure-correction')).not.toHaveCount(0);
    await expect(page.getByText(realName)).toHaveCount(0);
    await expect(disclosure.donations.locator('.ant-table-summary')).toContainText('合计');
    await expect(disclosure.figure('closing')).toContainText(/\d/);
    await expectNoSidewaysScroll(page);
  });

  await test.step('打印公示: the PDF says 特此公示 with the figures, never the real name', async () => {
    const closing =
      (await disclosure.figure('closing').locator('.ant-statistic-content').textContent()) ?? '';
    await disclosure.openPrintForm();
    await saveScreenshot(page, testInfo, 'fund-quarter-notice-form.png');
    const file = await saveDownload(await disclosure.submitPrintForm(), testInfo);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain('特此公示');
    expect(text).toContain(`${quarterText}`);
    expect(text).toContain(namedDonor);
    expect(text).toContain('爱心人士');
    expect(text).toContain(formatYuan(namedFen));
    expect(text).toContain(formatYuan(anonymousFen));
    expect(text).toContain(closing.replace(/\s+/g, ''));
    expect(text).toContain('更正说明');
    expect(text).toContain(formatYuan(-anonymousFen));
    expect(text).not.toContain(realName);
    const png = renderFirstPage(file, file.replace(/\.pdf$/, ''));
    await testInfo.attach('quarter-notice-page-1.png', { path: png, contentType: 'image/png' });
  });

  await test.step('登记已张贴: the register holds it and the quarter shows it posted', async () => {
    await disclosure.recordPosted();
    await expect(disclosure.postedTag).toContainText(`已于 ${today} 张贴`);
    await expect(disclosure.registerRow(quarterText)).toContainText('季度收支公示');
    await expect(disclosure.registerRow(quarterText)).toContainText(today);
    await expect(page.getByTestId('fund-disclosure-record-quarter')).toBeDisabled();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, testInfo, 'fund-disclosure-screen.png');
  });

  await test.step('the dashboard no longer lists the quarter; a late deadline leads where it is done', async () => {
    await card.openDashboard();
    await expect(card.deadline('quarterly', year, quarter)).toHaveCount(0);
    await card.lateOnes().first().locator('a').click();
    await expect(page).toHaveURL(/#\/fund\/(disclosure\?year=\d{4}&quarter=[1-4]|projects\/\d+)$/);
  });
});

test('a running project’s 公示 printed from 项目公示 and recorded as posted', async ({
  page,
  request,
  requestAs,
}, testInfo) => {
  test.setTimeout(120_000);
  const title = uniqueName('独居老人探访');
  const project = await agreedProject(request, await requestAs('shenhe'), title);
  await openApp(page);
  await page.goto('/#/fund/vouchers');
  const disclosure = new FundDisclosurePage(page);
  await disclosure.open();
  await expect(disclosure.projectRow(project.number)).toContainText('项目进展公示');
  await expect(disclosure.projectRow(project.number)).toContainText('待办');

  const file = await saveDownload(await disclosure.printProjectNotice(project.id), testInfo);
  const text = pdfText(file).replace(/\s+/g, '');
  expect(text).toContain(title);
  expect(text).toContain(project.number);
  expect(text).toContain('特此公示');
  const png = renderFirstPage(file, file.replace(/\.pdf$/, ''));
  await testInfo.attach('project-notice-page-1.png', { path: png, contentType: 'image/png' });

  await disclosure.recordProjectPosted(project.id);
  await expect(disclosure.registerRow(project.number)).toContainText('项目进展公示');
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, testInfo, 'fund-disclosure-projects.png');
});

test('in the desktop app 打印公示 goes to the printer: one request for the quarter, no download', async ({
  page,
}, testInfo) => {
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  await emulateDesktopShell(page, 'printed');
  const downloads = collectDownloads(page);
  await openApp(page);
  await page.goto('/#/fund/vouchers');
  const disclosure = new FundDisclosurePage(page);
  await disclosure.open();
  await disclosure.chooseQuarter(year, quarter);
  const form = await disclosure.openPrintForm();
  await expect(
    form.getByTestId('fund-quarter-notice-delivery').getByRole('radio', { name: '打印' }),
  ).toBeChecked();
  await saveScreenshot(page, testInfo, 'fund-quarter-notice-form-desktop.png');
  await page.getByTestId('fund-quarter-notice-submit').click();
  await expect(toast(page, '已发送到打印机')).toBeVisible();
  await expect(form).toHaveCount(0);
  const requests = await printRequests(page);
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({
    channel: 'fund.quarterNoticePdf',
    input: { year, quarter, publishedOn: today, workingDays: 5 },
  });
  expect(downloads).toHaveLength(0);
});
