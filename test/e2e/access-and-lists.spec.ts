// 准入 end to end, in Chromium against the host: submit a work-access request, review it, approve it, find
// the admitted item in that community's 准入目录 and printed two-lists notice (and not in the other
// community's), see a repeated step refused in the UI and by the host, and print the 审批表.
// The posting period is in 2027: the app ships holidays for 2024–2026 only, so only weekends count.
import path from 'node:path';
import { nextState } from '../../shared/features/access/access-workflow';
import { AccessCataloguePage } from './pages/access-catalogue-page';
import { AccessDetailPage, AccessRequestsPage, chooseOption } from './pages/access-requests-page';
import { openApp, toast, uniqueName } from './pages/app';
import { NoticesPage } from './pages/notices-page';
import { pdfLayoutText, refusalOf } from './support/access-and-lists';
import { pdfText, renderFirstPage, saveDownload } from './support/downloaded-documents';
import { callChannel, ensureOfficeName } from './support/funding-seed';
import { registerCommunity } from './support/register-api';
import { expect, test } from './support/signed-in';

/** Whitespace out: pdftotext breaks lines where the PDF wraps them, and Chinese needs no spaces. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * A notice's text two ways: `pdftotext -layout` for the full-width lines (title, posting period, closing),
 * and plain reading order for table cells, which -layout interleaves with their neighbours where a
 * name or a basis wraps inside its column.
 */
function noticeTexts(file: string): { layout: string; cells: string } {
  return { layout: squeezed(pdfLayoutText(file)), cells: squeezed(pdfText(file)) };
}

