// 打印 in the desktop app, in Chromium against the host: a stand-in for the shell's window.desktop records
// every print request and answers as the shell would, producing the file through the host's API (so an
// invalid input gets the backend's real refusal) without a printer. With it the notice forms offer
// 输出方式 and print by default, 保存为PDF still saves, one file per community never prints and the 审批表
// prints with 保存为PDF beside it; without it (browser mode) nothing of that is shown and files download.
// Funding years 2030–2034 are this spec's alone: the app ships holidays for 2024–2026, so only weekends
// count, and 2030-03-04 is a Monday.
import type { APIRequestContext, Page } from '@playwright/test';
import path from 'node:path';
import type { Community } from '../../shared/features/register/contract';
import { AccessDetailPage } from './pages/access-requests-page';
import { openApp, toast, uniqueName } from './pages/app';
import type { FundingNoticeDialog } from './pages/funding-notice-dialog';
import { FundingYearPage } from './pages/funding-year-page';
import { NoticesPage } from './pages/notices-page';
import { collectDownloads, emulateDesktopShell, printRequests, releasePrints } from './support/desktop-shell';
import { saveScreenshot } from './support/downloaded-documents';
import { callChannel, ensureOfficeName, registerFundedCommunity } from './support/funding-seed';
import { registerCommunity } from './support/register-api';
import { expect, test, type RequestAs } from './support/signed-in';

/** A computed (draft) year with one community whose every line has an amount, so its notice can print. */
async function fundingYearReadyForNotice(
  request: APIRequestContext,
  requestAs: RequestAs,
  year: number,
): Promise<Community> {
  await ensureOfficeName(await requestAs('admin'));
  const community = await registerFundedCommunity(request, {
    name: uniqueName('打印公示'),
    year,
    totalHouseholds: 15_000,
    courtyardHouseholds: { self_governed: 5_000, public_unit: 3_000, property_managed: 7_000 },
  });
  await callChannel(request, 'funding.compute', { year });
  await callChannel(request, 'funding.setPartyBuilding', {
    year,
    communityId: community.id,
    amountFen: 10_000_00,
    organisations: '社区党支部',
  });
  return community;
}

async function openFundingNotice(page: Page, year: number): Promise<FundingNoticeDialog> {
  await openApp(page);
  const yearPage = new FundingYearPage(page);
  await yearPage.open(year);
  return yearPage.openNotice();
}

const noticeDates = { startDate: '2030-03-04', workingDays: 5, issueDate: '2030-03-01' };

