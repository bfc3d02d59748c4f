// 社区公益微基金 end to end (issue #12), in Chromium at 1366×768 on the empty database: the 经办人 records a
// restricted donation through 登记捐赠, seeing the voucher it writes before saving; the 审核人 posts it; a grant
// paid against the designation is posted too and the designation's available amount falls by it; the
// 审核人 closes the month, a donation dated into it is refused with the closed-period message, and the
// 科目余额表 is shown, exported (its figures read back from the xlsx) and printed: 打印 hands its PDF to the
// desktop shell (a stand-in here), the print window previews its A4 pages, and the PDF's text carries
// the title, 编制单位, 单位：元, the screen's totals and the signature line.
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { formatYuan } from '../../shared/domain/money';
import { openApp, toast, uniqueName } from './pages/app';
import { chooseOption } from './pages/access-requests-page';
import { PrintPage } from './pages/print-page';
import { emulateDesktopShell, printRequests } from './support/desktop-shell';
import { todayInShanghai } from './support/contracts-seed';
import { callChannel } from './support/funding-seed';
import { pdfText, renderFirstPage, saveDownload, saveScreenshot } from './support/downloaded-documents';
import { installFakePrintBridge } from './support/print-bridge';
import { inkShare, pdfInfo, renderGreyPage } from './support/print-poppler';
import {
  donorNamed,
  ensureFundSettings,
  grantRecipient,
  lastMonth,
  purposeDesignation,
} from './support/fund-seed';
import { expect, test } from './support/signed-in';

test.use({ viewport: { width: 1366, height: 768 } });

/** Picks the first option of an antd Select that contains `text` (typed first, to narrow a searchable one). */
async function pickByTyping(page: Page, select: Locator, text: string): Promise<void> {
  await page.mouse.move(0, 0);
  await select.click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
  await expect(select).toContainText(text);
}

const donationFen = 30_000_00;
const grantFen = 12_000_00;