test.describe('社区工作准入与公示清单', () => {
  test('submits, reviews and approves a request, lists it for its community only, and prints the notice and the form', async ({
    page,
    request,
    requestAs,
    pageAs,
  }, testInfo) => {
    test.setTimeout(120_000);
    // The notice names the office as its issuer and in the objection sentence.
    const officeName = await ensureOfficeName(await requestAs('admin'));
    const admitted = await registerCommunity(request, { name: uniqueName('准入甲') });
    const other = await registerCommunity(request, { name: uniqueName('准入乙') });
    const suffix = uniqueName('');
    const title = `垃圾分类入户宣传${suffix}`;
    const department = '区城市管理局';
    const decisionNo = `官和社领〔2026〕${Date.now() % 1_000_000}号`;

    await openApp(page);
    const register = new AccessRequestsPage(page);
    let requestId = 0;
    let detail: AccessDetailPage;
    // 街道审核 and the decision are the 审核人's, in a window of their own on the same request.
    let approverDetail: AccessDetailPage;

    await test.step('新增申请 registers the request, listed as 待街道审核', async () => {
      await register.open();
      requestId = await register.submitRequest({
        department,
        title,
        content: '组织社区工作人员入户宣传生活垃圾分类，每季度一次',
        legalBasis: '《昆明市生活垃圾分类管理办法》第十二条',
        reason: '全区推进生活垃圾分类，需社区协助入户宣传',
        communities: [admitted.name],
        fundingYuan: '12000.50',
        staff: 1,
        startDate: '2027-01-01',
        submittedDate: '2026-11-20',
        documents: ['区城市管理局关于协助开展垃圾分类宣传的函'],
      });
      await expect(toast(page, /^已登记准入申请/).first()).toBeVisible();
      await register.open();
      await expect(register.row(requestId)).toContainText(title);
      await expect(register.status(requestId)).toHaveAttribute('data-status', 'submitted');
      await expect(register.status(requestId)).toHaveText('待街道审核');
      detail = await register.openRequest(requestId);
      await detail.expectStatus('submitted');
      await expect(detail.detail).toContainText('12,000.50 元');
      await expect(detail.detail).toContainText('1 人');
      await expect(detail.decideButton).toBeDisabled();
    });

    await test.step('街道审核 moves it on to the district leading group', async () => {
      const approver = await pageAs('shenhe');
      await openApp(approver);
      await approver.evaluate((hash) => (window.location.hash = hash), `#/access/${requestId}`);
      approverDetail = new AccessDetailPage(approver);
      await approverDetail.expectStatus('submitted');
      await approverDetail.review('经街道审核，该事项属于社区协助事项，同意报区领导小组决定');
      await expect(toast(approver, '已提交审核意见').first()).toBeVisible();
      await approverDetail.expectStatus('reviewed');
      await expect(approverDetail.status).toHaveText('待区领导小组决定');
      await expect(approverDetail.reviewButton).toBeDisabled();
    });

    await test.step('区领导小组决定 → 准予准入 admits it; neither step is offered again', async () => {
      await approverDetail.approve(decisionNo, '2026-11-25');
      await expect(toast(approverDetail.page, '已登记决定：准予准入').first()).toBeVisible();
      await approverDetail.expectStatus('approved');
      await expect(approverDetail.status).toHaveText('已准入');
      await expect(approverDetail.detail).toContainText(decisionNo);
      await expect(approverDetail.reviewButton).toBeDisabled();
      await expect(approverDetail.decideButton).toBeDisabled();
      await expect(approverDetail.revokeButton).toBeEnabled();
      await approverDetail.page.close();
      // Back in the 经办人's window, which shows the decision once it reads the request again.
      await page.reload();
      await detail.expectStatus('approved');
    });

    await test.step('the host refuses a second review with the workflow’s message', async () => {
      const expected = nextState('approved', 'review');
      expect(expected.ok).toBe(false);
      const refusal = await refusalOf(await requestAs('shenhe'), 'access.review', {
        id: requestId,
        opinion: '再审一次',
      });
      expect(refusal.message).toBe(expected.ok ? '' : expected.reason);
      expect(refusal.message).toBe('该申请已审核，不能重复审核');
      expect(refusal.code).toBe('conflict');
    });

    await test.step('打印审批表 downloads the form with the decision number and the department', async () => {
      const file = await saveDownload(await detail.printForm(), testInfo);
      expect(path.extname(file)).toBe('.pdf');
      const text = squeezed(pdfLayoutText(file));
      expect(text).toContain('社区工作准入事项审批表');
      expect(text).toContain(squeezed(decisionNo));
      expect(text).toContain(department);
    });

    const catalogue = new AccessCataloguePage(page);
    await test.step('准入目录 lists the item for its community, citing the decision, and not for the other', async () => {
      await catalogue.open();
      await catalogue.showCommunity(admitted.name);
      await expect(catalogue.row(requestId)).toContainText(title);
      await expect(catalogue.decision(requestId)).toHaveText(`${decisionNo}（2026-11-25）`);
      await catalogue.showCommunity(other.name);
      // Registered just now, the other community has nothing admitted: its catalogue is empty.
      await expect(catalogue.table).toContainText('目录中还没有准入事项');
      await expect(catalogue.row(requestId)).toHaveCount(0);
      await expect(catalogue.table).not.toContainText(title);
    });

    const notices = new NoticesPage(page);
    const period = '公示期：自2027年3月1日至2027年3月5日（5个工作日）';
    await test.step('公示打印 of the two lists for the admitted community prints the item with its decision', async () => {
      await notices.open();
      await notices.fill({
        kind: '两个清单',
        community: admitted.name,
        mode: '合并为一个PDF',
        startDate: '2027-03-01',
        workingDays: 5,
      });
      await expect(notices.endDate).toHaveAttribute('data-end-date', '2027-03-05');
      await expect(notices.endDate).toContainText('2027年3月5日');
      const file = await saveDownload(await notices.generate(), testInfo);
      const { layout, cells } = noticeTexts(file);
      expect(layout).toContain(`关于公布${admitted.name}社区工作事项清单和社区印章使用清单的公示`);
      expect(cells).toContain(squeezed(title));
      expect(cells).toContain(squeezed(`经准入审批（${decisionNo}）`));
      expect(layout).toContain(period);
      expect(layout).toContain('特此公示');
      expect(layout).toContain(`向${officeName}反映`);
      const png = renderFirstPage(file, path.join(testInfo.project.outputDir, 'screenshots', 'list-notice'));
      await testInfo.attach('list-notice.png', { path: png, contentType: 'image/png' });
      await expect(notices.generateButton).toBeEnabled();
    });

    await test.step('the other community’s notice does not carry the item', async () => {
      await notices.fill({
        kind: '两个清单',
        community: other.name,
        mode: '合并为一个PDF',
        startDate: '2027-03-01',
        workingDays: 5,
      });
      await expect(notices.endDate).toHaveAttribute('data-end-date', '2027-03-05');
      const file = await saveDownload(await notices.generate(), testInfo);
      const { layout, cells } = noticeTexts(file);
      expect(layout).toContain(`关于公布${other.name}社区工作事项清单和社区印章使用清单的公示`);
      expect(layout).toContain(period);
      for (const text of [layout, cells]) {
        expect(text).not.toContain(admitted.name);
        expect(text).not.toContain(suffix);
        expect(text).not.toContain(squeezed(decisionNo));
      }
    });
  });

  test('the history names the shipped version’s approver without a doubled bracket', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => (window.location.hash = '#/lists/certificates'));
    await page.getByTestId('list-tab-history').click();
    const first = page.getByTestId('list-history-version-1');
    await expect(first).toHaveText('第 1 版 · 生效 2020-09-23 · 批准：（内置初始内容） · 首版');
    await expect(first).not.toContainText('））');
  });

  test('a submitted request is corrected, then withdrawn with a reason, each with an audit row', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const first = await registerCommunity(request, { name: uniqueName('修改甲') });
    const second = await registerCommunity(request, { name: uniqueName('修改乙') });
    const title = `协助开展燃气安全宣传${uniqueName('')}`;
    const submitted = await callChannel(request, 'access.submit', {
      requestingDepartment: '区应急管理局',
      title,
      content: '入户宣传燃气安全常识',
      legalBasis: '',
      reason: '冬季燃气安全形势严峻',
      communityIds: [first.id],
      requestedStartDate: '2027-01-04',
      submittedDate: '2026-11-20',
    });
    await openApp(page);
    await page.evaluate((hash) => (window.location.hash = hash), `#/access/${submitted.id}`);
    const detail = new AccessDetailPage(page);
    await expect(detail.detail).toBeVisible();
    await detail.expectStatus('submitted');

    const corrected = `${title}（修改）`;
    await detail.edit(async (form) => {
      await expect(form.field('title')).toHaveValue(title);
      await form.field('title').fill(corrected);
      await chooseOption(page, form.field('communities'), second.name);
      await form.field('reason').click();
    });
    await expect(toast(page, `已保存对 ${submitted.requestNo} 的修改`)).toBeVisible();
    await expect(detail.detail).toContainText(corrected);
    await expect(detail.detail).toContainText(second.name);
    await detail.expectStatus('submitted');

    await detail.withdraw('区应急管理局已改为委托专业机构宣传');
    await expect(toast(page, `已撤回准入申请 ${submitted.requestNo}`)).toBeVisible();
    await detail.expectStatus('withdrawn');
    await expect(detail.steps).toContainText('撤回申请：区应急管理局已改为委托专业机构宣传');
    await expect(detail.editButton).toHaveCount(0);
    await expect(detail.withdrawButton).toHaveCount(0);
    await expect(detail.reviewButton).toBeDisabled();

    const audit = await callChannel(request, 'audit.list', {
      entity: 'access_request',
      search: submitted.requestNo,
    });
    const actions = audit.rows.filter((row) => row.entityId === submitted.id).map((row) => row.action);
    expect(actions).toEqual(['withdraw', 'update', 'submit']);
  });
});