test.describe('打印 in the desktop app', () => {
  test('the funding notice prints by default: one request with the community and dates chosen, no download', async ({
    page,
    request,
    requestAs,
  }, testInfo) => {
    const year = 2030;
    const community = await fundingYearReadyForNotice(request, requestAs, year);
    await emulateDesktopShell(page, 'printed');
    const notice = await openFundingNotice(page, year);
    const downloads = collectDownloads(page);

    await expect(notice.delivery).toBeVisible();
    await expect(notice.deliveryOption('打印')).toBeChecked();
    await expect(notice.submitButton).toHaveText('打印');
    await notice.fill({ communityName: community.name, ...noticeDates });
    await expect(notice.endDate).toHaveAttribute('data-end-date', '2030-03-08');
    await saveScreenshot(page, testInfo, 'notice-dialog-desktop.png');

    await notice.submitWithEnter();
    const fileName = `${community.name}${year}年度社区工作经费核定情况公示.pdf`;
    await expect(toast(page, `已发送到打印机：${fileName}，共1页`)).toBeVisible();
    await notice.expectClosed();
    expect(await printRequests(page)).toEqual([
      { channel: 'funding.notice', input: { year, communityId: community.id, ...noticeDates } },
    ]);
    expect(downloads).toHaveLength(0);
  });

  test('保存为PDF saves the funding notice through the file path, and a closed print dialog says so', async ({
    page,
    request,
    requestAs,
  }) => {
    const year = 2031;
    const community = await fundingYearReadyForNotice(request, requestAs, year);
    await emulateDesktopShell(page, 'canceled');
    const notice = await openFundingNotice(page, year);

    await notice.fill({ communityName: community.name, ...noticeDates });
    await notice.chooseDelivery('保存为PDF');
    await expect(notice.submitButton).toHaveText('生成公示');
    const download = await notice.printNotice();
    expect(download.suggestedFilename()).toBe(`${community.name}${year}年度社区工作经费核定情况公示.pdf`);
    expect(await printRequests(page)).toEqual([]);

    await new FundingYearPage(page).openNotice();
    await expect(notice.deliveryOption('打印')).toBeChecked();
    await notice.fill({ communityName: community.name, ...noticeDates });
    await notice.submitWithEnter();
    await expect(toast(page, '已取消打印')).toBeVisible();
    await notice.expectClosed();
    expect(await printRequests(page)).toHaveLength(1);
  });

  test('while the shell prints, the dialog shows progress, stays open and sends no second print', async ({
    page,
    request,
    requestAs,
  }) => {
    const year = 2032;
    const community = await fundingYearReadyForNotice(request, requestAs, year);
    await emulateDesktopShell(page, 'held');
    const notice = await openFundingNotice(page, year);

    await notice.fill({ communityName: community.name, ...noticeDates });
    await notice.submitWithEnter();
    await expect(notice.submitButton).toHaveText('正在打印…');
    await expect(notice.submitButton).toHaveClass(/ant-btn-loading/);
    await notice.workingDays.press('Enter');
    await notice.submitButton.click({ force: true });
    await expect(notice.cancelButton).toBeDisabled();
    await page.keyboard.press('Escape');
    await expect(notice.form).toBeVisible();
    expect(await printRequests(page)).toHaveLength(1);

    await releasePrints(page);
    await expect(toast(page, /^已发送到打印机：/)).toBeVisible();
    await notice.expectClosed();
    expect(await printRequests(page)).toHaveLength(1);
  });

  test('a notice the backend refuses shows its message on the field it names', async ({
    page,
    request,
    requestAs,
  }) => {
    const year = 2033;
    await fundingYearReadyForNotice(request, requestAs, year);
    // Registered after the year was computed: listed in the dialog, but without funding lines.
    const uncomputed = await registerCommunity(request, { name: uniqueName('未测算') });
    await emulateDesktopShell(page, 'printed');
    const notice = await openFundingNotice(page, year);

    await notice.fill({ communityName: uncomputed.name, ...noticeDates });
    await notice.submit();
    await expect(notice.messageOf('公示社区')).toHaveText('社区：该社区本年度没有核定经费');
    await expect(notice.form).toBeVisible();
    expect(await printRequests(page)).toEqual([
      { channel: 'funding.notice', input: { year, communityId: uncomputed.id, ...noticeDates } },
    ]);
  });

  test('公示打印 prints a merged notice and never prints one file per community', async ({
    page,
    request,
  }) => {
    const community = await registerCommunity(request, { name: uniqueName('打印清单') });
    await emulateDesktopShell(page, 'printed');
    await openApp(page);
    const notices = new NoticesPage(page);
    await notices.open();
    const downloads = collectDownloads(page);

    await expect(notices.delivery).toBeVisible();
    const entry = { community: community.name, startDate: '2027-03-01', workingDays: 5 };
    await notices.fill({ kind: '两个清单', mode: '合并为一个PDF', issueDate: '2027-02-26', ...entry });
    await expect(notices.deliveryOption('打印')).toBeChecked();
    await expect(notices.generateButton).toHaveText('打印');
    await expect(notices.endDate).toHaveAttribute('data-end-date', '2027-03-05');
    await notices.generateButton.click();
    await expect(toast(page, /^已发送到打印机：.+\.pdf，共1页$/)).toBeVisible();
    expect(await printRequests(page)).toEqual([
      {
        channel: 'lists.notice',
        input: {
          kind: 'two_lists',
          communityId: community.id,
          startDate: '2027-03-01',
          workingDays: 5,
          issueDate: '2027-02-26',
        },
      },
    ]);
    expect(downloads).toHaveLength(0);

    await notices.fill({ kind: '两个清单', mode: '每个社区一个文件', ...entry });
    await expect(notices.deliveryOption('打印')).toBeDisabled();
    await expect(notices.deliveryOption('保存为PDF')).toBeChecked();
    await expect(notices.form).toContainText('「每个社区一个文件」逐个保存为PDF，不能直接打印');
    await expect(notices.generateButton).toHaveText('生成公示');
    const download = await notices.generate();
    // The stand-in shell has no window.api to save files with: they come through fetch and the browser,
    // which gets the series as one zip, as in browser mode.
    expect(path.extname(download.suggestedFilename())).toBe('.zip');
    expect(await printRequests(page)).toHaveLength(1);

    await notices.page.getByTestId('notice-mode').getByText('合并为一个PDF', { exact: true }).click();
    await expect(notices.deliveryOption('打印')).toBeChecked();
  });

  test('打印审批表 prints the form, and 保存为PDF beside it saves it', async ({ page, request }) => {
    const community = await registerCommunity(request, { name: uniqueName('打印审批') });
    const submitted = await callChannel(request, 'access.submit', {
      requestingDepartment: '区民政局',
      title: `社区养老服务需求摸底${uniqueName('')}`,
      content: '入户摸底辖区独居老人养老服务需求',
      legalBasis: '',
      reason: '制定养老服务补贴方案需要基础数据',
      communityIds: [community.id],
      requestedStartDate: '2026-03-02',
      submittedDate: '2026-01-05',
    });
    await emulateDesktopShell(page, 'printed');
    await openApp(page);
    await page.evaluate((hash) => (window.location.hash = hash), `#/access/${submitted.id}`);
    const detail = new AccessDetailPage(page);
    await expect(detail.detail).toBeVisible();
    const downloads = collectDownloads(page);

    await detail.printFormButton.click();
    await expect(toast(page, /^已发送到打印机：.+\.pdf，共1页$/)).toBeVisible();
    expect(await printRequests(page)).toEqual([{ channel: 'access.form', input: { id: submitted.id } }]);
    expect(downloads).toHaveLength(0);

    const download = await detail.saveForm();
    expect(path.extname(download.suggestedFilename())).toBe('.pdf');
    expect(await printRequests(page)).toHaveLength(1);
  });
});

