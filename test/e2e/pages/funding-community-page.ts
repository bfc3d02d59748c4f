// 社区经费: one community's year as three line cards. In a draft the clerk enters party building and
// overrides a line with a reason; once approved she disburses (拨付), confirmed before it is posted.
import { expect, type Locator, type Page } from '@playwright/test';
import type { FundingCategory } from '../../../shared/features/funding/contract';
import { FormModal } from './form-modal';
import { typeDate } from './funding-date-input';

export interface DisbursementEntry {
  category: FundingCategory;
  /** YYYY-MM-DD, typed into the date picker. */
  date: string;
  /** Yuan as the clerk types it, e.g. '100000.00'. */
  amountYuan: string;
  voucherNo: string;
  note?: string;
}

/** 拨付: the form, then a confirmation whose focus starts on 返回修改. */
export class DisburseDialog extends FormModal {
  readonly date: Locator;
  readonly amount: Locator;
  /** 应拨 …，已拨付 …，尚可拨付 … 元, under the amount. */
  readonly remaining: Locator;
  /** 确认拨付: what is about to be posted, in words. */
  readonly confirmation: Locator;
  /** The voucher number was used before: the earlier entries, under the field and in the confirmation. */
  readonly voucherWarning: Locator;
  readonly confirmationVoucherWarning: Locator;

  constructor(page: Page) {
    super(page, 'disburse');
    this.date = page.getByTestId('disburse-date');
    this.amount = page.getByTestId('disburse-amount');
    this.remaining = page.getByTestId('disburse-remaining');
    this.confirmation = page.locator('.ant-modal-confirm').filter({ hasText: '确认拨付' });
    this.voucherWarning = page.getByTestId('disburse-voucher-warning');
    this.confirmationVoucherWarning = page.getByTestId('disburse-confirm-voucher-warning');
  }

  async fillVoucher(voucherNo: string): Promise<void> {
    await this.page.getByTestId('disburse-voucher').fill(voucherNo);
  }

  async fill(entry: DisbursementEntry): Promise<void> {
    await typeDate(this.date, entry.date);
    await this.amount.fill(entry.amountYuan);
    await this.fillVoucher(entry.voucherNo);
    if (entry.note !== undefined) await this.page.getByTestId('disburse-note').fill(entry.note);
  }

  /** 拨付: the confirmation opens, its focus on 返回修改. */
  async submitForConfirmation(): Promise<void> {
    await this.submit();
    await expect(this.confirmation).toBeVisible();
    await expect(this.page.getByTestId('disburse-confirm-cancel')).toBeFocused();
  }

  /** 确认拨付 in the confirmation. */
  async confirm(): Promise<void> {
    await this.page.getByTestId('disburse-confirm-ok').click();
    await expect(this.confirmation).toBeHidden();
  }

  /** The message under 拨付金额 (a refusal from the form or from the Node side). */
  amountMessage(): Locator {
    return this.form
      .locator('.ant-form-item')
      .filter({ has: this.amount })
      .locator('.ant-form-item-explain-error');
  }
}

/** 冲销 of a disbursement: its own date (from the original's to today), voucher number and reason. */
export class ReverseDialog extends FormModal {
  readonly date: Locator;

  constructor(page: Page) {
    super(page, 'reverse');
    this.date = page.getByTestId('reverse-date');
  }

  async fill(entry: { voucherNo: string; reason: string }): Promise<void> {
    await this.page.getByTestId('reverse-voucher').fill(entry.voucherNo);
    await this.page.getByTestId('reverse-reason').fill(entry.reason);
  }
}

export class FundingCommunityPage {
  readonly title: Locator;
  readonly allocated: Locator;
  readonly disbursed: Locator;
  readonly remaining: Locator;
  /** The rows of 拨付记录 (each with data-row-key = the disbursement's id). */
  readonly disbursementRows: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('community-funding-title');
    this.allocated = page.getByTestId('community-allocated');
    this.disbursed = page.getByTestId('community-disbursed');
    this.remaining = page.getByTestId('community-remaining');
    this.disbursementRows = page.getByTestId('disbursement-table').locator('tbody tr[data-row-key]');
  }

  /** 冲销 on a disbursement's row. */
  async openReverse(disbursementId: number): Promise<ReverseDialog> {
    await this.page.getByTestId(`disbursement-reverse-${disbursementId}`).click();
    const dialog = new ReverseDialog(this.page);
    await expect(dialog.form).toBeVisible();
    return dialog;
  }

  line(category: FundingCategory): Locator {
    return this.page.getByTestId(`line-card-${category}`);
  }

  /** 核定金额 of a line (absent while it shows 待录入). */
  lineAmount(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-amount');
  }

  lineMissing(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-missing');
  }

  lineAllocated(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-allocated');
  }

  lineDisbursed(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-disbursed');
  }

  lineRemaining(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-remaining');
  }

  lineOverrideReason(category: FundingCategory): Locator {
    return this.line(category).getByTestId('line-override-reason-text');
  }

  /** Any other figure of a line card by its label: 测算金额, 计算过程, 户数, 涵盖的党组织 …. */
  lineFigure(category: FundingCategory, label: string): Locator {
    return this.line(category)
      .locator('.ant-descriptions-item')
      .filter({
        has: this.page.locator('.ant-descriptions-item-label', { hasText: new RegExp(`^${label}$`) }),
      })
      .locator('.ant-descriptions-item-content');
  }

  /** 调整核定金额 (draft): another amount than the computed one, with the reason for it. */
  async overrideLine(category: FundingCategory, amountYuan: string, reason: string): Promise<void> {
    await this.line(category).getByTestId(`line-override-open-${category}`).click();
    const dialog = new FormModal(this.page, 'line-override');
    await this.page.getByTestId('line-override-amount').fill(amountYuan);
    await this.page.getByTestId('line-override-reason').fill(reason);
    await dialog.submit();
    await dialog.expectClosed();
    await expect(this.lineOverrideReason(category)).toHaveText(reason);
  }

  /** 党建工作经费 (draft): the amount and the party organisations it covers, saved from the card. */
  async enterPartyBuilding(entry: { amountYuan: string; organisations: string }): Promise<void> {
    const card = this.line('party_building');
    await card.getByTestId('party-building-amount').fill(entry.amountYuan);
    await card.getByTestId('party-building-organisations').fill(entry.organisations);
    await card.getByTestId('party-building-submit').click();
    await expect(this.lineFigure('party_building', '涵盖的党组织')).toHaveText(entry.organisations);
    await expect(this.lineMissing('party_building')).toHaveCount(0);
  }

  /** Opens 拨付 of a line (approved years). */
  async openDisburse(category: FundingCategory): Promise<DisburseDialog> {
    await this.line(category).getByTestId(`line-disburse-open-${category}`).click();
    const dialog = new DisburseDialog(this.page);
    await expect(dialog.form).toBeVisible();
    return dialog;
  }

  /** 拨付 a part of a line, confirmed: the dialog closes once it is posted. */
  async disburse(entry: DisbursementEntry): Promise<void> {
    const dialog = await this.openDisburse(entry.category);
    await dialog.fill(entry);
    await dialog.submitForConfirmation();
    await dialog.confirm();
    await dialog.expectClosed();
  }

  async backToYear(): Promise<void> {
    await this.page.getByTestId('back-to-funding-year').click();
    await expect(this.page.getByTestId('funding-table')).toBeVisible();
  }
}
