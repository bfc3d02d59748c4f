// 单位设置: the office's name and contacts, printed on notices and shown in the header.
import { expect, type Locator, type Page } from '@playwright/test';
import { toast } from './app';

export interface OfficeEntry {
  officeName: string;
  district?: string;
  contactPerson?: string;
  contactPhone?: string;
  supervisionPhone?: string;
}

export class SettingsPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('office-form');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.form).toBeVisible();
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  async enterOffice(entry: OfficeEntry): Promise<void> {
    await this.field('街道办事处名称').fill(entry.officeName);
    if (entry.district !== undefined) await this.field('所属区县').fill(entry.district);
    if (entry.contactPerson !== undefined) await this.field('联系人').fill(entry.contactPerson);
    if (entry.contactPhone !== undefined) await this.field('联系电话').fill(entry.contactPhone);
    if (entry.supervisionPhone !== undefined) await this.field('监督电话').fill(entry.supervisionPhone);
  }

  async save(): Promise<void> {
    await this.page.getByTestId('office-save').click();
    await expect(toast(this.page, '已保存单位设置')).toBeVisible();
  }
}
