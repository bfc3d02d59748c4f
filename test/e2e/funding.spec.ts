// 社区工作经费 end to end, in Chromium against the host: compute a year, override a line with a reason,
// approve, disburse part of a line, download the annual report and the notice, and see an
// over-disbursement refused with its message before any confirmation. The year is 2028, which no other
// spec touches; the app ships holidays for 2024–2026 only, so in 2028 only weekends are days off. It is
// approved today, so its postings are dated today: no earlier than the approval, no later than today.
import path from 'node:path';
import { toLocalIsoDate } from '../../shared/domain/dates';
import { formatYuan } from '../../shared/domain/money';
import { openApp, toast, uniqueName } from './pages/app';
import { FundingCommunityPage } from './pages/funding-community-page';
import { FundingDashboardPage } from './pages/funding-dashboard-page';
import { FundingYearPage } from './pages/funding-year-page';
import {
  pdfText,
  readSheetRow,
  renderFirstPage,
  saveDownload,
  saveScreenshot,
} from './support/downloaded-documents';
import {
  ensureOfficeName,
  expectUntouchedYearUnderPolicyStandard,
  registerFundedCommunity,
} from './support/funding-seed';
import { expect, test } from './support/signed-in';

const year = 2028;
/** The host's today: this process runs in the host's time zone. */
const today = toLocalIsoDate(new Date());

