// An approved year is a snapshot, seen in Chromium at 1366×768: after the register changes, the year's
// table and the community page keep the approved households and mark the difference; the standard the
// year used cannot be edited, and its 修改 offers a new, later version instead. Year 2029 is this
// spec's alone. Nothing is saved to the standards, so the other specs' standard stays the policy's.
import { openApp, uniqueName } from './pages/app';
import { FundingYearPage } from './pages/funding-year-page';
import { callChannel, registerFundedCommunity } from './support/funding-seed';
import { expect, test } from './support/signed-in';

const year = 2029;

test.describe('已审批年度的核定依据', () => {
  test('marks a register that differs from the approved basis and offers a new standard version', async ({
    page,
    request,
    requestAs,
    pageAs,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const community = await registerFundedCommunity(request, {
      name: uniqueName('依据'),
      year,
      totalHouseholds: 15_000,
      courtyardHouseholds: { self_governed: 5_000, public_unit: 3_000, property_managed: 7_000 },
    });
    await callChannel(request, 'funding.compute', { year });
    await callChannel(request, 'funding.setPartyBuilding', {
      year,
      communityId: community.id,
      amountFen: 0,
      organisations: '社区党委',
    });
    await callChannel(await requestAs('shenhe'), 'funding.approve', { year });
    // The register changes after approval: the profile now says 14,000 households.
    const { courtyards } = await callChannel(request, 'communities.get', { id: community.id });
    await callChannel(request, 'profiles.save', {
      communityId: community.id,
      year,
      totalHouseholds: 14_000,
      socialWorkers: 12,
      committeeDirectors: 1,
      committeeDeputies: 2,
      committeeMembers: 6,
      directorName: '',
      secretaryIsDirector: false,
      courtyardHouseholds: courtyards.map((courtyard) => ({ courtyardId: courtyard.id, households: 4_000 })),
    });

    await openApp(page);
    const yearPage = new FundingYearPage(page);
    await test.step('the year table keeps 15,000 households and marks the change', async () => {
      await yearPage.open(year);
      await yearPage.expectStatus('approved');
      const row = page.getByTestId(`funding-row-${community.id}`);
      await expect(row).toContainText('15,000');
      await expect(page.getByTestId(`register-changed-${community.id}`)).toBeVisible();
      await expect(page.getByTestId(`register-change-${community.id}`)).toContainText(
        '审批时 15,000 户（自治院落 5,000、公共单位院落 3,000、物管院落 7,000 户）；现登记 14,000 户（自治院落 4,000、公共单位院落 4,000、物管院落 4,000 户）',
      );
      await expect(page.getByTestId('funding-standard')).toContainText(
        '审批时依据的经费标准（2020 年起执行）',
      );
    });

    await test.step('the community page says the same', async () => {
      await page.getByTestId(`funding-community-link-${community.id}`).click();
      await expect(page.getByTestId('community-funding-households')).toContainText('总户数 15,000 户');
      await expect(page.getByTestId('community-register-change')).toContainText('现登记 14,000 户');
    });

    await test.step('the standard the year used offers a new version instead of an edit', async () => {
      // The standards are the 管理员's to change: they look at them in a window of their own.
      const admin = await pageAs('admin');
      await admin.setViewportSize({ width: 1366, height: 768 });
      await openApp(admin);
      const standard = (await callChannel(request, 'standards.list', {})).find(
        (candidate) => candidate.effectiveYear === 2020,
      )!;
      expect(standard.approvedYears).toContain(year);
      await admin.getByTestId('nav-standards').click();
      await expect(admin.getByTestId('standard-locked-2020')).toBeVisible();
      await admin.getByTestId('standard-edit-2020').click();
      const reason = admin.getByTestId('standard-locked-reason');
      await expect(reason).toContainText(`${standard.approvedYears.join('、')} 年的核定已按此标准审批`);
      await expect(reason).toContainText('已审批年度须保留核定时的依据');
      await admin.getByTestId('standard-new-version-ok').click();
      const form = admin.getByTestId('standard-form');
      await expect(form).toContainText('新增经费标准版本');
      const offered = Number(await admin.getByTestId('standard-effective-year').inputValue());
      expect(offered).toBeGreaterThan(Math.max(...standard.approvedYears));
      await expect(admin.getByTestId('standard-base-amount')).toHaveValue('300,000.00');
      await admin.getByTestId('standard-form-cancel').click();
      await expect(form).toBeHidden();
    });
  });
});
