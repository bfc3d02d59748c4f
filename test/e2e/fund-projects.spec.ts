// 公益项目 end to end in Chromium at 1366×768, on the demo database: the 经办人 enters a community's
// application (its budget lines adding up to the budget); the 审核人 does the 街道初审 and records the
// 管委会's approval; the 经办人 signs the agreement with two instalments adding up to the approved amount
// and pays the first instalment, seeing its voucher before submitting it; the 审核人 posts that voucher on its page; the
// project shows 实施中 with the instalment 已拨付, and the list shows what is paid and what remains.
import { formatYuan } from '../../shared/domain/money';
import { openApp, toast, uniqueName } from './pages/app';
import { FundDisclosurePage } from './pages/fund-disclosure-page';
import { ProjectPage } from './pages/fund-project-page';
import { ProjectsListPage } from './pages/fund-projects-page';
import { todayInShanghai } from './support/contracts-seed';
import { pdfText, renderFirstPage, saveDownload, saveScreenshot } from './support/downloaded-documents';
import { donorNamed, ensureFundSettings, grantRecipient, purposeDesignation } from './support/fund-seed';
import { callChannel } from './support/funding-seed';
import { expectNoSidewaysScroll } from './support/layout-checks';
import { e2eUsers, expect, hostURLOf, test } from './support/signed-in';

// On the demo database, as fund-forms.spec.ts: fund.spec.ts reads the empty database's figures.
test.use({ viewport: { width: 1366, height: 768 }, host: 'demo', baseURL: hostURLOf('demo') });

const donationFen = 20_000_00;
const budgetFen = 8_000_00;
const firstFen = 5_000_00;
const secondFen = budgetFen - firstFen;
const plain = (fen: number) => formatYuan(fen).replace(/,/g, '');