/** Whitespace out: pdftotext breaks lines where the PDF wraps them, and Chinese needs no spaces. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

test.describe('社区工作经费', () => {
  test('computes 2028, completes and approves the draft, disburses, and prints the report and the notice', async ({
    page,
    request,
    requestAs,
    pageAs,
  }, testInfo) => {
    test.setTimeout(180_000);
    await expectUntouchedYearUnderPolicyStandard(request, year);
    const officeName = await ensureOfficeName(await requestAs('admin'));
    // 35,000 households: over the base band by one whole block of 10,000. 15,000: the base amount.
    // 6,000: below the 10,000 the standard starts at, so its basic office amount is entered by hand.
    const big = await registerFundedCommunity(request, {
      name: uniqueName('经费大'),
      year,
      totalHouseholds: 35_000,
      courtyardHouseholds: { self_governed: 8_000, public_unit: 2_000, property_managed: 25_000 },
    });
    const middle = await registerFundedCommunity(request, {
      name: uniqueName('经费中'),
      year,
      totalHouseholds: 15_000,
      courtyardHouseholds: { self_governed: 5_000, public_unit: 3_000, property_managed: 7_000 },
    });
    const small = await registerFundedCommunity(request, {
      name: uniqueName('经费小'),
      year,
      totalHouseholds: 6_000,
      courtyardHouseholds: { self_governed: 3_000, public_unit: 1_000, property_managed: 2_000 },
    });
    const ours = [big, middle, small];

    await openApp(page);
    const yearPage = new FundingYearPage(page);
    const communityPage = new FundingCommunityPage(page);

    await test.step('测算全年 previews every line with its breakdown', async () => {
      await yearPage.open(year);
      await yearPage.expectStatus('none');
      await yearPage.computeYear();

      await expect(yearPage.previewAmount(big.id, 'basic_office')).toHaveText('400,000.00');
      await expect(yearPage.previewBreakdown(big.id, 'basic_office')).toHaveText(
        '35,000户：基础30万元 + 超出部分按整万户计1档 × 10万元 = 40万元',
      );
      await expect(yearPage.previewAmount(big.id, 'purchased_services')).toHaveText('1,190,000.00');
      await expect(yearPage.previewBreakdown(big.id, 'purchased_services')).toHaveText(
        '自治院落8,000户 × 50元 + 公共单位院落2,000户 × 20元 + 物管院落25,000户 × 30元 = 1,190,000元',
      );
      await expect(yearPage.previewBreakdown(middle.id, 'basic_office')).toHaveText(
        '15,000户：基础30万元 = 30万元',
      );
      await expect(yearPage.previewAmount(middle.id, 'purchased_services')).toHaveText('520,000.00');
      await expect(yearPage.previewAmount(small.id, 'basic_office')).toHaveText('待录入');
      await expect(yearPage.previewBreakdown(small.id, 'basic_office')).toHaveText(
        '6,000户：不足10,000户，标准未作规定，须手工核定金额并说明理由',
      );
      // Communities other specs registered have no 2028 profile: they may be listed as not computed, ours not.
      for (const community of ours) {
        await expect(yearPage.previewWithoutProfile.filter({ hasText: community.name })).toHaveCount(0);
      }
    });

    await test.step('保存草稿 makes the year a draft, with the amounts still to enter marked 待录入', async () => {
      await yearPage.savePreview();
      await expect(toast(page, `已保存 ${year} 年测算草稿（3 个社区）`).first()).toBeVisible();
      await yearPage.showAllCommunities();
      await expect(yearPage.missing(small.id, 'basic_office')).toBeVisible();
      for (const community of ours)
        await expect(yearPage.missing(community.id, 'party_building')).toBeVisible();
      await expect(yearPage.missing(big.id, 'basic_office')).toHaveCount(0);
      // 审批 could only be refused now: it is not offered, and the page says why.
      await expect(yearPage.approveButton).toBeDisabled();
      await expect(yearPage.approveBlocked).toContainText('还有 4 项金额待录入');
      await expect(yearPage.approveBlocked).toContainText('全部录入后才能审批');
    });

    await test.step('the small community’s basic office amount is entered by hand with its reason', async () => {
      await yearPage.openCommunity(small.id);
      await expect(communityPage.title).toHaveText(`${small.name} · ${year} 年社区工作经费`);
      await expect(communityPage.lineMissing('basic_office')).toBeVisible();
      await expect(communityPage.lineFigure('basic_office', '测算金额')).toHaveText('标准未覆盖');
      await communityPage.overrideLine(
        'basic_office',
        '200000.00',
        '不足一万户，经街道党工委会议研究按20万元核定',
      );
      await expect(communityPage.lineAmount('basic_office')).toHaveText('200,000.00 元');
      await communityPage.enterPartyBuilding({ amountYuan: '10000.00', organisations: '社区党支部' });
      await expect(communityPage.lineAmount('party_building')).toHaveText('10,000.00 元');
      await expect(communityPage.allocated).toContainText('440,000.00');
      await communityPage.backToYear();
    });

    await test.step('an override keeps the computed value beside the determined one', async () => {
      await yearPage.openCommunity(middle.id);
      await communityPage.overrideLine(
        'purchased_services',
        '480000.00',
        '部分院落服务已由物业承担，经街道会议研究核减4万元',
      );
      await expect(communityPage.lineAmount('purchased_services')).toHaveText('480,000.00 元');
      await expect(communityPage.lineFigure('purchased_services', '测算金额')).toHaveText('520,000.00 元');
      await expect(communityPage.lineAllocated('purchased_services')).toHaveText('480,000.00 元');
      await communityPage.enterPartyBuilding({
        amountYuan: '15000.00',
        organisations: '社区党委、金色家园小区党支部',
      });
      await expect(communityPage.allocated).toContainText('795,000.00');
      await communityPage.backToYear();
    });

    await test.step('party building is entered for the big community', async () => {
      await yearPage.openCommunity(big.id);
      await communityPage.enterPartyBuilding({
        amountYuan: '20000.00',
        organisations: '社区党委、老街坊自治院党支部',
      });
      await expect(communityPage.lineAmount('party_building')).toHaveText('20,000.00 元');
      await expect(communityPage.allocated).toContainText('1,610,000.00');
      await communityPage.backToYear();
    });

    await test.step('测算全年 again keeps the override, and the draft is complete', async () => {
      await yearPage.computeYear();
      await expect(yearPage.previewBreakdown(middle.id, 'purchased_services')).toContainText(
        '保留已调整的核定金额 480,000.00 元',
      );
      await yearPage.savePreview();
      await yearPage.showAllCommunities();
      for (const community of ours) {
        await expect(yearPage.row(community.id).getByText('待录入')).toHaveCount(0);
      }
      await expect(yearPage.total('allocated')).toHaveText('2,845,000.00');
      await expect(yearPage.approveBlocked).toHaveCount(0);
    });

    await test.step('审批 by the 审核人 freezes the amounts', async () => {
      // The 经办人 computed the year; approving it is another person's, in a window of their own.
      const approverPage = await pageAs('shenhe');
      await openApp(approverPage);
      const approverYear = new FundingYearPage(approverPage);
      await approverYear.open(year);
      await expect(approverYear.approveButton).toBeEnabled();
      await approverYear.approve();
      await expect(toast(approverPage, `已审批 ${year} 年社区工作经费核定`).first()).toBeVisible();
      await approverPage.close();
      await page.reload();
      await yearPage.expectStatus('approved');
      await expect(yearPage.computeButton).toBeDisabled();
    });

    await test.step('拨付 part of a line updates allocated, disbursed and remaining', async () => {
      await yearPage.openCommunity(big.id);
      const dialog = await communityPage.openDisburse('basic_office');
      await expect(dialog.remaining).toHaveText('应拨 400,000.00 元，已拨付 0.00 元，尚可拨付 400,000.00 元');
      await dialog.fill({
        category: 'basic_office',
        date: today,
        amountYuan: '100000.00',
        voucherNo: '记-2028-031',
      });
      await expect(dialog.voucherWarning).toHaveCount(0);
      await dialog.submitForConfirmation();
      await expect(dialog.confirmation).toContainText(
        `${big.name} ${year} 年基本办公经费：${today} 拨付 100,000.00 元（人民币壹拾万元整），凭证号 记-2028-031。`,
      );
      await expect(dialog.confirmationVoucherWarning).toHaveCount(0);
      await dialog.confirm();
      await dialog.expectClosed();
      await expect(toast(page, '已拨付 100,000.00 元').first()).toBeVisible();
      await expect(communityPage.lineAllocated('basic_office')).toHaveText('400,000.00 元');
      await expect(communityPage.lineDisbursed('basic_office')).toHaveText('100,000.00 元');
      await expect(communityPage.lineRemaining('basic_office')).toHaveText('300,000.00 元');
      await expect(communityPage.disbursed).toContainText('100,000.00');
      await expect(communityPage.remaining).toContainText('1,510,000.00');
    });

    await test.step('拨付 beyond what remains is refused on the amount before any confirmation', async () => {
      const dialog = await communityPage.openDisburse('basic_office');
      await expect(dialog.remaining).toHaveText(
        '应拨 400,000.00 元，已拨付 100,000.00 元，尚可拨付 300,000.00 元',
      );
      await dialog.fill({
        category: 'basic_office',
        date: today,
        amountYuan: '300000.01',
        voucherNo: '记-2028-032',
      });
      await dialog.submit();
      await expect(dialog.amountMessage()).toHaveText(
        `拨付金额：超出可拨付余额。${big.name} ${year} 年基本办公经费应拨 400,000.00 元，已拨付 100,000.00 元，` +
          '尚可拨付 300,000.00 元，本次 300,000.01 元',
      );
      await expect(dialog.confirmation).toHaveCount(0);
      await expect(dialog.form).toBeVisible();
      await dialog.discard();
      await expect(communityPage.lineDisbursed('basic_office')).toHaveText('100,000.00 元');
      await expect(communityPage.lineRemaining('basic_office')).toHaveText('300,000.00 元');
      await expect(page.getByTestId('disbursement-table').locator('tbody tr[data-row-key]')).toHaveCount(1);
      await communityPage.backToYear();
    });

    let tableFigures: Record<string, string> = {};
    await test.step('the year table shows the big community’s row and the office’s totals', async () => {
      await yearPage.expectStatus('approved');
      await yearPage.showAllCommunities();
      await expect(yearPage.row(big.id)).toContainText('100,000.00');
      tableFigures = await yearPage.rowFigures(big.id);
      expect(tableFigures).toMatchObject({
        社区: big.name,
        总户数: '35,000',
        基本办公经费: '400,000.00',
        党建工作经费: '20,000.00',
        公共服务经费: '1,190,000.00',
        应拨合计: '1,610,000.00',
        已拨付: '100,000.00',
        未拨付: '1,510,000.00',
        执行率: '6.2%',
      });
      await expect(yearPage.total('allocated')).toHaveText('2,845,000.00');
      await expect(yearPage.total('disbursed')).toHaveText('100,000.00');
      await saveScreenshot(page, testInfo, 'funding-year.png');
    });

    await test.step('导出年度报表 downloads the xlsx with the figures the table shows', async () => {
      const download = await yearPage.exportAnnualReport();
      expect(download.suggestedFilename()).toBe(`${year}年度社区工作经费核定及拨付情况表.xlsx`);
      const file = await saveDownload(download, testInfo);
      const sheet = { headerRow: 3, keyHeader: '社区' };
      const bigRow = await readSheetRow(file, '核定及拨付情况表', { ...sheet, key: big.name });
      expect(bigRow['总户数']).toBe(35_000);
      expect(bigRow['基本办公经费']).toBe(400_000);
      expect(bigRow['应拨合计']).toBe(1_610_000);
      expect(bigRow['已拨付']).toBe(100_000);
      const yuanText = (value: unknown) => formatYuan(Math.round(Number(value) * 100));
      expect(yuanText(bigRow['应拨合计'])).toBe(tableFigures['应拨合计']);
      expect(yuanText(bigRow['已拨付'])).toBe(tableFigures['已拨付']);
      const middleRow = await readSheetRow(file, '核定及拨付情况表', { ...sheet, key: middle.name });
      expect(String(middleRow['备注'])).toContain(
        '公共服务经费手工核定：部分院落服务已由物业承担，经街道会议研究核减4万元',
      );
    });

    await test.step('打印公示 shows the end of the posting period and downloads the PDF', async () => {
      const notice = await yearPage.openNotice();
      await notice.fill({
        communityName: big.name,
        startDate: '2028-03-06',
        workingDays: 5,
        issueDate: '2028-03-03',
      });
      await expect(notice.endDate).toHaveAttribute('data-end-date', '2028-03-10');
      await expect(notice.endDate).toHaveText('公示期截止：2028年3月10日（2028-03-10）');
      const download = await notice.printNotice();
      expect(download.suggestedFilename()).toBe(`${big.name}${year}年度社区工作经费核定情况公示.pdf`);
      const file = await saveDownload(download, testInfo);

      const text = squeezed(pdfText(file));
      for (const words of [
        `关于${big.name}社区2028年度`,
        '社区工作经费核定情况的公示',
        '35,000户：基础30万元+超出部分按整万户计1档×10万元=40万元',
        '400,000.00',
        '20,000.00',
        '1,190,000.00',
        '1,610,000.00',
        '合计人民币（大写）：壹佰陆拾壹万元整',
        '公示期：自2028年3月6日至2028年3月10日（5个工作日）',
        '特此公示',
        squeezed(officeName),
        '2028年3月3日',
      ]) {
        expect(text, `the notice's text contains 「${words}」`).toContain(words);
      }
      const png = renderFirstPage(
        file,
        path.join(testInfo.project.outputDir, 'screenshots', 'funding-notice'),
      );
      await testInfo.attach('funding-notice-page-1.png', { path: png, contentType: 'image/png' });
    });

    await test.step('经费看板 shows the year’s totals and draws its charts', async () => {
      const dashboard = new FundingDashboardPage(page);
      await dashboard.open(year);
      await expect(dashboard.allocated).toContainText('2,845,000.00');
      await expect(dashboard.disbursed).toContainText('100,000.00');
      await expect(dashboard.remaining).toContainText('2,745,000.00');
      await expect(dashboard.rate).toContainText('3.5%');
      await dashboard.expectChartsDrawn();
      await expect(toast(page, '已下载')).toHaveCount(0); // the notice's message, out of the screenshot
      await saveScreenshot(page, testInfo, 'funding-dashboard.png');
    });

    await test.step('a voucher number used before warns, naming the earlier entry, and can be confirmed past', async () => {
      await yearPage.open(year);
      await yearPage.showAllCommunities();
      await yearPage.openCommunity(big.id);
      const dialog = await communityPage.openDisburse('party_building');
      await dialog.fill({
        category: 'party_building',
        date: today,
        amountYuan: '5000.00',
        voucherNo: '记-2028-031',
      });
      const earlier = new RegExp(
        `^凭证号“记-2028-031”已用于：${big.name} ${year} 年基本办公经费 ${today} 拨付 100,000.00 元（#\\d+）。` +
          '一张凭证可对应多笔拨付，核对无误可继续。$',
      );
      await expect(dialog.voucherWarning).toHaveText(earlier);
      await dialog.submitForConfirmation();
      await expect(dialog.confirmationVoucherWarning).toHaveText(earlier);
      await dialog.confirm();
      await dialog.expectClosed();
      await expect(communityPage.lineDisbursed('party_building')).toHaveText('5,000.00 元');
      const vouchers = page.getByTestId('disbursement-table').locator('tbody tr[data-row-key]');
      await expect(vouchers.filter({ hasText: '记-2028-031' })).toHaveCount(2);
    });

    await test.step('冲销 is posted under its own voucher number, dated today by default', async () => {
      const party = await communityPage.disbursementRows
        .filter({ hasText: '5,000.00' })
        .getAttribute('data-row-key');
      const reversal = await communityPage.openReverse(Number(party));
      await expect(reversal.date).toHaveValue(today);
      await reversal.submit();
      await expect(reversal.messageOf('凭证号')).toHaveText('凭证号：不能为空');
      await reversal.fill({ voucherNo: '记-2028-040', reason: '凭证号与基本办公经费重复，改按新凭证拨付' });
      await reversal.submit();
      await reversal.expectClosed();
      await expect(communityPage.lineDisbursed('party_building')).toHaveText('0.00 元');
      await expect(communityPage.disbursementRows.filter({ hasText: '记-2028-040' })).toContainText('冲销 #');
    });
  });
});
