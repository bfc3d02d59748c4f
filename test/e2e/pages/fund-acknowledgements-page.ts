// 捐赠确认书: the cell on a donation's row of 捐赠 (开具确认书 / 打印 / 作废, the number once issued) and the
// register (捐赠确认书登记簿) with each number's state 有效/作废, its void reason and print count.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { typeDate } from './funding-date-input';

export class DonationAcknowledgementCell {
  readonly number: Locator;

  constructor(
    readonly page: Page,
    readonly donationId: number,
  ) {
    this.number = page.getByTestId(`fund-donation-ack-number-${donationId}`);
  }

  private button(what: 'issue' | 'print' | 'void'): Locator {
    return this.page.getByTestId(`fund-donation-ack-${what}-${this.donationId}`);
  }

  /** 开具确认书 on the row, dated `issuedOn`; resolves with the number the row then shows. */
  async issue(issuedOn: string): Promise<string> {
    await this.button('issue').click();
    await typeDate(this.page.getByTestId('fund-ack-issued-on'), issuedOn);
    await this.page.getByTestId('fund-ack-issue-submit').click();
    await expect(this.number).toHaveText(/^确〔\d{4}〕\d+号$/);
    return (await this.number.textContent()) ?? '';
  }

  /** 打印 in browser mode: the acknowledgement's PDF is downloaded. */
  async print(): Promise<Download> {
    const downloading = this.page.waitForEvent('download');
    await this.button('print').click();
    return downloading;
  }

  /** 作废 with the reason, confirmed. */
  async void(reason: string): Promise<void> {
    await this.button('void').click();
    await this.page.getByTestId('fund-ack-void-reason').fill(reason);
    await this.page.getByTestId('fund-ack-void-submit').click();
    await this.page.getByTestId('fund-ack-void-ok').click();
    await expect(this.number).toHaveCount(0);
  }
}

export class AcknowledgementRegisterPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('fund-ack-register');
  }

  /** Through the fund's tabs (捐赠确认书). */
  async open(): Promise<void> {
    await this.page.getByTestId('fund-tab-acknowledgements').click();
    await expect(this.page.getByTestId('fund-acknowledgements')).toBeVisible();
  }

  row(number: string): Locator {
    return this.table.locator('tr').filter({ hasText: number });
  }
}
