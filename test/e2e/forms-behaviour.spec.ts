// How every form treats what the clerk types: numbers are read (full-width digits too) and refused with
// the field's name, never rounded, clamped or blanked; a message goes as soon as its field is valid; and
// a form with unsaved changes asks before it is closed or its screen is left.
import type { Locator, Page } from '@playwright/test';
import { AccessRequestForm } from './pages/access-requests-page';
import { demoHostURL, openApp, toast, uniqueName } from './pages/app';
import { AuditPage } from './pages/audit-page';
import { CommunitiesPage } from './pages/communities-page';
import { CommunityDetailPage } from './pages/community-detail-page';
import { FormModal, leaveQuestion } from './pages/form-modal';
import { callChannel, registerFundedCommunity } from './support/funding-seed';
import { registerCommunity, registerCourtyard } from './support/register-api';
import { expect, test } from './support/signed-in';

/** A community with one courtyard, its detail open and a new year's profile form started. */
async function openNewProfile(page: Page, request: Parameters<typeof registerCommunity>[0]) {
  const community = await registerCommunity(request, { name: uniqueName('数字社区') });
  const courtyard = await registerCourtyard(request, {
    communityId: community.id,
    name: '一号院',
    type: 'self_governed',
  });
  await openApp(page);
  await new CommunitiesPage(page).openCommunity(community.name);
  const detail = new CommunityDetailPage(page);
  await page.getByTestId('profile-add-year').click();
  await expect(detail.profileForm).toBeVisible();
  const profile = new FormModal(page, 'profile-form');
  return { community, courtyard, detail, profile };
}

test.describe('numbers are never changed silently', () => {
  test('a fractional or negative count stays as typed and is refused naming the field', async ({
    page,
    request,
  }) => {
    const { profile } = await openNewProfile(page, request);
    const total = page.getByTestId('profile-total-households-input');
    const workers = page.getByTestId('profile-social-workers-input');
    await total.fill('3200.5');
    await workers.fill('-1');
    await total.blur();
    await workers.blur();
    await page.getByTestId('profile-save').click();
    await expect(profile.messageOf('总户数')).toHaveText('总户数：必须是整数');
    await expect(profile.messageOf('专业社工人数')).toHaveText('专业社工人数：不能小于 0');
    await expect(total).toHaveValue('3200.5');
    await expect(workers).toHaveValue('-1');
  });

  test('full-width digits from a Chinese IME are read as digits and saved', async ({ page, request }) => {
    const { courtyard, detail } = await openNewProfile(page, request);
    await page.getByTestId('profile-total-households-input').fill('１２３');
    await page.getByTestId('profile-social-workers-input').fill('３');
    await page.getByTestId('profile-committee-directors-input').fill('１');
    await page.getByTestId('profile-committee-deputies-input').fill('２');
    await page.getByTestId('profile-committee-members-input').fill('６');
    await page.getByTestId(`courtyard-households-input-${courtyard.id}`).fill('１２３');
    await expect(detail.courtyardHouseholdsSum).toHaveText('123');
    await page.getByTestId('profile-save').click();
    await expect(toast(page, /已保存 \d{4} 年度情况/)).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('profile-total-households-input')).toHaveValue('123');
  });

  test('a negative floor area is refused, not turned into 0', async ({ page }) => {
    await openApp(page);
    const form = await new CommunitiesPage(page).openCreateForm();
    await form.fill({ name: uniqueName('负面积'), floorArea: '-1' });
    await form.submit();
    await expect(form.floorAreaMessage()).toHaveText('办公及公益用房面积：不能小于 0');
    await expect(form.floorArea).toHaveValue('-1');
  });

  test('an amount it cannot read names its field; full-width digits are an amount', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-access').click();
    await page.getByTestId('access-add').click();
    const form = new AccessRequestForm(page);
    await form.field('funding').fill('abc');
    await form.field('funding').blur();
    await expect(form.messageOf('费随事转：经费')).toHaveText('费随事转：经费：金额格式不正确');
    await form.field('funding').fill('１，０００．５０');
    await expect(form.messageOf('费随事转：经费')).toHaveCount(0);
    await form.field('staff').fill('2.5');
    await form.submit();
    await expect(form.messageOf('费随事转：人员')).toHaveText('随事转人员：必须是整数');
    await expect(form.field('staff')).toHaveValue('2.5');
  });
});

test.describe('a message goes once its field is valid', () => {
  test('社区名称：不能为空 disappears as the name is typed', async ({ page }) => {
    await openApp(page);
    const form = await new CommunitiesPage(page).openCreateForm();
    await form.floorArea.fill('1000');
    await form.submit();
    await expect(form.nameMessage()).toHaveText('社区名称：不能为空');
    await form.name.fill('世纪城');
    await expect(form.nameMessage()).toHaveCount(0);
  });

  test('on the access-request form each message goes with its own field only', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('nav-access').click();
    await page.getByTestId('access-add').click();
    const form = new AccessRequestForm(page);
    await form.submit();
    await expect(form.messageOf('申请单位')).toHaveText('申请单位：不能为空');
    await expect(form.messageOf('事项名称')).toHaveText('事项名称：不能为空');
    await form.field('department').fill('官渡区民政局');
    await expect(form.messageOf('申请单位')).toHaveCount(0);
    await expect(form.messageOf('事项名称')).toHaveText('事项名称：不能为空');
  });

  test('the override reason’s message goes once a reason is typed', async ({ page, request }) => {
    const year = 2041;
    const community = await registerFundedCommunity(request, {
      name: uniqueName('核定理由'),
      year,
      totalHouseholds: 15_000,
      courtyardHouseholds: { self_governed: 5_000, public_unit: 3_000, property_managed: 7_000 },
    });
    await callChannel(request, 'funding.compute', { year });
    await openApp(page);
    await page.evaluate(([y, id]) => (window.location.hash = `#/funding/${y}/community/${id}`), [
      year,
      community.id,
    ] as const);
    await page.getByTestId('line-override-open-basic_office').click();
    const dialog = new FormModal(page, 'line-override');
    await page.getByTestId('line-override-amount').fill('310,000.00');
    await dialog.submit();
    await expect(dialog.messageOf('调整理由')).toHaveText('调整理由：不能为空');
    await page.getByTestId('line-override-reason').fill('按街道办公会议决定');
    await expect(dialog.messageOf('调整理由')).toHaveCount(0);
  });
});

