// 社区登记: the register list, its search and status filter, and the 新增社区 form.
import { expect, type Locator, type Page } from '@playwright/test';
import { toast } from './app';
import { FormModal } from './form-modal';

export interface CommunityEntry {
  name: string;
  code?: string;
  address?: string;
  /** 办公及公益用房面积, typed as the clerk would (so '1200.125' can be tried). */
  floorArea: string;
  isPilot?: boolean;
}

export type StatusFilter = '在册' | '已归档' | '全部';

export class CommunityForm extends FormModal {
  readonly name: Locator;
  readonly code: Locator;
  readonly address: Locator;
  readonly floorArea: Locator;
  readonly pilot: Locator;

  constructor(page: Page) {
    super(page, 'community-form');
    this.name = this.form.getByLabel('社区名称', { exact: true });
    this.code = this.form.getByLabel('社区代码', { exact: true });
    this.address = this.form.getByLabel('地址', { exact: true });
    this.floorArea = this.form.getByLabel('办公及公益用房面积(平方米)', { exact: true });
    this.pilot = this.form.getByTestId('community-pilot-switch');
  }

  async fill(entry: CommunityEntry): Promise<void> {
    await this.name.fill(entry.name);
    if (entry.code !== undefined) await this.code.fill(entry.code);
    if (entry.address !== undefined) await this.address.fill(entry.address);
    await this.floorArea.fill(entry.floorArea);
    if (
      entry.isPilot !== undefined &&
      (await this.pilot.getAttribute('aria-checked')) !== String(entry.isPilot)
    ) {
      await this.pilot.click();
    }
  }

  nameMessage(): Locator {
    return this.messageOf('社区名称');
  }

  floorAreaMessage(): Locator {
    return this.messageOf('办公及公益用房面积(平方米)');
  }
}

export class CommunitiesPage {
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly total: Locator;
  readonly table: Locator;
  readonly householdsTotal: Locator;
  readonly addButton: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('community-search').locator('input');
    this.statusFilter = page.getByTestId('community-status-filter');
    this.total = page.getByTestId('community-total');
    this.table = page.getByTestId('community-table');
    this.householdsTotal = page.getByTestId('households-total');
    this.addButton = page.getByTestId('community-add');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-communities').click();
    await expect(this.table).toBeVisible();
  }

  async openCreateForm(): Promise<CommunityForm> {
    await this.addButton.click();
    const form = new CommunityForm(this.page);
    await expect(form.form).toBeVisible();
    return form;
  }

  /** 新增社区 with these fields; the page stays on the list and shows the new row. */
  async createCommunity(entry: CommunityEntry): Promise<void> {
    const form = await this.openCreateForm();
    await form.fill(entry);
    await form.submit();
    await form.expectClosed();
    await expect(toast(this.page, `已新增社区「${entry.name}」`)).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async showStatus(status: StatusFilter): Promise<void> {
    await this.statusFilter.getByText(status, { exact: true }).click();
  }

  /** The table row of the community with exactly this name. */
  row(name: string): Locator {
    return this.table
      .locator('tbody tr[data-row-key]')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openCommunity(name: string): Promise<void> {
    await this.searchFor(name);
    await this.row(name).getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByTestId('community-detail-name')).toHaveText(name);
  }
}
