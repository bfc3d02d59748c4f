// 社区登记 end to end: register a community with its courtyards and a yearly profile, see the compliance
// flags, refusals named by field, archive / restore, the audit log and the office settings.
import { openApp, uniqueCode, uniqueName } from './pages/app';
import { AuditPage } from './pages/audit-page';
import { CommunitiesPage } from './pages/communities-page';
import { CommunityDetailPage } from './pages/community-detail-page';
import { SettingsPage } from './pages/settings-page';
import { registerCommunity, registerCourtyard } from './support/register-api';
import { expect, test } from './support/signed-in';

/** The year on the clerk's calendar (the browser runs in Asia/Shanghai, this process may not). */
function yearInShanghai(): number {
  return Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );
}

test.describe('社区登记', () => {
  test('registers a community with three kinds of courtyard and a yearly profile that survive a reload', async ({
    page,
  }) => {
    const name = uniqueName('测试社区');
    await openApp(page);
    const list = new CommunitiesPage(page);
    const detail = new CommunityDetailPage(page);
    const courtyards = {
      self: '一号院（自治院落）',
      publicUnit: '区医院家属院（公共单位院落）',
      managed: '金色家园（物管院落）',
    };
    let year = 0;

    await test.step('新增社区 stays on the list and shows the new row', async () => {
      await list.createCommunity({
        name,
        code: uniqueCode('T'),
        address: '官渡区测试路 1 号',
        floorArea: '1200.5',
      });
      await list.searchFor(name);
      await expect(list.row(name)).toBeVisible();
      await expect(list.total).toHaveText('共 1 个社区');
      await expect(list.row(name)).toContainText('未填报');
    });

    await test.step('the detail shows the entry and takes one courtyard of each type', async () => {
      await list.openCommunity(name);
      await expect(detail.status).toHaveText('在册');
      await expect(detail.floorArea).toHaveText('1,200.5 平方米');
      await detail.addCourtyard('一号院', '自治院落');
      await detail.addCourtyard('区医院家属院', '公共单位院落');
      await detail.addCourtyard('金色家园', '物管院落');
      await expect(detail.courtyardTable.locator('tbody tr[data-row-key]')).toHaveCount(3);
    });

    await test.step('a new year is a prefilled draft with the live courtyard sum', async () => {
      year = await detail.startNewYear();
      expect(year).toBe(yearInShanghai());
      await expect(page.getByTestId('profile-year-select')).toContainText(`${year} 年度（未保存）`);
      await expect(page.getByText('保存后显示合规检查结果。')).toBeVisible();
      await detail.enterProfile({
        totalHouseholds: 1000,
        socialWorkers: 4,
        committee: [1, 2, 6],
        directorName: '王芳',
        secretaryIsDirector: true,
        courtyardHouseholds: {
          [courtyards.self]: 300,
          [courtyards.publicUnit]: 200,
          [courtyards.managed]: 400,
        },
      });
      await expect(detail.upliftTag).toHaveText('绩效考核兑现上浮 30%');
      await expect(detail.courtyardHouseholdsSum).toHaveText('900');
      await expect(detail.courtyardHouseholdsDifference).toHaveText('院落合计少 100 户');
    });

    const expectSavedProfile = async () => {
      await expect(detail.complianceFlag('courtyard_households')).toHaveAttribute('data-ok', 'false');
      await expect(detail.complianceFlag('courtyard_households')).toContainText(
        '院落合计 900 户，总户数 1,000 户，少 100 户',
      );
      await expect(detail.complianceFlag('floor_area')).toHaveAttribute('data-ok', 'true');
      await expect(detail.complianceFlag('floor_area')).toContainText('现有 1,200.5 平方米');
      await expect(detail.complianceFlag('committee')).toHaveAttribute('data-ok', 'true');
      await expect(detail.complianceFlag('committee')).toContainText('现有 9 人（主任 1、副主任 2、委员 6）');
      await expect(detail.complianceFlag('social_workers')).toHaveAttribute('data-ok', 'true');
      await expect(detail.householdsOfType('self_governed')).toHaveText('300 户');
      await expect(detail.householdsOfType('public_unit')).toHaveText('200 户');
      await expect(detail.householdsOfType('property_managed')).toHaveText('400 户');
      await expect(detail.upliftTag).toBeVisible();
    };

    await test.step('保存年度情况 shows the compliance flags', async () => {
      await detail.saveProfile(year);
      await expectSavedProfile();
    });

    await test.step('after a reload the courtyards, the profile and its flags are still there', async () => {
      await page.reload();
      await expect(detail.name).toHaveText(name);
      await expect(detail.courtyardRow('一号院')).toContainText('自治院落');
      await expect(detail.courtyardRow('区医院家属院')).toContainText('公共单位院落');
      await expect(detail.courtyardRow('金色家园')).toContainText('物管院落');
      await expect(page.getByTestId('profile-year-select')).toContainText(`${year} 年度`);
      await expect(detail.yearInput).toHaveValue(String(year));
      await expect(detail.yearInput).toBeDisabled();
      await expect(detail.profileField('总户数')).toHaveValue('1000');
      await expect(detail.profileField('专业社工人数')).toHaveValue('4');
      await expect(detail.profileField('居委会主任人数')).toHaveValue('1');
      await expect(detail.profileField('居委会副主任人数')).toHaveValue('2');
      await expect(detail.profileField('居委会委员人数')).toHaveValue('6');
      await expect(detail.profileField('居委会主任姓名')).toHaveValue('王芳');
      await expect(detail.secretarySwitch()).toHaveAttribute('aria-checked', 'true');
      await expect(detail.courtyardHouseholdsField(courtyards.self)).toHaveValue('300');
      await expect(detail.courtyardHouseholdsField(courtyards.publicUnit)).toHaveValue('200');
      await expect(detail.courtyardHouseholdsField(courtyards.managed)).toHaveValue('400');
      await expectSavedProfile();
    });

    await test.step('the list shows the latest year, its households and one compliance issue', async () => {
      await detail.backToList();
      await list.searchFor(name);
      await expect(list.row(name)).toContainText(String(year));
      await expect(list.row(name)).toContainText('1,000');
      await expect(list.householdsTotal).toHaveText('1,000');
    });
  });

  test.describe('refusals name the field in Chinese', () => {
    test('a blank 社区名称 is refused before anything is sent', async ({ page }) => {
      await openApp(page);
      const form = await new CommunitiesPage(page).openCreateForm();
      await form.fill({ name: '   ', floorArea: '1000' });
      await form.submit();
      await expect(form.nameMessage()).toHaveText('社区名称：不能为空');
      await expect(form.form).toBeVisible();
    });

    test('a floor area with three decimals is refused before anything is sent', async ({ page }) => {
      await openApp(page);
      const form = await new CommunitiesPage(page).openCreateForm();
      await form.fill({ name: uniqueName('三位小数社区'), floorArea: '1200.125' });
      await form.submit();
      await expect(form.floorAreaMessage()).toHaveText('办公及公益用房面积：最多保留两位小数');
      await expect(form.nameMessage()).toHaveCount(0);
    });

    test('a name already in the register is refused by the server on the name field', async ({
      page,
      request,
    }) => {
      const name = uniqueName('重名社区');
      await registerCommunity(request, { name, floorAreaM2: 1000 });
      await openApp(page);
      const list = new CommunitiesPage(page);
      const form = await list.openCreateForm();
      await form.fill({ name, floorArea: '1100' });
      await form.submit();
      await expect(form.nameMessage()).toHaveText(`社区名称：“${name}”已存在`);
      await form.discard();
      await list.searchFor(name);
      await expect(list.total).toHaveText('共 1 个社区');
    });
  });

  test('archives and restores a community, each after confirmation', async ({ page, request }) => {
    const name = uniqueName('归档社区');
    await registerCommunity(request, { name, floorAreaM2: 1000 });
    await openApp(page);
    const list = new CommunitiesPage(page);
    const detail = new CommunityDetailPage(page);
    await list.openCommunity(name);

    await test.step('取消 in the confirmation leaves it in the register', async () => {
      await detail.archiveButCancel();
      await expect(detail.status).toHaveText('在册');
    });

    await test.step('归档 marks it archived and takes it off the register list', async () => {
      await detail.archive();
      await expect(detail.archivedAlert).toBeVisible();
      await expect(detail.status).toHaveText('已归档');
      await expect(page.getByTestId('community-restore')).toBeVisible();
      await detail.backToList();
      await list.searchFor(name);
      await expect(list.total).toHaveText('共 0 个社区');
      await list.showStatus('已归档');
      await expect(list.row(name)).toContainText('已归档');
    });

    await test.step('恢复 puts it back on the register list', async () => {
      await list.row(name).getByRole('link', { name, exact: true }).click();
      await detail.restore();
      await expect(detail.archivedAlert).toBeHidden();
      await expect(detail.status).toHaveText('在册');
      await detail.backToList();
      await list.searchFor(name);
      await expect(list.row(name)).toContainText('在册');
    });
  });

  test('the 操作日志 lists a creation under 对象 社区 with the values after', async ({ page, request }) => {
    const name = uniqueName('日志社区');
    const code = uniqueCode('LOG');
    const community = await registerCommunity(request, { name, code, floorAreaM2: 980 });
    await registerCourtyard(request, { communityId: community.id, name: '日志院', type: 'self_governed' });
    await openApp(page);
    const audit = new AuditPage(page);
    await audit.open();
    await expect(audit.rows(`新增院落：${name} / 日志院（自治院落）`)).toHaveCount(1);

    await audit.filterByObject('社区');
    await expect(audit.rows(`新增院落：${name}`)).toHaveCount(0);
    await expect(audit.rowsNotAbout('社区')).toHaveCount(0);
    const row = audit.rows(`新增社区：${name}`);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('新增');
    await expect(row).toContainText(`社区 #${community.id}`);

    const { before, after } = await audit.expand(row);
    await expect(before).toHaveText('（无）');
    await expect(after).toContainText(`社区名称：${name}`);
    await expect(after).toContainText(`社区代码：${code}`);
    await expect(after).toContainText('办公及公益用房面积（平方米）：980');
    await expect(after).toContainText('试点社区：否');

    await audit.filterByAction('新增');
    await audit.searchFor(name);
    await expect(audit.total).toHaveText('共 1 条');
  });

  test.describe('as the 管理员, who keeps the office settings', () => {
    test.use({ user: 'admin' });

    test('saves the office settings and shows the office name in the header', async ({ page }) => {
      const officeName = uniqueName('官渡区测试街道办事处');
      const frame = await openApp(page);
      const settings = new SettingsPage(page);
      await settings.open();
      await settings.enterOffice({
        officeName,
        district: '昆明市官渡区',
        contactPerson: '李明',
        contactPhone: '0871-63000000',
        supervisionPhone: '0871-63000001',
      });
      await settings.save();
      await expect(frame.officeName).toHaveText(officeName);

      await page.reload();
      await expect(frame.officeName).toHaveText(officeName);
      await expect(settings.field('所属区县')).toHaveValue('昆明市官渡区');
      await expect(settings.field('监督电话')).toHaveValue('0871-63000001');
    });
  });
});