test.describe('leaving a form with unsaved changes asks first', () => {
  test('closing a modal form with changes asks, and 留下继续填写 keeps what was typed', async ({ page }) => {
    await openApp(page);
    const form = await new CommunitiesPage(page).openCreateForm();
    await form.name.fill('未保存的社区');
    await form.cancelButton.click();
    await leaveQuestion(page).answer('留下继续填写');
    await expect(form.name).toHaveValue('未保存的社区');
    await page.keyboard.press('Escape');
    await leaveQuestion(page).answer('离开');
    await expect(form.form).toBeHidden();
  });

  test('an untouched modal form closes without asking', async ({ page }) => {
    await openApp(page);
    const form = await new CommunitiesPage(page).openCreateForm();
    await form.cancel();
    await expect(leaveQuestion(page).dialog).toHaveCount(0);
  });

  test('another menu item asks before a changed page form is left, and not once it is saved', async ({
    page,
    request,
  }) => {
    const { courtyard } = await openNewProfile(page, request);
    const here = page.url();
    await page.getByTestId('profile-total-households-input').fill('500');
    await page.getByTestId('nav-audit').click();
    await leaveQuestion(page).answer('留下继续填写');
    expect(page.url()).toBe(here);
    await expect(page.getByTestId('profile-total-households-input')).toHaveValue('500');

    await page.getByTestId('nav-audit').click();
    await leaveQuestion(page).answer('离开');
    await expect(page.getByTestId('audit-table')).toBeVisible();

    await page.goBack();
    await page.getByTestId('profile-add-year').click();
    for (const [testId, value] of [
      ['profile-total-households-input', '500'],
      ['profile-social-workers-input', '3'],
      ['profile-committee-directors-input', '1'],
      ['profile-committee-deputies-input', '2'],
      ['profile-committee-members-input', '6'],
      [`courtyard-households-input-${courtyard.id}`, '500'],
    ] as const)
      await page.getByTestId(testId).fill(value);
    await page.getByTestId('profile-save').click();
    await expect(toast(page, /已保存 \d{4} 年度情况/)).toBeVisible();
    await page.getByTestId('nav-audit').click();
    await expect(page.getByTestId('audit-table')).toBeVisible();
    await expect(leaveQuestion(page).dialog).toHaveCount(0);
  });
});

/** An option of an open dropdown, scrolled to within its list, is there to be seen and chosen. */
async function expectOffered(option: Locator): Promise<void> {
  await option.scrollIntoViewIfNeeded();
  await expect(option).toBeInViewport();
}

test.describe('the audit log', () => {
  test.use({ host: 'demo' });

  test('offers every object and action the app writes, lists and access requests included', async ({
    page,
  }) => {
    await openApp(page, demoHostURL);
    const audit = new AuditPage(page);
    await audit.open();
    await page.getByTestId('audit-entity-filter').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    // The dropdown stays on the screen and scrolls: the lists outgrew one screen's height.
    await expect(page.locator('.ant-select-dropdown:visible')).toBeInViewport({ ratio: 1 });
    for (const label of [
      '社区',
      '经费标准',
      '拨付',
      '节假日',
      '清单版本',
      '清单事项',
      '准入申请',
      '购买服务合同',
    ])
      await expectOffered(options.filter({ hasText: new RegExp(`^${label}$`) }));
    await options.filter({ hasText: /^准入申请$/ }).click();
    await expect(audit.rows('准入').first()).toBeVisible();
    await expect(audit.rowsNotAbout('准入申请')).toHaveCount(0);

    await page.getByTestId('audit-action-filter').click();
    await expect(page.locator('.ant-select-dropdown:visible')).toBeInViewport({ ratio: 1 });
    for (const label of ['登记', '审核', '决定', '撤销', '发布', '签订', '绩效评价'])
      await expectOffered(options.filter({ hasText: new RegExp(`^${label}$`) }));
    await page.keyboard.press('Escape');
  });

  test('an expanded row shows Chinese field labels and amounts in 元', async ({ page }) => {
    await openApp(page, demoHostURL);
    const audit = new AuditPage(page);
    await audit.open();
    await audit.filterByObject('拨付');
    const { before, after } = await audit.expand(audit.rows('拨付').first());
    await expect(before).toHaveText('（无）');
    await expect(after).toContainText(/拨付金额：[\d,]+\.\d{2} 元/);
    await expect(after).toContainText('凭证号：');
    await expect(after).not.toContainText('amountFen');
  });
});
