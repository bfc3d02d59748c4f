// 准入申请: the register (新增申请, its rows and their status) and one request's page with 修改 and 撤回
// before the review, the workflow steps (街道审核, 区领导小组决定), each confirmed before it is sent, and
// 打印审批表.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AccessState } from '../../../shared/features/access/access-workflow';
import { FormModal } from './form-modal';
import { typeDate } from './funding-date-input';

export interface AccessRequestEntry {
  department: string;
  title: string;
  content: string;
  legalBasis: string;
  reason: string;
  /** Names of the communities the work applies to. */
  communities: string[];
  /** 费随事转：经费, typed in yuan. */
  fundingYuan: string;
  staff: number;
  startDate: string;
  submittedDate: string;
  documents: string[];
}

/**
 * Picks an option of a searchable antd Select by its exact label (the list is virtual: type to narrow).
 * The pointer is parked in the corner before and after: left where the option was, it can rest on a
 * sortable table header below, whose 点击升序 tooltip then covers the select.
 */
export async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await page.mouse.move(0, 0);
  await select.click();
  await page.keyboard.type(label);
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`);
  // While the typed filter settles the virtual list is redrawn under the pointer, and a click on an
  // option being replaced selects nothing (seen once in CI): click again until the select shows it.
  // If that click closed the list instead, open it and type again before the next try.
  await expect(async () => {
    if ((await select.textContent())?.includes(label) !== true) {
      if (!(await option.isVisible())) {
        await select.click();
        await page.keyboard.type(label);
      }
      await option.click({ timeout: 2000 });
    }
    await expect(select).toContainText(label, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.mouse.move(0, 0);
}

export class AccessRequestForm extends FormModal {
  constructor(page: Page) {
    super(page, 'access-form-modal');
  }

  field(name: string): Locator {
    return this.form.getByTestId(`access-${name}`);
  }

  async fill(entry: AccessRequestEntry): Promise<void> {
    await this.field('department').fill(entry.department);
    await this.field('title').fill(entry.title);
    await this.field('content').fill(entry.content);
    await this.field('legal-basis').fill(entry.legalBasis);
    await this.field('reason').fill(entry.reason);
    for (const name of entry.communities) await chooseOption(this.page, this.field('communities'), name);
    // Leaving the multiple select for the next field closes its list.
    await this.field('funding').click();
    await this.field('funding').fill(entry.fundingYuan);
    await this.field('staff').fill(String(entry.staff));
    await typeDate(this.field('start-date'), entry.startDate);
    await typeDate(this.field('submitted-date'), entry.submittedDate);
    for (const [index, title] of entry.documents.entries()) {
      await this.form.getByTestId('access-document-add').click();
      await this.form.getByTestId(`access-document-${index}`).fill(title);
    }
  }
}

export class AccessRequestsPage {
  readonly table: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('access-table');
    this.addButton = page.getByTestId('access-add');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-access').click();
    await expect(this.table).toBeVisible();
  }

  /** The request's row (never antd's hidden measuring row). */
  row(id: number): Locator {
    return this.table.locator(`tr.ant-table-row[data-testid="access-row-${id}"]`);
  }

  status(id: number): Locator {
    return this.row(id).getByTestId('access-status');
  }

  /** 新增申请, filled and sent: the app opens the new request's page; returns its id. */
  async submitRequest(entry: AccessRequestEntry): Promise<number> {
    await this.addButton.click();
    const form = new AccessRequestForm(this.page);
    await expect(form.form).toBeVisible();
    await form.fill(entry);
    await form.submit();
    await form.expectClosed();
    await expect(this.page).toHaveURL(/#\/access\/\d+$/);
    return Number(/#\/access\/(\d+)$/.exec(this.page.url())![1]);
  }

  async openRequest(id: number): Promise<AccessDetailPage> {
    await this.table.getByTestId(`access-link-${id}`).click();
    const detail = new AccessDetailPage(this.page);
    await expect(detail.detail).toBeVisible();
    return detail;
  }
}

export class AccessDetailPage {
  readonly detail: Locator;
  readonly status: Locator;
  readonly reviewButton: Locator;
  readonly decideButton: Locator;
  readonly revokeButton: Locator;
  readonly editButton: Locator;
  readonly withdrawButton: Locator;
  readonly steps: Locator;
  readonly printFormButton: Locator;
  /** 保存为PDF beside 打印审批表: the desktop app only. */
  readonly saveFormButton: Locator;

  constructor(readonly page: Page) {
    this.detail = page.getByTestId('access-detail');
    this.status = this.detail.getByTestId('access-status');
    this.reviewButton = page.getByTestId('access-review');
    this.decideButton = page.getByTestId('access-decide');
    this.revokeButton = page.getByTestId('access-revoke');
    this.editButton = page.getByTestId('access-edit');
    this.withdrawButton = page.getByTestId('access-withdraw');
    this.steps = page.getByTestId('access-steps');
    this.printFormButton = page.getByTestId('access-print-form');
    this.saveFormButton = page.getByTestId('access-save-form');
  }

  async expectStatus(state: AccessState): Promise<void> {
    await expect(this.status).toHaveAttribute('data-status', state);
  }

  /** 修改: the registration form opens filled in; `change` edits it, then 保存修改. */
  async edit(change: (form: AccessRequestForm) => Promise<void>): Promise<void> {
    await this.editButton.click();
    const form = new AccessRequestForm(this.page);
    await expect(form.form).toBeVisible();
    await change(form);
    await form.submit();
    await form.expectClosed();
  }

  /** 撤回: the reason, sent, then 确认 in the confirmation. */
  async withdraw(reason: string): Promise<void> {
    await this.withdrawButton.click();
    const form = this.page.getByTestId('access-withdraw-form');
    await expect(form).toBeVisible();
    await form.getByTestId('access-withdraw-reason').fill(reason);
    await this.page.getByTestId('access-withdraw-form-submit').click();
    await expect(this.page.locator('.ant-modal-confirm')).toContainText('撤回该准入申请？');
    await this.page.getByTestId('access-withdraw-confirm').click();
    await expect(form).toHaveCount(0);
  }

  /** 街道审核: the opinion, sent, then 确认 in the confirmation (which opens on 返回修改). */
  async review(opinion: string): Promise<void> {
    await this.reviewButton.click();
    const form = this.page.getByTestId('access-review-form');
    await expect(form).toBeVisible();
    await form.getByTestId('access-review-opinion').fill(opinion);
    await this.page.getByTestId('access-review-form-submit').click();
    await this.page.getByTestId('access-review-confirm').click();
    await expect(form).toHaveCount(0);
  }

  /** 区领导小组决定 → 准予准入 with the decision number and date, then 确认. */
  async approve(decisionNo: string, decisionDate: string): Promise<void> {
    await this.decideButton.click();
    const form = this.page.getByTestId('access-decide-form');
    await expect(form).toBeVisible();
    await form.getByTestId('access-decide-approve').click();
    await form.getByTestId('access-decision-no').fill(decisionNo);
    await typeDate(form.getByTestId('access-decision-date'), decisionDate);
    await this.page.getByTestId('access-decide-form-submit').click();
    const confirmButton = this.page.getByTestId('access-decide-confirm');
    await expect(this.page.locator('.ant-modal-confirm')).toContainText(
      `决定文号 ${decisionNo}，${decisionDate}`,
    );
    await confirmButton.click();
    await expect(form).toHaveCount(0);
  }

  /** 打印审批表: the PDF arrives as a browser download. */
  async printForm(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.printFormButton.click();
    return download;
  }

  /** 保存为PDF (desktop app): the file path, which without a shell's save dialog is a download. */
  async saveForm(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.saveFormButton.click();
    return download;
  }
}
