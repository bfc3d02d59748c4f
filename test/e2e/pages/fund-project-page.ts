// One welfare project's page: its state, the step buttons (街道初审, 管委会决议, 签订资助协议, 拨付 on an
// instalment …), each sent and then confirmed, and the instalments with their vouchers and states.
import { expect, type Locator, type Page } from '@playwright/test';
import type { ProjectState } from '../../../shared/features/fund/projects/project-workflow';
import { typeDate } from './funding-date-input';

export interface InstalmentEntry {
  plannedOn: string;
  /** Typed in yuan. */
  amountYuan: string;
}

export class ProjectPage {
  readonly root: Locator;
  readonly state: Locator;
  readonly instalments: Locator;
  readonly audit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('fund-project-page');
    this.state = page.getByTestId('fund-project-application').getByTestId('fund-project-state');
    this.instalments = page.getByTestId('fund-project-instalments');
    this.audit = page.getByTestId('fund-project-audit');
  }

  async open(id: number): Promise<void> {
    await this.page.goto(`/#/fund/projects/${id}`);
    // Another user's steps (in their own window) reach this one's cached answers only on a reload.
    await this.page.reload();
    await expect(this.root).toBeVisible();
  }

  async expectState(state: ProjectState): Promise<void> {
    await expect(this.state).toHaveAttribute('data-state', state);
  }

  button(step: string): Locator {
    return this.page.getByTestId(`fund-project-${step}`);
  }

  /** Sends the open step form, then 确认 in the confirmation (which opens on 返回修改). */
  private async sendAndConfirm(formTestId: string, confirmTestId: string): Promise<void> {
    await this.page.getByTestId(`${formTestId}-submit`).click();
    await this.page.getByTestId(confirmTestId).click();
  }

  /** 街道初审: the opinion, sent and confirmed. */
  async review(opinion: string): Promise<void> {
    await this.button('review').click();
    const form = this.page.getByTestId('fund-project-review-form');
    await form.getByTestId('fund-project-review-opinion').fill(opinion);
    await this.sendAndConfirm('fund-project-review-form', 'fund-project-review-confirm');
    await expect(form).toHaveCount(0);
  }

  /** 管委会决议 → 批准资助 with the decision number, date and approved amount, confirmed. */
  async approve(decisionNo: string, decidedOn: string, approvedYuan: string): Promise<void> {
    await this.button('decide').click();
    const form = this.page.getByTestId('fund-project-decide-form');
    await form.getByTestId('fund-project-decide-approve').click();
    await form.getByTestId('fund-project-decision-no').fill(decisionNo);
    await typeDate(form.getByTestId('fund-project-decided-on'), decidedOn);
    await form.getByTestId('fund-project-approved').fill(approvedYuan);
    await this.page.getByTestId('fund-project-decide-form-submit').click();
    await expect(this.page.locator('.ant-modal-confirm')).toContainText(`决议文号 ${decisionNo}`);
    await this.page.getByTestId('fund-project-decide-confirm').click();
    await expect(form).toHaveCount(0);
  }

  /** 签订资助协议: the form filled with the instalments, sent and confirmed; the form stays open on a refusal. */
  async agree(agreementNo: string, signedOn: string, instalments: InstalmentEntry[]): Promise<Locator> {
    if ((await this.page.getByTestId('fund-project-agree-form').count()) === 0) {
      await this.button('agree').click();
    }
    const form = this.page.getByTestId('fund-project-agree-form');
    await form.getByTestId('fund-project-agreement-no').fill(agreementNo);
    await typeDate(form.getByTestId('fund-project-signed-on'), signedOn);
    for (const [index, instalment] of instalments.entries()) {
      if ((await form.getByTestId(`fund-project-instalment-row-${index}`).count()) === 0) {
        await form.getByTestId('fund-project-instalment-add').click();
      }
      await typeDate(form.getByTestId(`fund-project-instalment-date-${index}`), instalment.plannedOn);
      await form.getByTestId(`fund-project-instalment-amount-${index}`).fill(instalment.amountYuan);
    }
    await this.sendAndConfirm('fund-project-agree-form', 'fund-project-agree-confirm');
    return form;
  }

  instalment(seq: number): Locator {
    return this.instalments.locator(`tr.ant-table-row[data-testid="fund-project-instalment-${seq}"]`);
  }

  async expectInstalmentState(seq: number, state: 'unpaid' | 'draft' | 'submitted' | 'paid'): Promise<void> {
    await expect(this.instalment(seq).getByTestId('fund-project-instalment-state')).toHaveAttribute(
      'data-state',
      state,
    );
  }

  /** The id of the voucher paying the instalment, from its link. */
  async instalmentVoucherId(seq: number): Promise<number> {
    const href = await this.instalment(seq)
      .getByTestId('fund-project-instalment-voucher')
      .getAttribute('href');
    return Number(/vouchers\/(\d+)$/.exec(href ?? '')![1]);
  }

  /** 拨付 on an instalment: opens the modal with its voucher preview; answers its form. */
  async openPay(seq: number): Promise<Locator> {
    await this.page.getByTestId(`fund-project-pay-${seq}`).click();
    const form = this.page.getByTestId('fund-project-pay-form');
    await expect(form).toBeVisible();
    return form;
  }
}
