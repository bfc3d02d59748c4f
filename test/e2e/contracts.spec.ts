// 政府购买服务合同 end to end (issue #11), in Chromium at 1366×768 on the empty database: the 经办人 registers
// a provider (a wrong USCC check character is said at the field), the 审核人 signs the drafted contract and
// it gets its number 购〔Y〕N号; an interim evaluation under 60 keeps the gated instalment shut, a passing one
// opens it; the 经办人 requests its payment, the 审核人 approves it, and its 付款审批单 names both of them.
// The current year is used because a contract is signed today: its funding is approved here when no
// earlier spec did.
import type { APIRequestContext } from '@playwright/test';
import { amountInWords, formatYuan } from '../../shared/domain/money';
import { usccCharset, usccCheckCharacter } from '../../shared/domain/uscc';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import { providerInput } from '../fixtures/contracts';
import { openApp, toast, uniqueName } from './pages/app';
import { ContractPage } from './pages/contract-page';
import { ProvidersPage } from './pages/provider-page';
import {
  communityWithApprovedYear,
  currentYear,
  draftContract,
  todayInShanghai,
} from './support/contracts-seed';
import { pdfText, saveDownload, saveScreenshot } from './support/downloaded-documents';
import { callChannel, ensureOfficeName } from './support/funding-seed';
import { e2eUsers, expect, test } from './support/signed-in';

test.use({ viewport: { width: 1366, height: 768 } });

/** A USCC no earlier run has used: 52 (社会组织) + 530111 + nine random characters, and its check. */
function freshUscc(): { valid: string; wrongCheck: string } {
  let first17 = '52530111';
  while (first17.length < 17) first17 += usccCharset.charAt(Math.floor(Math.random() * 31));
  const check = usccCheckCharacter(first17);
  return { valid: first17 + check, wrongCheck: first17 + (check === '0' ? '1' : '0') };
}

