// 信息公开 (/fund/disclosure): the year and quarter chosen, the preview of the quarter's 收支公示 (balances,
// donations by published name, designations, grants, 更正说明), 打印公示 through its form (a download in
// browser mode), 登记已张贴 and the year's register; and the dashboard's 信息公开日历 card.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './access-requests-page';

export class FundDisclosurePage {
  readonly preview: Locator;
  readonly donations: Locator;
  readonly register: Locator;
  readonly postedTag: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByTestId('fund-disclosure-preview');
    this.donations = page.getByTestId('fund-disclosure-donations');
    this.register = page.getByTestId('fund-disclosure-register');
    this.postedTag = page.getByTestId('fund-disclosure-posted');
  }

  /** Through the fund's tabs (信息公开), from any fund screen. */
  async open(): Promise<void> {
    await this.page.getByTestId('fund-tab-disclosure').click();
    await expect(this.preview).toBeVisible();
  }

  async chooseQuarter(year: number, quarter: number): Promise<void> {
    await chooseOption(this.page, this.page.getByTestId('fund-disclosure-year'), `${year} 年`);
    await chooseOption(this.page, this.page.getByTestId('fund-disclosure-quarter'), `第${quarter}季度`);
    await expect(this.preview).toContainText(`${year}年第${quarter}季度收支公示`);
  }

  /** The preview's donation row with this published name and amount (as the preview prints it). */
  donationRow(publishedName: string, amount: string): Locator {
    return this.donations
      .locator('tr.ant-table-row')
      .filter({ hasText: publishedName })
      .filter({ has: this.page.getByRole('cell', { name: amount, exact: true }) });
  }

  figure(which: 'opening' | 'income' | 'spending' | 'closing'): Locator {
    return this.page.getByTestId(`fund-disclosure-${which}`);
  }

  /** 打印公示: its form, with today, 5 working days and the office's phones proposed. */
  async openPrintForm(): Promise<Locator> {
    await this.page.getByTestId('fund-disclosure-print').click();
    const form = this.page.getByTestId('fund-quarter-notice');
    await expect(form).toBeVisible();
    await expect(this.page.getByTestId('fund-quarter-notice-end')).toContainText(/公示期截止：\d{4}年/);
    return form;
  }

  /** Submits the open print form as it stands; in browser mode the PDF downloads. */
  async submitPrintForm(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId('fund-quarter-notice-submit').click();
    const download = await downloading;
    await expect(this.page.getByTestId('fund-quarter-notice')).toHaveCount(0);
    return download;
  }

  /** 登记已张贴 with what the form proposes (the printed posting period). */
  async recordPosted(): Promise<void> {
    await this.page.getByTestId('fund-disclosure-record-quarter').click();
    await expect(this.page.getByTestId('fund-disclosure-record')).toBeVisible();
    await this.page.getByTestId('fund-disclosure-record-submit').click();
    await expect(this.page.getByTestId('fund-disclosure-record')).toHaveCount(0);
  }

  /** A project's open deadline under 项目公示. */
  projectRow(projectNumber: string): Locator {
    return this.page
      .getByTestId('fund-project-disclosures')
      .locator('tr.ant-table-row')
      .filter({ hasText: projectNumber });
  }

  /** 打印项目公示 on a project's row with the form's defaults; in browser mode the PDF downloads. */
  async printProjectNotice(projectId: number): Promise<Download> {
    await this.page.getByTestId(`fund-project-notice-${projectId}`).click();
    const form = this.page.getByTestId('fund-project-notice-form');
    await expect(form).toBeVisible();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByTestId('fund-project-notice-form-submit').click();
    const download = await downloading;
    await expect(form).toHaveCount(0);
    return download;
  }

  /** 登记已张贴 on a project's row, dated today. */
  async recordProjectPosted(projectId: number): Promise<void> {
    await this.page.getByTestId(`fund-project-disclosure-record-${projectId}`).click();
    await expect(this.page.getByTestId('fund-disclosure-record')).toBeVisible();
    await this.page.getByTestId('fund-disclosure-record-submit').click();
    await expect(this.page.getByTestId('fund-disclosure-record')).toHaveCount(0);
  }

  registerRow(text: string): Locator {
    return this.register.locator('tr.ant-table-row').filter({ hasText: text });
  }
}

export class DisclosureDeadlinesCard {
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByTestId('fund-deadlines-card');
  }

  /** 经费看板 in the menu; the card sits under the year's figures, which take a while on a busy machine. */
  async openDashboard(): Promise<void> {
    await this.page.getByTestId('nav-funding-dashboard').click();
    await expect(this.page.getByTestId('funding-dashboard')).toBeVisible({ timeout: 30_000 });
    await expect(this.card).toBeVisible({ timeout: 15_000 });
  }

  /** A listed deadline: `fund-deadline-<kind>-<year>-<quarter or project id or 0>`. */
  deadline(kind: string, year: number, quarterOrProject: number): Locator {
    return this.card.getByTestId(`fund-deadline-${kind}-${year}-${quarterOrProject}`);
  }

  lateOnes(): Locator {
    return this.card.locator('[data-status="overdue"]');
  }
}
