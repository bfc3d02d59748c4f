// 准入目录: the admitted work of one community, each row citing the decision that admitted it.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './access-requests-page';

export class AccessCataloguePage {
  readonly community: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.community = page.getByTestId('catalogue-community');
    this.table = page.getByTestId('catalogue-table');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-access-catalogue').click();
    await expect(this.table).toBeVisible();
  }

  async showCommunity(name: string): Promise<void> {
    await chooseOption(this.page, this.community, name);
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  row(requestId: number): Locator {
    return this.table.locator(`tr.ant-table-row[data-testid="catalogue-row-${requestId}"]`);
  }

  decision(requestId: number): Locator {
    return this.row(requestId).getByTestId(`catalogue-decision-${requestId}`);
  }
}