/** The Chinese message of a refused channel call (the call must be refused). */
async function refusalOf<C extends ChannelName>(
  request: APIRequestContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<string> {
  const response = await request.post(`/api/${channel}`, { data: input });
  const body = (await response.json()) as { ok: boolean; error?: { message: string } };
  expect(body.ok, `${channel} should be refused`).toBe(false);
  return body.error!.message;
}

const interimSeq = 2;
const interimFen = 48_000_00;

test('a provider, a signed contract, its gated instalment evaluated and paid, and the 付款审批单', async ({
  page,
  request,
  requestAs,
  pageAs,
}, testInfo) => {
  test.setTimeout(180_000);
  const year = currentYear();
  const today = todayInShanghai();
  const shenheRequest = await requestAs('shenhe');
  // The 付款审批单 is issued in the office's name, which the 管理员 keeps.
  await ensureOfficeName(await requestAs('admin'));
  const community = await communityWithApprovedYear(request, shenheRequest, uniqueName('购买服务'), year);
  const providerName = uniqueName('锦江乐仁社工中心');
  const uscc = freshUscc();

  await openApp(page);
  const providers = new ProvidersPage(page);
  await test.step('承接主体 → 新增: a wrong check character is said at the field, the corrected one saves', async () => {
    await providers.open();
    const fixture = providerInput();
    await providers.startNew({
      name: providerName,
      kindLabel: '社会组织',
      uscc: uscc.wrongCheck,
      legalRepresentative: fixture.legalRepresentative,
      contactPerson: fixture.contactPerson,
      contactPhone: fixture.contactPhone ?? '',
      bankName: fixture.bankName,
      bankAccount: fixture.bankAccount,
    });
    await providers.form.submit();
    const message = providers.form.messageOf('统一社会信用代码');
    await expect(message).toContainText(`统一社会信用代码：校验位应为“${uscc.valid.at(-1)}”`);
    await saveScreenshot(page, testInfo, 'contracts-provider-uscc.png');
    await providers.usccField().fill(uscc.valid);
    await providers.form.submit();
    await providers.form.expectClosed();
    // Saving opens the new provider's card; the list then holds its row.
    await expect(page.getByTestId('provider-details')).toContainText(uscc.valid);
    await providers.open();
    await expect(providers.row(providerName)).toContainText(uscc.valid);
  });

  const provider = (await callChannel(request, 'providers.list', {})).find(
    (row) => row.name === providerName,
  );
  expect(provider, 'the new provider through the API').toBeDefined();
  const draft = await draftContract(request, community.id, provider!.id);
  const contractPage = new ContractPage(page);

  await test.step('the 经办人 sees 签订 disabled: it is the 审核人’s', async () => {
    await contractPage.open(draft.id);
    await expect(contractPage.state()).toHaveText('草稿');
    await expect(contractPage.step('sign')).toBeDisabled();
  });

  const approver = await pageAs('shenhe');
  await approver.setViewportSize({ width: 1366, height: 768 });
  const approverContract = new ContractPage(approver);
  let contractNo = '';
  await test.step('the 审核人 signs it today: 已签订, numbered 购〔Y〕N号', async () => {
    await openApp(approver);
    await approverContract.open(draft.id);
    await approverContract.step('sign').click();
    await expect(approverContract.signForm.form).toBeVisible();
    await expect(approver.getByTestId('contract-sign-date')).toHaveValue(today);
    await approverContract.signForm.submit();
    await expect(approver.getByTestId('contract-sign-warnings')).toContainText(`${today} 签订`);
    await approver.getByTestId('contract-sign-ok').click();
    await expect(approverContract.state()).toHaveText('已签订');
    await expect(approverContract.number).toHaveText(new RegExp(`^购〔${year}〕\\d+号$`));
    contractNo = (await approverContract.number.textContent()) ?? '';
    await saveScreenshot(approver, testInfo, 'contracts-signed.png');
  });

  await test.step('an interim evaluation under 60 shows its total and 差, and keeps the instalment shut', async () => {
    await page.reload();
    await expect(contractPage.state()).toHaveText('已签订');
    await contractPage.startEvaluation([10, 15, 15, 10], '街道评价小组', '服务记录不全，未达到合同质量标准');
    await expect(page.getByTestId('evaluation-total')).toContainText('50');
    await expect(page.getByTestId('evaluation-total')).toContainText('差');
    await expect(page.getByTestId('evaluation-coefficient')).toHaveText('0%');
    await contractPage.evaluationForm.submit();
    await contractPage.evaluationForm.expectClosed();
    await contractPage.showTab('分期付款');
    await expect(contractPage.instalmentRow(interimSeq)).toContainText('评价未通过');
    await expect(contractPage.payButton(interimSeq)).toBeDisabled();
    const refusal = await refusalOf(request, 'contracts.requestPayment', {
      contractId: draft.id,
      instalmentSeq: interimSeq,
      date: today,
      amountFen: interimFen,
      voucherNo: uniqueName('记-'),
      note: '',
    });
    expect(refusal).toContain('须中期评价合格后支付');
    expect(refusal).toContain('按付款比例 0% 不能付款');
    const refused = await callChannel(request, 'contracts.get', { id: draft.id });
    expect(refused.payments, 'the refused request recorded no payment').toEqual([]);
    await saveScreenshot(page, testInfo, 'contracts-evaluation-failed.png');
  });

  const voucherNo = uniqueName('记-');
  await test.step('a passing evaluation (85, 良, 100%) opens it; the 经办人 requests, the 审核人 approves', async () => {
    await contractPage.startEvaluation(
      [17, 26, 25, 17],
      '街道评价小组',
      '整改后服务记录完整，达到合同质量标准',
    );
    await expect(page.getByTestId('evaluation-total')).toContainText('85');
    await expect(page.getByTestId('evaluation-total')).toContainText('良');
    await expect(page.getByTestId('evaluation-coefficient')).toHaveText('100%');
    await contractPage.evaluationForm.submit();
    await contractPage.evaluationForm.expectClosed();
    await contractPage.showTab('分期付款');
    await expect(contractPage.instalmentRow(interimSeq)).toContainText('可付款');
    await contractPage.payButton(interimSeq).click();
    await expect(contractPage.paymentForm.form).toBeVisible();
    await expect(page.getByTestId('payment-amount')).toHaveValue(formatYuan(interimFen));
    await page.getByTestId('payment-voucher').fill(voucherNo);
    await contractPage.paymentForm.submit();
    await contractPage.paymentForm.expectClosed();
    await expect(toast(page, '已提交付款申请')).toBeVisible();
    await expect(contractPage.statistic('待审核')).toHaveText(formatYuan(interimFen));

    const payment = (await callChannel(request, 'contracts.get', { id: draft.id })).payments[0]!;
    await approver.reload();
    await approverContract.showTab(/^付款（/);
    await approver.getByTestId(`payment-approve-${payment.id}`).click();
    await approver.getByTestId('payment-approve-ok').click();
    await expect(toast(approver, '已审核通过付款')).toBeVisible();
    await expect(approverContract.statistic('已付')).toHaveText(formatYuan(interimFen));
    await expect(approverContract.statistic('待审核')).toHaveText(formatYuan(0));
    await expect(approverContract.statistic('未付')).toHaveText(formatYuan(120_000_00 - interimFen));
    await saveScreenshot(approver, testInfo, 'contracts-payment-approved.png');
  });

  await test.step('the 付款审批单 names the contract, the amount in figures and words, both people', async () => {
    const payment = (await callChannel(request, 'contracts.get', { id: draft.id })).payments[0]!;
    await page.reload();
    await contractPage.showTab(/^付款（/);
    const downloading = page.waitForEvent('download');
    await page.getByTestId(`payment-print-${payment.id}`).click();
    const file = await saveDownload(await downloading, testInfo);
    const text = pdfText(file).replace(/[ \t]+/g, '');
    expect(text).toContain('付款审批单');
    expect(text).toContain(contractNo);
    expect(text).toContain(formatYuan(interimFen));
    expect(text).toContain(amountInWords(interimFen));
    expect(text).toContain(e2eUsers.jingban.displayName);
    expect(text).toContain(e2eUsers.shenhe.displayName);
    expect(text).toMatch(/经办人[\s\S]*李晓梅/);
    expect(text).toMatch(/审核人[\s\S]*王建国/);
  });
});
