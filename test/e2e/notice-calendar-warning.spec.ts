// A posting period that runs into a year the holiday calendar has nothing for (2027 is not shipped): both
// notice forms say so before printing, and send the clerk to the calendar screen on that year.
import type { Page } from '@playwright/test';
import { openApp, uniqueName } from './pages/app';
import { leaveQuestion } from './pages/form-modal';
import { FundingYearPage } from './pages/funding-year-page';
import { NoticesPage } from './pages/notices-page';
import { typeDate } from './pages/funding-date-input';
import { callChannel, registerFundedCommunity } from './support/funding-seed';
import { expect, test } from './support/signed-in';

const warning = '公示期含 2027 年的日期，节假日中还没有 2027 年的放假安排';

async function expectWarningLeadsToCalendar(page: Page): Promise<void> {
  const alert = page.getByTestId('notice-calendar-warning');
  await expect(alert).toContainText(warning);
  await alert.getByRole('link', { name: '去录入节假日' }).click();
  await expect(page).toHaveURL(/#\/settings\/calendar\?year=2027$/);
  await expect(page.getByTestId('calendar-year-select')).toContainText('2027 年');
  // A notice's print settings are not a record: leaving them asks nothing.
  await expect(leaveQuestion(page).dialog).toHaveCount(0);
}

test.describe('公示期超出节假日安排', () => {
  test('公示打印 warns when the period runs into 2027, and not inside 2026', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    const notices = new NoticesPage(page);
    await notices.open();

    await typeDate(notices.startDate, '2026-09-01');
    await expect(notices.endDate).toHaveAttribute('data-end-date', '2026-09-07');
    await expect(page.getByTestId('notice-calendar-warning')).toHaveCount(0);

    await typeDate(notices.startDate, '2026-12-31');
    // 元旦 2027 is counted as a working day: that is what the warning is about.
    await expect(notices.endDate).toHaveAttribute('data-end-date', '2027-01-06');
    await expectWarningLeadsToCalendar(page);
  });

  test('the funding notice dialog warns the same way', async ({ page, request }) => {
    const year = 2034;
    await registerFundedCommunity(request, {
      name: uniqueName('公示期'),
      year,
      totalHouseholds: 12_000,
      courtyardHouseholds: { self_governed: 4_000, public_unit: 3_000, property_managed: 5_000 },
    });
    await callChannel(request, 'funding.compute', { year });
    await openApp(page);
    const yearPage = new FundingYearPage(page);
    await yearPage.open(year);
    const notice = await yearPage.openNotice();

    await typeDate(notice.startDate, '2026-12-31');
    await expect(notice.endDate).toHaveAttribute('data-end-date', '2027-01-06');
    await expectWarningLeadsToCalendar(page);
  });
});
