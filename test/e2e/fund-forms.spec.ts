// The fund's forms in Chromium at 1366×768 (issue #12), on the demo's fund: the 经办人 refunds part of a
// posted donation from its row through 捐赠退回 (the date typed on the keyboard, the voucher shown before
// saving, confirmed); a second refund beyond what is left is refused by the backend at the amount field;
// the 审核人 posts the refund; the donation shows what was refunded; the voucher's 操作日志 names the
// preparer and the reviewer; a 票据 date is typed and confirmed with Enter; the refund is reversed in red
// (posted by the 审核人, who confirms the negative total); the 限定用途 table keeps a long name on one
// line, and the designation is lifted.
import type { Locator, Page } from '@playwright/test';
import { formatYuan } from '../../shared/domain/money';
import { chooseOption } from './pages/access-requests-page';
import { openApp, toast, uniqueName } from './pages/app';
import { typeDate } from './pages/funding-date-input';
import { todayInShanghai } from './support/contracts-seed';
import { saveScreenshot } from './support/downloaded-documents';
import { donorNamed, ensureFundSettings } from './support/fund-seed';
import { callChannel } from './support/funding-seed';
import { expectColumnReadable, expectNoSidewaysScroll } from './support/layout-checks';
import { e2eUsers, expect, hostURLOf, test } from './support/signed-in';

// On the demo database: fund.spec.ts reads the empty database's 科目余额表 figures, which this spec's
// postings would change.
test.use({ viewport: { width: 1366, height: 768 }, host: 'demo', baseURL: hostURLOf('demo') });

const donationFen = 30_000_00;
const refundFen = 5_000_00;

/** How many lines the text of `cell` takes on screen. */
async function lineCount(cell: Locator): Promise<number> {
  return cell.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
    return tops.size;
  });
}

async function refundForm(page: Page, donationId: number): Promise<Locator> {
  await page.getByTestId(`fund-donation-refund-${donationId}`).click();
  const form = page.getByTestId('fund-refund-form');
  await expect(form).toBeVisible();
  return form;
}

