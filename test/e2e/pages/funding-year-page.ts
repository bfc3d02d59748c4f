// 经费核定 for one year: its status, 测算全年 with the preview of every computed line, 保存草稿, 审批, the
// communities' table, and the year's documents (导出年度报表, 打印公示).
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import type { AllocationStatus, FundingCategory } from '../../../shared/features/funding/contract';
import { FundingNoticeDialog } from './funding-notice-dialog';

/**
 * Picks a year in one of the funding screens' year selects. The select offers this year, next year and
 * the years on record; for any other year the screen is opened by its address, as a bookmark would.
 */
export async function chooseFundingYear(
  page: Page,
  select: Locator,
  year: number,
  address: string,
): Promise<void> {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(dropdown).toBeVisible();
  const option = dropdown.locator('.ant-select-item-option').filter({ hasText: `${year} 年度` });
  if ((await option.count()) > 0) {
    await option.click();
  } else {
    await page.keyboard.press('Escape');
    await page.evaluate((hash) => (window.location.hash = hash), address);
  }
  await expect(select).toContainText(`${year} 年度`);
}

export class FundingYearPage {
  readonly yearSelect: Locator;
  readonly status: Locator;
  readonly computeButton: Locator;
  readonly approveButton: Locator;
  /** Why 审批 is disabled (amounts still 待录入), beside the button. */
  readonly approveBlocked: Locator;
  readonly table: Locator;
  readonly previewModal: Locator;
  readonly previewTable: Locator;
  readonly previewWithoutProfile: Locator;

  constructor(readonly page: Page) {
    this.yearSelect = page.getByTestId('funding-year-select');
    this.status = page.getByTestId('funding-status');
    this.computeButton = page.getByTestId('funding-compute');
    this.approveButton = page.getByTestId('funding-approve');
    this.approveBlocked = page.getByTestId('funding-approve-blocked');
    this.table = page.getByTestId('funding-table');
    this.previewModal = page.getByTestId('funding-preview-modal');
    this.previewTable = page.getByTestId('funding-preview-table');
    this.previewWithoutProfile = page.getByTestId('funding-preview-without-profile');
  }

  /** 经费核定 in the menu, then the year. */
  async open(year: number): Promise<void> {
    await this.page.getByTestId('nav-funding').click();
    await chooseFundingYear(this.page, this.yearSelect, year, `#/funding/${year}`);
    await expect(this.table).toBeVisible();
  }

  /** Waits until the year shows this status (未测算 / 草稿 / 已审批). */
  async expectStatus(status: AllocationStatus): Promise<void> {
    await expect(this.page.locator(`[data-testid=funding-status][data-status=${status}]`)).toBeVisible();
  }

  // 测算全年 and its preview

  /** 测算全年: the preview of every line the standard gives, nothing saved yet. */
  async computeYear(): Promise<void> {
    await this.computeButton.click();
    await expect(this.previewModal).toBeVisible();
    await expect(this.previewTable).toBeVisible();
  }

  previewLine(communityId: number, category: FundingCategory): Locator {
    return this.previewTable.locator(`tbody tr[data-row-key="${communityId}-${category}"]`);
  }

  /** The preview's 测算金额 of a line (a figure, or 待录入). */
  previewAmount(communityId: number, category: FundingCategory): Locator {
    return this.previewLine(communityId, category).locator('td').nth(3);
  }

  /** The preview's 计算过程 of a line, e.g. 「35,000户：基础30万元 + … = 40万元」. */
  previewBreakdown(communityId: number, category: FundingCategory): Locator {
    return this.previewLine(communityId, category).locator('td').nth(4);
  }

  /** 保存草稿: the preview closes and the year is a draft. */
  async savePreview(): Promise<void> {
    await this.page.getByTestId('funding-preview-save').click();
    await expect(this.previewModal).toBeHidden();
    await this.expectStatus('draft');
  }

  // 审批

  /** 审批, confirmed in its Popconfirm: the year is approved and its amounts frozen. */
  async approve(): Promise<void> {
    await this.approveButton.click();
    await this.page.getByTestId('funding-approve-confirm').click();
    await this.expectStatus('approved');
  }

  // The communities' table

  row(communityId: number): Locator {
    return this.page.getByTestId(`funding-row-${communityId}`);
  }

  /** The 「待录入」 tag of a category still waiting for an amount. */
  missing(communityId: number, category: FundingCategory): Locator {
    return this.page.getByTestId(`funding-missing-${communityId}-${category}`);
  }

  /** The summary row's figure: 'allocated', 'disbursed', 'remaining', 'rate', 'households' or a category. */
  total(figure: string): Locator {
    return this.page.getByTestId(`funding-total-${figure}`);
  }

  /** 100 communities a page, so that every row of the office is on screen whatever other tests added. */
  async showAllCommunities(): Promise<void> {
    const wrapper = this.page.locator('.ant-table-wrapper').filter({ has: this.table });
    const sizeChanger = wrapper.locator('.ant-pagination-options .ant-select');
    await sizeChanger.click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '100' })
      .click();
    await expect(sizeChanger).toContainText('100');
  }

  /** A row's cells keyed by the column titles (社区, 总户数, 基本办公经费 … 应拨合计, 已拨付, 未拨付, 执行率). */
  async rowFigures(communityId: number): Promise<Record<string, string>> {
    const titles = await this.table.locator('thead th').allInnerTexts();
    const cells = await this.row(communityId).locator('td').allInnerTexts();
    return Object.fromEntries(titles.map((title, index) => [title.trim(), (cells[index] ?? '').trim()]));
  }

  /** Opens a community's funding page from its name in the table. */
  async openCommunity(communityId: number): Promise<void> {
    await this.page.getByTestId(`funding-community-link-${communityId}`).click();
    await expect(this.page.getByTestId('community-funding-page')).toBeVisible();
  }

  // The year's documents

  /** 导出年度报表: the xlsx arrives as a browser download. */
  async exportAnnualReport(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('funding-export-report').click();
    return download;
  }

  /** 打印公示: the notice dialog, opened on the next working day and 5 working days. */
  async openNotice(): Promise<FundingNoticeDialog> {
    await this.page.getByTestId('funding-print-notice').click();
    const dialog = new FundingNoticeDialog(this.page);
    await expect(dialog.modal).toBeVisible();
    return dialog;
  }
}
