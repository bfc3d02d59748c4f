// 捐赠确认书 end to end in Chromium at 1366×768 on the empty database. A donation from an anonymous donor
// (a real name that must never reach a public document) and one from a named donor are recorded and
// posted; from the donations' rows the 经办人 issues both acknowledgements, prints the first (the
// downloaded PDF's text carries its number) and voids the second with a reason (confirmed): the register
// shows it 作废 with the reason and the first 有效. The 信息公开 half (the quarter previewed, printed and
// recorded) is fund-notice.spec.ts, on the demo database.
import { formatYuan } from '../../shared/domain/money';
import { openApp, uniqueName } from './pages/app';
import { AcknowledgementRegisterPage, DonationAcknowledgementCell } from './pages/fund-acknowledgements-page';
import { todayInShanghai } from './support/contracts-seed';
import { pdfText, renderFirstPage, saveDownload, saveScreenshot } from './support/downloaded-documents';
import {
  anonymousDonor,
  donorNamed,
  ensureFundSettings,
  lastMonth,
  postedDonation,
} from './support/fund-seed';
import { ensureOfficeName } from './support/funding-seed';
import { expect, test } from './support/signed-in';

test.use({ viewport: { width: 1366, height: 768 } });

const anonymousFen = 8_888_00;
const namedFen = 2_000_50;

test('捐赠确认书 issued on a donation’s row, printed, and another voided with its reason', async ({
  page,
  request,
  requestAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const reviewer = await requestAs('shenhe');
  const admin = await requestAs('admin');
  await ensureFundSettings(admin);
  // The acknowledgement and the notice are signed by the office (and print its phones).
  await ensureOfficeName(admin);
  const month = lastMonth();
  const realName = uniqueName('王某某');
  const { donationId: anonymousId } = await postedDonation(request, reviewer, {
    donorId: await anonymousDonor(request, realName),
    date: month.day,
    amountFen: anonymousFen,
  });
  const namedDonor = uniqueName('官渡爱心商行');
  const { donationId: namedId } = await postedDonation(request, reviewer, {
    donorId: await donorNamed(request, namedDonor),
    date: month.day,
    amountFen: namedFen,
  });

  await openApp(page);
  const today = todayInShanghai();
  const anonymousCell = new DonationAcknowledgementCell(page, anonymousId);
  const namedCell = new DonationAcknowledgementCell(page, namedId);
  let printedNumber = '';
  let voidedNumber = '';

  await test.step('开具确认书 on the anonymous donor’s row, printed: the PDF names the number', async () => {
    await page.goto('/#/fund/donations');
    await expect(page.getByTestId(`fund-donation-row-${anonymousId}`)).toBeVisible();
    printedNumber = await anonymousCell.issue(today);
    const file = await saveDownload(await anonymousCell.print(), testInfo);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain(printedNumber);
    expect(text).toContain('捐赠确认书');
    // The acknowledgement goes to the donor: it carries the real name, unlike any public document.
    expect(text).toContain(realName);
    expect(text).toContain(formatYuan(anonymousFen));
    expect(text).not.toContain('副本');
    const png = renderFirstPage(file, file.replace(/\.pdf$/, ''));
    await testInfo.attach('acknowledgement-page-1.png', { path: png, contentType: 'image/png' });
    await expect(page.getByTestId(`fund-donation-ack-print-${anonymousId}`)).toHaveText(/补\s*打/);
  });

  await test.step('the named donor’s acknowledgement is issued, then voided with a reason', async () => {
    voidedNumber = await namedCell.issue(today);
    expect(voidedNumber).not.toBe(printedNumber);
    await namedCell.void('捐赠人名称登记有误，重新出具');
    await expect(page.getByTestId(`fund-donation-ack-issue-${namedId}`)).toBeVisible();
  });

  await test.step('the register: the voided number stays, 作废 with its reason; the printed one 有效', async () => {
    const register = new AcknowledgementRegisterPage(page);
    await register.open();
    await expect(register.row(voidedNumber)).toContainText('作废');
    await expect(register.row(voidedNumber)).toContainText('捐赠人名称登记有误，重新出具');
    await expect(register.row(printedNumber)).toContainText('有效');
    await expect(register.row(printedNumber)).toContainText(formatYuan(anonymousFen));
    await saveScreenshot(page, testInfo, 'fund-acknowledgement-register.png');
  });
});