test('a community applies, the committee approves, an instalment is paid', async ({
  page,
  request,
  requestAs,
  pageAs,
}, testInfo) => {
  test.setTimeout(240_000);
  const today = todayInShanghai();
  const year = Number(today.slice(0, 4));
  const reviewerRequest = await requestAs('shenhe');
  await ensureFundSettings(await requestAs('admin'));
  const settings = await callChannel(request, 'fund.settings', {});
  const chairName = settings.settings?.committee[0]?.name ?? '（未登记管委会）';
  const designation = await purposeDesignation(request);
  const donation = await callChannel(request, 'fund.recordDonation', {
    donorId: await donorNamed(request, uniqueName('官渡爱心药房')),
    date: today,
    amountFen: donationFen,
    channel: 'bank_transfer',
    platform: '',
    inKindDescription: '',
    valuationBasis: '',
    designationId: designation.id,
    note: '',
    attachments: 0,
    hostReference: '',
    submit: true,
  });
  await callChannel(reviewerRequest, 'fund.postVoucher', { id: donation.voucherId });
  const provider = await grantRecipient(request);
  const [community] = await callChannel(request, 'communities.list', { status: 'active' });
  expect(community, 'the demo has an active community').toBeTruthy();
  const title = uniqueName('高龄老人助餐');

  await openApp(page);
  const list = new ProjectsListPage(page);
  const project = new ProjectPage(page);
  let projectId = 0;

  await test.step('经办人 enters the application; lines not adding up are refused under them', async () => {
    await list.open();
    projectId = await list.apply(
      {
        community: community!.name,
        provider: provider.name,
        title,
        purpose: '为社区 80 岁以上独居老人每周送餐三次',
        beneficiaries: '社区 80 岁以上独居老人 30 人',
        periodStart: today,
        periodEnd: `${year + 1}-06-30`,
        designation: designation.name,
        budgetYuan: plain(budgetFen),
        lines: [
          { item: '餐费补贴', amountYuan: plain(6_000_00) },
          { item: '志愿者交通补贴', amountYuan: plain(2_000_00) },
        ],
      },
      plain(budgetFen + 100_00),
    );
    await project.expectState('submitted');
    await expect(page.getByTestId('fund-project-budget-lines')).toContainText('志愿者交通补贴');
    // The 经办人 may not take the 审核人's steps: 街道初审 is shown disabled, saying who may.
    await expect(project.button('review')).toBeDisabled();
  });

  await test.step('审核人 reviews it and records the 管委会 approval', async () => {
    const reviewer = await pageAs('shenhe');
    await openApp(reviewer);
    const reviewerProject = new ProjectPage(reviewer);
    await reviewerProject.open(projectId);
    await reviewerProject.review('申请材料齐全，预算合理，同意报管委会审议');
    await reviewerProject.expectState('reviewed');
    await reviewerProject.approve(uniqueName('微基金管决〔2026〕'), today, plain(budgetFen));
    await reviewerProject.expectState('approved');
    await expect(reviewer.getByTestId('fund-project-decision')).toContainText(formatYuan(budgetFen));
    // The members present are the committee the fund's settings keep.
    await expect(reviewer.getByTestId('fund-project-decision')).toContainText(chairName);
  });

  await test.step('经办人 signs the agreement with two instalments adding up to the approved amount', async () => {
    await project.open(projectId);
    await project.expectState('approved');
    // One instalment short of the approved amount: the backend's refusal shows under the instalments.
    const refused = await project.agree(uniqueName('微基金协〔2026〕'), today, [
      { plannedOn: today, amountYuan: plain(firstFen) },
    ]);
    await expect(refused.getByTestId('fund-project-instalment-errors')).toContainText(
      `拨付计划：各期合计 ${formatYuan(firstFen)} 元，与批准金额 ${formatYuan(budgetFen)} 元不一致`,
    );
    await saveScreenshot(page, testInfo, 'fund-project-agree-refused.png');
    const form = await project.agree(uniqueName('微基金协〔2026〕'), today, [
      { plannedOn: today, amountYuan: plain(firstFen) },
      { plannedOn: `${year + 1}-03-01`, amountYuan: plain(secondFen) },
    ]);
    await expect(form).toHaveCount(0);
    await project.expectState('agreed');
    await project.expectInstalmentState(1, 'unpaid');
    await project.expectInstalmentState(2, 'unpaid');
  });

  await test.step('经办人 pays the first instalment: the voucher is shown, then submitted', async () => {
    const form = await project.openPay(1);
    const preview = page.getByTestId('fund-project-pay-preview');
    await expect(preview).toContainText('5101');
    await expect(preview).toContainText('1002');
    await expect(preview).toContainText(formatYuan(firstFen));
    await saveScreenshot(page, testInfo, 'fund-project-pay-preview.png');
    await page.getByTestId('fund-project-pay-submit').click();
    await page.getByTestId('fund-project-pay-confirm').click();
    await expect(toast(page, '已生成第 1 期拨付凭证（待审核）')).toBeVisible();
    await expect(form).toHaveCount(0);
    await project.expectInstalmentState(1, 'submitted');
    await project.expectState('in_progress');
  });

  await test.step('审核人 posts the instalment’s voucher on the voucher page', async () => {
    const voucherId = await project.instalmentVoucherId(1);
    const reviewer = await pageAs('shenhe');
    await openApp(reviewer);
    await reviewer.goto(`/#/fund/vouchers/${voucherId}`);
    await expect(reviewer.getByTestId('fund-voucher-line-table')).toContainText(formatYuan(firstFen));
    await reviewer.getByTestId('fund-voucher-post').click();
    await reviewer.getByTestId('fund-voucher-post-ok').click();
    await expect(reviewer.getByTestId('fund-voucher-number')).toHaveText(/^记-\d{4}-\d{2}-\d{4}$/);
  });

  await test.step('the project shows 实施中 and the instalment 已拨付; its 操作记录 names both people', async () => {
    await project.open(projectId);
    await project.expectState('in_progress');
    await project.expectInstalmentState(1, 'paid');
    await project.expectInstalmentState(2, 'unpaid');
    await expect(project.instalment(1)).toContainText('已拨付');
    await expect(project.audit).toContainText(e2eUsers.jingban.displayName);
    await expect(project.audit).toContainText(e2eUsers.shenhe.displayName);
    await expectNoSidewaysScroll(page);
    await page.screenshot({
      path: testInfo.outputPath('fund-project-page-1366.png'),
      animations: 'disabled',
    });
    await saveScreenshot(page, testInfo, 'fund-project-page-full.png');
  });

  await test.step('the project page prints its 公益项目公示 with the instalment paid', async () => {
    const notice = new FundDisclosurePage(page);
    const file = await saveDownload(await notice.printProjectNotice(projectId), testInfo);
    const text = pdfText(file).replace(/\s+/g, '');
    expect(text).toContain(title);
    expect(text).toContain(formatYuan(firstFen));
    expect(text).toContain('特此公示');
    const png = renderFirstPage(file, file.replace(/\.pdf$/, ''));
    await testInfo.attach('fund-project-notice-page-1.png', { path: png, contentType: 'image/png' });
  });

  await test.step('the list shows the project with what is paid and what remains', async () => {
    await list.open();
    const row = list.row(projectId);
    await expect(row).toContainText(title);
    await expect(row.getByTestId('fund-project-state')).toHaveAttribute('data-state', 'in_progress');
    await expect(row).toContainText(formatYuan(firstFen));
    await expect(row).toContainText(formatYuan(secondFen));
    await expect(list.totals()).toBeVisible();
    // Searched by its unique title, the 合计 is this project's alone: the backend sums what matches.
    await list.search(title);
    await expect(list.rows()).toHaveCount(1);
    await expect(list.total('approved')).toHaveText(formatYuan(budgetFen));
    await expect(list.total('paid')).toHaveText(formatYuan(firstFen));
    await expect(list.total('remaining')).toHaveText(formatYuan(secondFen));
    await list.search('');
    await expectNoSidewaysScroll(page);
    await page.screenshot({
      path: testInfo.outputPath('fund-projects-list-1366.png'),
      animations: 'disabled',
    });
  });
});
