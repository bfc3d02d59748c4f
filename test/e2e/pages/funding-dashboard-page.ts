// 经费看板: a year's totals (应拨合计, 已拨付, 未拨付, 执行率) and its charts.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseFundingYear } from './funding-year-page';

export class FundingDashboardPage {
  readonly yearSelect: Locator;
  readonly dashboard: Locator;
  readonly allocated: Locator;
  readonly disbursed: Locator;
  readonly remaining: Locator;
  readonly rate: Locator;

  constructor(readonly page: Page) {
    this.yearSelect = page.getByTestId('dashboard-year-select');
    this.dashboard = page.getByTestId('funding-dashboard');
    this.allocated = page.getByTestId('dashboard-allocated');
    this.disbursed = page.getByTestId('dashboard-disbursed');
    this.remaining = page.getByTestId('dashboard-remaining');
    this.rate = page.getByTestId('dashboard-rate');
  }

  /** 经费看板 in the menu, then the year. */
  async open(year: number): Promise<void> {
    await this.page.getByTestId('nav-funding-dashboard').click();
    await chooseFundingYear(this.page, this.yearSelect, year, `#/funding/dashboard?year=${year}`);
    await expect(this.dashboard).toBeVisible();
  }

  /** The two charts are canvases drawn by ECharts (loaded lazily): wait until each has its size. */
  async expectChartsDrawn(): Promise<void> {
    for (const testId of ['dashboard-bar-chart', 'dashboard-category-chart']) {
      const canvas = this.page.getByTestId(testId).locator('canvas').first();
      await expect(canvas).toBeVisible();
      await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    }
  }
}
