// 打印公示: which community, when the posting starts, how many working days it runs (its end is worked out
// from the holiday calendar and shown as the clerk types), the issue date; 生成公示 downloads the PDF. In
// the desktop app 输出方式 chooses between 打印 (the default) and 保存为PDF.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { FormModal } from './form-modal';
import { chooseOption } from './access-requests-page';
import { typeDate } from './funding-date-input';

export interface NoticeEntry {
  /** One community by name; the dialog opens on 全部社区. */
  communityName?: string;
  /** YYYY-MM-DD, typed into the date picker. */
  startDate: string;
  workingDays: number;
  issueDate: string;
}

export class FundingNoticeDialog extends FormModal {
  readonly modal: Locator;
  readonly community: Locator;
  readonly startDate: Locator;
  readonly workingDays: Locator;
  readonly issueDate: Locator;
  /** 公示期截止：…, with the ISO date in data-end-date once it is worked out. */
  readonly endDate: Locator;
  /** 输出方式 (打印 / 保存为PDF): the desktop app only. */
  readonly delivery: Locator;

  constructor(page: Page) {
    super(page, 'notice');
    this.modal = page.getByTestId('notice-modal');
    this.community = page.getByTestId('notice-community');
    this.startDate = page.getByTestId('notice-start-date');
    this.workingDays = page.getByTestId('notice-working-days');
    this.issueDate = page.getByTestId('notice-issue-date');
    this.endDate = page.getByTestId('notice-end-date');
    this.delivery = page.getByTestId('notice-delivery');
  }

  /** One option of 输出方式. */
  deliveryOption(label: '打印' | '保存为PDF'): Locator {
    return this.delivery.getByRole('radio', { name: label, exact: true });
  }

  async chooseDelivery(label: '打印' | '保存为PDF'): Promise<void> {
    await this.delivery.getByText(label, { exact: true }).click();
    await expect(this.deliveryOption(label)).toBeChecked();
  }

  /** Enter in 公示期 once the end of the posting period is shown: the keyboard's way to submit. */
  async submitWithEnter(): Promise<void> {
    await expect(this.endDate).not.toHaveAttribute('data-end-date', '');
    await this.workingDays.press('Enter');
  }

  async fill(entry: NoticeEntry): Promise<void> {
    if (entry.communityName !== undefined) await this.chooseCommunity(entry.communityName);
    await typeDate(this.startDate, entry.startDate);
    await this.workingDays.fill(String(entry.workingDays));
    await typeDate(this.issueDate, entry.issueDate);
  }

  /** 生成公示 once the end of the posting period is shown; the PDF arrives as a browser download. */
  async printNotice(): Promise<Download> {
    await expect(this.endDate).not.toHaveAttribute('data-end-date', '');
    const download = this.page.waitForEvent('download');
    await this.submit();
    await this.expectClosed();
    return download;
  }

  private async chooseCommunity(name: string): Promise<void> {
    await chooseOption(this.page, this.community, name);
  }
}