test.describe('打印 in browser mode', () => {
  test('no 输出方式 is offered and the notices and the form download as before', async ({
    page,
    request,
    requestAs,
  }) => {
    const year = 2034;
    const community = await fundingYearReadyForNotice(request, requestAs, year);
    const submitted = await callChannel(request, 'access.submit', {
      requestingDepartment: '区民政局',
      title: `浏览器下载审批表${uniqueName('')}`,
      content: '核对浏览器模式下审批表的下载',
      legalBasis: '',
      reason: '浏览器模式没有打印机接口',
      communityIds: [community.id],
      requestedStartDate: '2026-03-02',
      submittedDate: '2026-01-05',
    });

    const notice = await openFundingNotice(page, year);
    await expect(notice.community).toBeVisible();
    await expect(notice.delivery).toHaveCount(0);
    await expect(notice.submitButton).toHaveText('生成公示');
    await notice.cancel();

    const notices = new NoticesPage(page);
    await notices.open();
    await expect(notices.delivery).toHaveCount(0);
    await expect(notices.generateButton).toHaveText('生成公示');
    await notices.fill({
      kind: '两个清单',
      community: community.name,
      mode: '合并为一个PDF',
      startDate: '2027-03-01',
      workingDays: 5,
    });
    expect(path.extname((await notices.generate()).suggestedFilename())).toBe('.pdf');

    await page.evaluate((hash) => (window.location.hash = hash), `#/access/${submitted.id}`);
    const detail = new AccessDetailPage(page);
    await expect(detail.detail).toBeVisible();
    await expect(detail.saveFormButton).toHaveCount(0);
    expect(path.extname((await detail.printForm()).suggestedFilename())).toBe('.pdf');
  });
});
