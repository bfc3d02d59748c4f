// 公示打印: which notice, which communities, merged or one file each, the posting period (its end worked
// out by the host from the holiday calendar) and 生成公示, which hands the PDF over as a download. In the
// desktop app 输出方式 chooses between 打印 (the default for a merged notice) and 保存为PDF.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './access-requests-page';
import { typeDate } from './funding-date-input';

export interface NoticeRequest {
  kind: '两个清单' | '昆明三个清单';
  /** One community's name. */
  community: string;
  mode: '合并为一个PDF' | '每个社区一个文件';
  startDate: string;
  workingDays: number;
  /** YYYY-MM-DD; the form opens on today when omitted. */
  issueDate?: string;
}

export class NoticesPage {
  readonly form: Locator;
  readonly communities: Locator;
  readonly startDate: Locator;
  readonly workingDays: Locator;
  readonly endDate: Locator;
  readonly issueDate: Locator;
  readonly generateButton: Locator;
  /** 输出方式 (打印 / 保存为PDF): the desktop app only. */
  readonly delivery: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId('notice-form');
    this.communities = page.getByTestId('notice-communities');
    this.startDate = page.getByTestId('notice-start-date');
    this.workingDays = page.getByTestId('notice-working-days');
    this.endDate = page.getByTestId('notice-end-date');
    this.issueDate = page.getByTestId('notice-issue-date');
    this.generateButton = page.getByTestId('notice-generate');
    this.delivery = page.getByTestId('notice-delivery');
  }

  /** One option of 输出方式. */
  deliveryOption(label: '打印' | '保存为PDF'): Locator {
    return this.delivery.getByRole('radio', { name: label, exact: true });
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-notices').click();
    await expect(this.form).toBeVisible();
  }

  /** Fills the form; the community choice replaces any earlier one. */
  async fill(notice: NoticeRequest): Promise<void> {
    await this.page.getByTestId('notice-kind').getByText(notice.kind, { exact: false }).first().click();
    const clear = this.communities.locator('.ant-select-clear');
    if (await this.communities.locator('.ant-select-selection-item').count()) {
      await this.communities.hover();
      await clear.click();
      await expect(this.communities.locator('.ant-select-selection-item')).toHaveCount(0);
    }
    await chooseOption(this.page, this.communities, notice.community);
    // A multiple select keeps its list open; with many communities it covers the fields below.
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await this.page.getByTestId('notice-mode').getByText(notice.mode, { exact: true }).click();
    await typeDate(this.startDate, notice.startDate);
    await this.workingDays.fill(String(notice.workingDays));
    await this.workingDays.press('Tab');
    if (notice.issueDate !== undefined) await typeDate(this.issueDate, notice.issueDate);
  }

  /** 生成公示 once the end of the posting period is shown; the PDF arrives as a browser download. */
  async generate(): Promise<Download> {
    await expect(this.endDate).not.toHaveAttribute('data-end-date', '');
    const download = this.page.waitForEvent('download');
    await this.generateButton.click();
    return download;
  }
}
