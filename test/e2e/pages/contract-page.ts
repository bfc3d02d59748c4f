// A contract's page (#/contracts/:id): its step buttons, the figures of its header, the tabs of
// instalments, evaluations and payments, and the forms they open (test ids from
// renderer/features/contracts/contract, evaluation and payments).
import { expect, type Locator, type Page } from '@playwright/test';
import { FormModal } from './form-modal';

export type ContractStepButton = 'sign' | 'start' | 'evaluate' | 'edit' | 'discard';

export class ContractPage {
  readonly number: Locator;
  readonly statistics: Locator;
  readonly evaluationForm: FormModal;
  readonly paymentForm: FormModal;
  readonly signForm: FormModal;

  constructor(readonly page: Page) {
    this.number = page.getByTestId('contract-number');
    this.statistics = page.getByTestId('contract-statistics');
    this.evaluationForm = new FormModal(page, 'evaluation-form');
    this.paymentForm = new FormModal(page, 'payment-request');
    this.signForm = new FormModal(page, 'contract-sign-form');
  }

  /** From the register (购买服务合同), the contract's link. */
  async open(id: number): Promise<void> {
    await this.page.getByTestId('nav-contracts').click();
    await this.page.getByTestId(`contract-link-${id}`).click();
    await expect(this.page).toHaveURL(new RegExp(`#/contracts/${id}$`));
    await expect(this.page.getByTestId('contract-page')).toBeVisible();
  }

  step(step: ContractStepButton): Locator {
    return this.page.getByTestId(`contract-${step}`);
  }

  /** The state tag next to the title (草稿, 已签订 …). */
  state(): Locator {
    return this.page.getByTestId('contract-page').getByTestId('contract-state').first();
  }

  /** One figure of the header, e.g. 已付（元）. */
  statistic(title: string): Locator {
    return this.statistics
      .locator('.ant-statistic')
      .filter({ hasText: title })
      .locator('.ant-statistic-content');
  }

  async showTab(label: RegExp | string): Promise<void> {
    await this.page.getByTestId('contract-tabs').getByRole('tab', { name: label }).click();
  }

  instalmentRow(seq: number): Locator {
    return this.page.getByTestId('contract-instalments').locator(`tr[data-row-key="${seq}"]`);
  }

  payButton(seq: number): Locator {
    return this.page.getByTestId(`instalment-pay-${seq}`);
  }

  /** 录入评价 with a score for each indicator of the template, in its order; not submitted. */
  async startEvaluation(points: readonly number[], evaluators: string, conclusion: string): Promise<void> {
    await this.step('evaluate').click();
    await expect(this.evaluationForm.form).toBeVisible();
    await this.page.getByTestId('evaluation-evaluators').fill(evaluators);
    for (const [i, score] of points.entries())
      await this.page.getByTestId(`evaluation-score-${i}`).fill(String(score));
    await this.page.getByTestId('evaluation-conclusion').fill(conclusion);
  }
}