test('捐赠退回 through its form, posted by the 审核人, with the voucher’s 操作日志', async ({
  page,
  request,
  requestAs,
  pageAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const today = todayInShanghai();
  const reviewerRequest = await requestAs('shenhe');
  await ensureFundSettings(await requestAs('admin'));
  const designationName = uniqueName('关上街道高龄独居老人助餐服务及上门探访');
  await callChannel(request, 'fund.createDesignation', {
    name: designationName,
    target: 'purpose',
    purpose: '为社区高龄独居老人提供午餐和上门探访',
    restrictionKind: 'use',
  });
  const designation = (await callChannel(request, 'fund.designations', {})).find(
    (row) => row.name === designationName,
  );
  const donorName = uniqueName('官渡爱心商贸');
  const recorded = await callChannel(request, 'fund.recordDonation', {
    donorId: await donorNamed(request, donorName),
    date: today,
    amountFen: donationFen,
    channel: 'bank_transfer',
    platform: '',
    inKindDescription: '',
    valuationBasis: '',
    designationId: designation!.id,
    note: '',
    attachments: 0,
    hostReference: '',
    submit: true,
  });
  await callChannel(reviewerRequest, 'fund.postVoucher', { id: recorded.voucherId });
  const donationId = recorded.donation.id;

  await openApp(page);
  await test.step('经办人 refunds part of it: the voucher is shown, confirmed and named', async () => {
    await page.goto('/#/fund/donations');
    const form = await refundForm(page, donationId);
    await expect(page.getByTestId('fund-refund-limit')).toContainText(formatYuan(donationFen));
    await form.getByTestId('fund-refund-amount').fill(formatYuan(refundFen).replace(/,/g, ''));
    await typeDate(form.getByTestId('fund-refund-date'), today);
    await form.getByTestId('fund-refund-reason').fill('项目取消，按捐赠方要求退回部分款项');
    const preview = page.getByTestId('fund-refund-preview');
    await expect(preview).toContainText('4101');
    await expect(preview).toContainText('1002');
    await expect(preview).toContainText(formatYuan(refundFen));
    await expect(preview).toContainText(`退还${donorName}捐赠：项目取消`);
    await saveScreenshot(page, testInfo, 'fund-refund-preview.png');
    await page.getByTestId('fund-refund-submit').click();
    await page.getByTestId('fund-refund-confirm-ok').click();
    await expect(toast(page, /已生成捐赠退回凭证 #\d+（待审核）/)).toBeVisible();
    await expect(form).toBeHidden();
  });

  await test.step('a second refund beyond what is left is refused at the amount field', async () => {
    const form = await refundForm(page, donationId);
    await form.getByTestId('fund-refund-amount').fill('28000');
    await form.getByTestId('fund-refund-reason').fill('再次退回');
    await page.getByTestId('fund-refund-save').click();
    await page.getByTestId('fund-refund-confirm-ok').click();
    const refusal = form.locator('.ant-form-item').filter({ has: page.getByTestId('fund-refund-amount') });
    await expect(refusal).toContainText(
      `待审核退还 ${formatYuan(refundFen)} 元，最多还能退还 ${formatYuan(donationFen - refundFen)} 元`,
    );
    await saveScreenshot(page, testInfo, 'fund-refund-refused.png');
    await page.getByTestId('fund-refund-cancel').click();
  });

  const waiting = await callChannel(request, 'fund.vouchers', { state: 'submitted', kind: 'refund' });
  const refundVoucher = waiting.rows.find((row) => row.summary.includes(donorName));
  expect(refundVoucher, 'the refund waits for review').toBeTruthy();

  await test.step('审核人 posts the refund; its 操作日志 names preparer and reviewer', async () => {
    const reviewer = await pageAs('shenhe');
    await openApp(reviewer);
    await reviewer.goto(`/#/fund/vouchers/${refundVoucher!.id}`);
    await reviewer.getByTestId('fund-voucher-post').click();
    await reviewer.getByTestId('fund-voucher-post-ok').click();
    await expect(reviewer.getByTestId('fund-voucher-number')).toHaveText(/^记-\d{4}-\d{2}-\d{4}$/);
    const log = reviewer.getByTestId('fund-voucher-audit');
    await expect(log).toContainText(e2eUsers.jingban.displayName);
    await expect(log).toContainText(e2eUsers.shenhe.displayName);
    await expect(log.locator('tbody tr.ant-table-row')).not.toHaveCount(0);
    await saveScreenshot(reviewer, testInfo, 'fund-voucher-audit.png');
  });

  await test.step('the donation shows the refunded amount', async () => {
    await page.reload();
    await expect(page.getByTestId(`fund-donation-row-${donationId}`)).toContainText(
      `已退 ${formatYuan(refundFen)}`,
    );
    await saveScreenshot(page, testInfo, 'fund-donations-refunded.png');
    const row = page.getByTestId(`fund-donation-row-${donationId}`);
    await chooseOption(page, page.getByTestId('fund-donations-channel'), '现金');
    await expect(row).toBeHidden();
    await chooseOption(page, page.getByTestId('fund-donations-channel'), '全部方式');
    await expect(row).toBeVisible();
  });

  await test.step('记账凭证 filtered to 捐赠退回 lists the posted refund', async () => {
    await page.goto('/#/fund/vouchers');
    await chooseOption(page, page.getByTestId('fund-voucher-kind-filter'), '捐赠退回');
    await expect(page.locator('tbody tr.ant-table-row').filter({ hasText: donorName })).toHaveCount(1);
    await saveScreenshot(page, testInfo, 'fund-vouchers-refunds.png');
    await page.goto('/#/fund/donations');
  });

  await test.step('登记票据: the date typed and confirmed with Enter, without saving the form', async () => {
    await page.getByTestId(`fund-donation-receipt-${donationId}`).click();
    const form = page.getByTestId('fund-receipt-form');
    await form.getByTestId('fund-receipt-code').fill('53010126');
    await form.getByTestId('fund-receipt-number').fill('00012345');
    const date = form.getByTestId('fund-receipt-date');
    await date.click();
    await date.fill(today);
    await date.press('Enter');
    await expect(date).toHaveValue(today);
    await expect(form).toBeVisible();
    await page.getByTestId('fund-receipt-save').click();
    await expect(page.getByTestId(`fund-donation-row-${donationId}`)).toContainText('53010126-00012345');
    const listed = await callChannel(request, 'fund.donations', { year: Number(today.slice(0, 4)) });
    expect(listed.rows.find((row) => row.id === donationId)?.receipt?.date).toBe(today);
  });

  await test.step('红字冲销 of the posted refund opens the red voucher, with its own 操作日志; the 审核人 posts it', async () => {
    await page.goto(`/#/fund/vouchers/${refundVoucher!.id}`);
    await page.getByTestId('fund-voucher-reverse').click();
    await typeDate(page.getByTestId('fund-voucher-reverse-date'), today);
    await page.getByTestId('fund-voucher-reverse-reason').fill('退还金额录错');
    await page.getByTestId('fund-voucher-reverse-submit').click();
    await page.getByTestId('fund-voucher-reverse-ok').click();
    await expect(page).not.toHaveURL(new RegExp(`/fund/vouchers/${refundVoucher!.id}$`));
    await expect(page.getByTestId('fund-voucher-line-table')).toContainText(`-${formatYuan(refundFen)}`);
    await expect(page.getByTestId('fund-voucher-link-reverses')).toBeVisible();
    await expect(page.getByTestId('fund-voucher-reversal-preview')).toBeVisible();
    await expect(page.getByTestId('fund-voucher-audit')).toContainText(e2eUsers.jingban.displayName);
    await saveScreenshot(page, testInfo, 'fund-reversal-pending.png');

    // The 审核人 confirms the total posting will write, and posts it: the refund is undone.
    const redVoucherUrl = page.url().replace(/^.*#/, '/#');
    const reviewer = await pageAs('shenhe');
    await openApp(reviewer);
    await reviewer.goto(redVoucherUrl);
    await reviewer.getByTestId('fund-voucher-post').click();
    await expect(reviewer.locator('.ant-modal-confirm')).toContainText(
      `借方合计 -${formatYuan(refundFen)} 元`,
    );
    await reviewer.getByTestId('fund-voucher-post-ok').click();
    await expect(reviewer.getByTestId('fund-voucher-number')).toHaveText(/^记-\d{4}-\d{2}-\d{4}$/);
    await expect(reviewer.getByTestId('fund-voucher-line-table')).toContainText(`-${formatYuan(refundFen)}`);
  });

  await test.step('限定用途: the long name stays on one line at 1366', async () => {
    await page.goto('/#/fund/designations');
    const table = page.getByTestId('fund-designation-table');
    const row = page.getByTestId(`fund-designation-row-${designation!.id}`);
    await expect(row).toContainText(formatYuan(donationFen));
    expect(await lineCount(row.locator('> td').first())).toBe(1);
    await expect(row.locator('> td').first()).toHaveAttribute('title', designationName);
    await expectColumnReadable(page, table, '名称', { minChars: 8 });
    await expectColumnReadable(page, table, '可用余额', { minChars: 6 });
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, testInfo, 'fund-designations-1366.png');
  });

  await test.step('解除限制 with the donor’s consent opens its release voucher', async () => {
    await page.getByTestId(`fund-designation-lift-${designation!.id}`).click();
    await page.getByTestId('fund-lift-consent').fill('捐赠方来函同意将余款转为非限定性使用');
    await page.getByTestId('fund-lift-submit').click();
    await page.getByTestId('fund-designation-lift-ok').click();
    await expect(page).toHaveURL(/\/fund\/vouchers\/\d+$/);
    await expect(page.getByTestId('fund-voucher-line-table')).toContainText('3102');
    await expect(page.getByTestId('fund-voucher-line-table')).toContainText(formatYuan(donationFen));
    await saveScreenshot(page, testInfo, 'fund-lift-voucher.png');
  });
});
