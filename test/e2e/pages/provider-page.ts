// 承接主体: the providers list and its 新增承接主体 form (test ids from renderer/features/contracts/providers).
import { expect, type Locator, type Page } from '@playwright/test';
import { FormModal } from './form-modal';

export interface ProviderFormEntry {
  name: string;
  /** The kind's label as the select shows it (社会组织, 社会企业 …). */
  kindLabel: string;
  uscc: string;
  legalRepresentative: string;
  contactPerson: string;
  contactPhone: string;
  bankName: string;
  bankAccount: string;
}

export class ProvidersPage {
  readonly table: Locator;
  readonly form: FormModal;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('provider-table');
    this.form = new FormModal(page, 'provider-form');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-providers').click();
    await expect(this.page).toHaveURL(/#\/providers$/);
    await expect(this.table).toBeVisible();
  }

  /** 新增承接主体, filled in but not submitted. */
  async startNew(entry: ProviderFormEntry): Promise<void> {
    await this.page.getByTestId('provider-add').click();
    await expect(this.form.form).toBeVisible();
    await this.page.getByTestId('provider-name').fill(entry.name);
    await this.page.getByTestId('provider-kind').click();
    await this.page
      .locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${entry.kindLabel}"]`)
      .click();
    await this.usccField().fill(entry.uscc);
    await this.page.getByTestId('provider-legal-representative').fill(entry.legalRepresentative);
    await this.page.getByTestId('provider-contact-person').fill(entry.contactPerson);
    await this.page.getByTestId('provider-contact-phone').fill(entry.contactPhone);
    await this.page.getByTestId('provider-bank-name').fill(entry.bankName);
    await this.page.getByTestId('provider-bank-account').fill(entry.bankAccount);
  }

  usccField(): Locator {
    return this.page.getByTestId('provider-uscc');
  }

  /** The row of the provider with this name. */
  row(name: string): Locator {
    return this.table.locator('tr').filter({ hasText: name });
  }
}
