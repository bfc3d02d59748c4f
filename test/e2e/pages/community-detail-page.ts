// 社区详情: the register entry with 编辑 / 归档 / 恢复, its courtyards (院落) and its yearly profiles
// (年度情况) with the server's compliance flags.
import { expect, type Locator, type Page } from '@playwright/test';
import { toast } from './app';
import { FormModal } from './form-modal';

export type CourtyardTypeLabel = '自治院落' | '公共单位院落' | '物管院落';
export type ComplianceRule = 'floor_area' | 'social_workers' | 'committee' | 'courtyard_households';

export interface ProfileEntry {
  totalHouseholds: number;
  socialWorkers: number;
  /** 居委会主任、副主任、委员人数. */
  committee: [directors: number, deputies: number, members: number];
  directorName?: string;
  secretaryIsDirector: boolean;
  /** Households per courtyard, keyed by the field's label, e.g. 「一号院（自治院落）」. */
  courtyardHouseholds: Record<string, number>;
}

export class CommunityDetailPage {
  readonly name: Locator;
  readonly status: Locator;
  readonly floorArea: Locator;
  readonly archivedAlert: Locator;
  readonly courtyardTable: Locator;
  readonly profileForm: Locator;
  readonly yearInput: Locator;
  readonly upliftTag: Locator;
  readonly courtyardHouseholdsSum: Locator;
  readonly courtyardHouseholdsDifference: Locator;
  readonly complianceFlags: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByTestId('community-detail-name');
    this.status = page.getByTestId('community-detail-status');
    this.floorArea = page.getByTestId('community-detail-floor-area');
    this.archivedAlert = page.getByTestId('community-archived-alert');
    this.courtyardTable = page.getByTestId('courtyard-table');
    this.profileForm = page.getByTestId('profile-form');
    this.yearInput = page.getByTestId('profile-year-input');
    this.upliftTag = page.getByTestId('secretary-uplift-tag');
    this.courtyardHouseholdsSum = page.getByTestId('courtyard-households-sum-value');
    this.courtyardHouseholdsDifference = page.getByTestId('courtyard-households-difference');
    this.complianceFlags = page.getByTestId('compliance-flags');
  }

  async backToList(): Promise<void> {
    await this.page.getByTestId('back-to-communities').click();
  }

  // 院落

  courtyardRow(name: string): Locator {
    return this.courtyardTable
      .locator('tbody tr[data-row-key]')
      .filter({ has: this.page.getByRole('cell', { name, exact: true }) });
  }

  async addCourtyard(name: string, type: CourtyardTypeLabel): Promise<void> {
    await this.page.getByTestId('courtyard-add').click();
    const form = new FormModal(this.page, 'courtyard-form');
    await form.form.getByLabel('院落名称', { exact: true }).fill(name);
    await form.form.getByTestId('courtyard-type-select').click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${type}$`) })
      .click();
    await form.submit();
    await form.expectClosed();
    await expect(this.courtyardRow(name)).toContainText(type);
  }

  // 归档 / 恢复 of the community, each confirmed in a Popconfirm.

  async archive(): Promise<void> {
    await this.page.getByTestId('community-archive').click();
    await this.answerConfirmation('归档该社区？', '归档');
  }

  /** 归档, then 取消 in the confirmation: nothing changes. */
  async archiveButCancel(): Promise<void> {
    await this.page.getByTestId('community-archive').click();
    await this.answerConfirmation('归档该社区？', '取消');
  }

  async restore(): Promise<void> {
    await this.page.getByTestId('community-restore').click();
    await this.answerConfirmation('恢复该社区？', '恢复');
  }

  private async answerConfirmation(question: string, answer: string): Promise<void> {
    const popconfirm = this.page.locator('.ant-popconfirm').filter({ hasText: question });
    await popconfirm.getByRole('button', { name: answer, exact: true }).click();
    await expect(popconfirm).toBeHidden();
  }

  // 年度情况

  /** 新增年度: a prefilled draft for this year (or the year after the latest); nothing is saved yet. */
  async startNewYear(): Promise<number> {
    await this.page.getByTestId('profile-add-year').click();
    await expect(this.yearInput).toBeEnabled();
    return Number(await this.yearInput.inputValue());
  }

  profileField(label: string): Locator {
    return this.profileForm.getByLabel(label, { exact: true });
  }

  courtyardHouseholdsField(courtyardLabel: string): Locator {
    return this.profileField(courtyardLabel);
  }

  secretarySwitch(): Locator {
    return this.profileForm.getByRole('switch', { name: '书记兼任主任' });
  }

  async enterProfile(entry: ProfileEntry): Promise<void> {
    await this.profileField('总户数').fill(String(entry.totalHouseholds));
    await this.profileField('专业社工人数').fill(String(entry.socialWorkers));
    const [directors, deputies, members] = entry.committee;
    await this.profileField('居委会主任人数').fill(String(directors));
    await this.profileField('居委会副主任人数').fill(String(deputies));
    await this.profileField('居委会委员人数').fill(String(members));
    if (entry.directorName !== undefined) await this.profileField('居委会主任姓名').fill(entry.directorName);
    const secretary = this.secretarySwitch();
    if ((await secretary.getAttribute('aria-checked')) !== String(entry.secretaryIsDirector)) {
      await secretary.click();
    }
    await expect(secretary).toHaveAttribute('aria-checked', String(entry.secretaryIsDirector));
    for (const [label, households] of Object.entries(entry.courtyardHouseholds)) {
      await this.courtyardHouseholdsField(label).fill(String(households));
    }
  }

  /** 保存年度情况; the saved year then shows its compliance flags. */
  async saveProfile(year: number): Promise<void> {
    await this.page.getByTestId('profile-save').click();
    await expect(toast(this.page, `已保存 ${year} 年度情况`)).toBeVisible();
    await expect(this.page.getByTestId('profile-year-select')).toContainText(`${year} 年度`);
    await expect(this.complianceFlags).toBeVisible();
  }

  complianceFlag(rule: ComplianceRule): Locator {
    return this.page.getByTestId(`compliance-flag-${rule}`);
  }

  householdsOfType(type: 'self_governed' | 'public_unit' | 'property_managed'): Locator {
    return this.page.getByTestId(`households-by-type-${type}`);
  }
}