test('a restricted donation, a grant against it, the month closed and the 科目余额表', async ({
  page,
  request,
  requestAs,
  pageAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const month = lastMonth();
  const shenheRequest = await requestAs('shenhe');
  await ensureFundSettings(await requestAs('admin'));
  const designation = await purposeDesignation(request);
  const donorName = uniqueName('官渡爱心企业');
  await donorNamed(request, donorName);
  const recipient = await grantRecipient(request);

  await openApp(page);
  await test.step('登记捐赠: the voucher it writes is shown before saving, then submitted for review', async () => {
    await page.goto('/#/fund/donations');
    await page.getByTestId('fund-donation-add').click();
    const form = page.getByTestId('fund-donation-form');
    await chooseOption(page, form.getByTestId('fund-donation-donor'), donorName);
    await form.getByTestId('fund-donation-date').fill(month.day);
    await form.getByTestId('fund-donation-amount').fill(formatYuan(donationFen).replace(/,/g, ''));
    await chooseOption(page, form.getByTestId('fund-donation-designation'), designation.name);
    const preview = page.getByTestId('fund-donation-preview');
    await expect(preview).toContainText('1002');
    await expect(preview).toContainText('4101');
    await expect(preview).toContainText(formatYuan(donationFen));
    await saveScreenshot(page, testInfo, 'fund-donation-preview.png');
    await page.getByTestId('fund-donation-submit').click();
    await expect(page.getByTestId('fund-donation-form')).toBeHidden();
  });

  const reviewer = await pageAs('shenhe');
  await openApp(reviewer);
  const postAsReviewer = async (voucherId: number) => {
    await reviewer.goto(`/#/fund/vouchers/${voucherId}`);
    await reviewer.getByTestId('fund-voucher-post').click();
    await reviewer.getByTestId('fund-voucher-post-ok').click();
    await expect(reviewer.getByTestId('fund-voucher-number')).toHaveText(
      new RegExp(`^记-${month.period}-\\d{4}$`),
    );
  };

  await test.step('审核人 posts the donation: it is numbered in its month', async () => {
    const donations = await callChannel(request, 'fund.donations', {
      year: Number(month.period.slice(0, 4)),
    });
    const donation = donations.rows.find((row) => row.donorName === donorName);
    expect(donation, 'the donation is listed').toBeTruthy();
    await postAsReviewer(donation!.voucherId!);
  });

  await test.step('a grant against the designation is posted; its available amount falls by the grant', async () => {
    await page.goto('/#/fund/donations');
    await page.getByTestId('fund-grant-add').click();
    const form = page.getByTestId('fund-grant-form');
    await pickByTyping(page, form.getByTestId('fund-grant-provider'), recipient.name);
    await form.getByTestId('fund-grant-date').fill(month.day);
    await form.getByTestId('fund-grant-amount').fill(formatYuan(grantFen).replace(/,/g, ''));
    await pickByTyping(page, form.getByTestId('fund-grant-designation'), designation.name);
    await form.getByTestId('fund-grant-summary').fill(`资助${recipient.name}助老餐桌项目`);
    const preview = page.getByTestId('fund-grant-preview');
    await expect(preview).toContainText('5101');
    await expect(preview).toContainText(formatYuan(grantFen));
    await saveScreenshot(page, testInfo, 'fund-grant-preview.png');
    await page.getByTestId('fund-grant-submit').click();
    await expect(form).toBeHidden();
    const waiting = await callChannel(request, 'fund.vouchers', { state: 'submitted', kind: 'grant' });
    const voucherId = waiting.rows[0]!.id;
    await postAsReviewer(voucherId);
    // The 审核人 posted in another window: this one reads the designations afresh.
    await page.goto('/#/fund/designations');
    await page.reload();
    const row = page
      .getByTestId('fund-designation-table')
      .locator('tr')
      .filter({ hasText: designation.name });
    await expect(row).toContainText(formatYuan(donationFen - grantFen));
    await saveScreenshot(page, testInfo, 'fund-designations.png');
  });

  await test.step('审核人 closes the month; a donation dated into it is refused with the reason', async () => {
    await reviewer.goto('/#/fund/periods');
    await reviewer.getByTestId(`fund-close-${month.period}`).click();
    await reviewer.getByTestId('fund-close-confirm').click();
    await expect(reviewer.getByTestId(`fund-reopen-${month.period}`)).toBeVisible();
    await expect
      .poll(async () =>
        (await callChannel(request, 'fund.closeCheck', { month: month.period })).blockers.map((b) => b.kind),
      )
      .toContain('already_closed');

    await page.goto('/#/fund/donations');
    await page.getByTestId('fund-donation-add').click();
    const form = page.getByTestId('fund-donation-form');
    await chooseOption(page, form.getByTestId('fund-donation-donor'), donorName);
    await form.getByTestId('fund-donation-date').fill(month.day);
    await form.getByTestId('fund-donation-amount').fill('100.00');
    await page.getByTestId('fund-donation-submit').click();
    await expect(page.locator('.ant-modal').getByText(/已结账/)).toBeVisible();
    await saveScreenshot(page, testInfo, 'fund-closed-month-refusal.png');
  });

  await test.step('科目余额表: on screen, and exported with the figures intact', async () => {
    await page.goto('/#/fund/reports/trial-balance');
    await expect(page.getByTestId('fund-trial-balance-totals')).toBeVisible();
    await saveScreenshot(page, testInfo, 'fund-trial-balance.png');
    const downloading = page.waitForEvent('download');
    await page.getByTestId('fund-trial-balance-export').click();
    const file = await saveDownload(await downloading, testInfo);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const text = workbook.worksheets
      .flatMap((sheet) => sheet.getSheetValues())
      .map((row) => JSON.stringify(row ?? []))
      .join('\n');
    expect(text).toContain('科目余额表');
    expect(text).toContain('4101');
    expect(text).toContain('捐赠收入');
    // Other specs may post into the same fund year before this one: the sheet must carry what the books
    // say for 4101 and 5101 this year, and those must hold at least this spec's donation and grant.
    const today = todayInShanghai();
    const books = await callChannel(request, 'fund.trialBalance', {
      year: Number(today.slice(0, 4)),
      fromMonth: 1,
      toMonth: Number(today.slice(5, 7)),
    });
    const periodFen = (code: string, side: 'periodCreditFen' | 'periodDebitFen') =>
      books.rows.find((row) => row.code === code)?.[side] ?? 0;
    expect(periodFen('4101', 'periodCreditFen')).toBeGreaterThanOrEqual(donationFen);
    expect(periodFen('5101', 'periodDebitFen')).toBeGreaterThanOrEqual(grantFen);
    expect(text).toContain(String(periodFen('4101', 'periodCreditFen') / 100));
    expect(text).toContain(String(periodFen('5101', 'periodDebitFen') / 100));
  });

  await test.step('打印 in browser mode (no print window) downloads the same PDF', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('fund-trial-balance-print').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^\d{4}年度科目余额表\.pdf$/);
    expect(pdfText(await saveDownload(download, testInfo))).toContain('科目余额表');
  });

  await test.step('打印 the 科目余额表: its PDF in the print window, with the screen totals', async () => {
    await emulateDesktopShell(page, 'printed');
    await page.reload();
    await expect(page.getByTestId('fund-trial-balance-hide-empty')).toBeChecked();
    await expect(page.getByTestId('fund-trial-balance-row-1001')).toHaveCount(0);
    await page.getByTestId('fund-trial-balance-print').click();
    await expect(toast(page, /已发送到打印机：\d{4}年度科目余额表\.pdf/)).toBeVisible();
    const [printed] = await printRequests(page);
    expect(printed?.channel).toBe('fund.trialBalancePdf');
    const input = printed!.input as { year: number; fromMonth: number; toMonth: number; hideEmpty: boolean };
    expect(input.hideEmpty).toBe(true);
    const answer = await callChannel(request, 'fund.trialBalancePdf', input);
    const file = path.join(testInfo.project.outputDir, 'print', answer.fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(answer.base64 ?? '', 'base64'));

    const printWindow = await page.context().newPage();
    await installFakePrintBridge(printWindow, { title: answer.fileName, base64: answer.base64 ?? '' });
    const preview = new PrintPage(printWindow);
    await preview.open(new URL(page.url()).origin);
    const info = pdfInfo(file);
    expect([info.widthPt, info.heightPt].map(Math.round)).toEqual([842, 595]);
    await preview.expectReady(info.pages);
    await expect(preview.sheets).toHaveCount(info.pages);
    await saveScreenshot(printWindow, testInfo, 'fund-trial-balance-print-window.png');
    await printWindow.close();

    const text = pdfText(file).replace(/\s+/g, '');
    const screen = await callChannel(request, 'fund.trialBalance', input);
    expect(text).toContain(`${input.year}年度科目余额表`);
    expect(text).toContain('编制单位：');
    expect(text).toContain('单位：元');
    const { totals } = screen;
    const totalsRow = [
      totals.openingDebitFen,
      totals.openingCreditFen,
      totals.periodDebitFen,
      totals.periodCreditFen,
      totals.closingDebitFen,
      totals.closingCreditFen,
    ].map(formatYuan);
    // pdftotext's reading order puts the 合计 label after its figures; the figures stay in column order.
    expect(text).toContain('合计');
    expect(text).toContain(totalsRow.join(''));
    await expect(page.getByTestId('fund-trial-balance-totals')).toContainText(totalsRow[2]!);
    expect(text).toContain('单位负责人：财务负责人：填表人：');
    expect(text).not.toContain('1001现金');
    const png = renderFirstPage(file, path.join(testInfo.project.outputDir, 'print', 'fund-trial-balance'));
    await testInfo.attach('fund-trial-balance-page-1.png', { path: png, contentType: 'image/png' });
    expect(inkShare(renderGreyPage(file, file.replace(/\.pdf$/, '-grey')))).toBeGreaterThan(0.01);
  });
  void shenheRequest;
});
