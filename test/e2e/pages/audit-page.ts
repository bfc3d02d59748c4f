// 操作日志: every change, filtered by object, action, dates and text; a row expands to before / after.
import { expect, type Locator, type Page } from '@playwright/test';

/** An object label of the filter (auditEntityLabels: 社区, 拨付, 准入申请 …). */
export type AuditObject = string;
/** An action label of the filter (auditActionLabels: 新增, 登记, 审核 …). */
export type AuditAction = string;

export class AuditPage {
  readonly filters: Locator;
  readonly total: Locator;
  readonly table: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByTestId('audit-filters');
    this.total = page.getByTestId('audit-total');
    this.table = page.getByTestId('audit-table');
    this.search = page.getByTestId('audit-search').locator('input');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-audit').click();
    await expect(this.table).toBeVisible();
  }

  async filterByObject(object: AuditObject): Promise<void> {
    await this.choose(this.page.getByTestId('audit-entity-filter'), object);
  }

  async filterByAction(action: AuditAction): Promise<void> {
    await this.choose(this.page.getByTestId('audit-action-filter'), action);
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  /** The rows whose 摘要 contains this text (e.g. 「新增社区：…」). */
  rows(summary: string): Locator {
    return this.table.locator('tbody tr[data-row-key]').filter({ hasText: summary });
  }

  /** Listed rows whose 对象 is not this one (none, once the 对象 filter holds). */
  rowsNotAbout(object: AuditObject): Locator {
    const objectCell = this.page.locator('td:nth-child(5)', { hasText: new RegExp(`^${object}( #\\d+)?$`) });
    return this.table.locator('tbody tr[data-row-key]').filter({ hasNot: objectCell });
  }

  /** Expands a row (a click on it) and returns its before / after panels. */
  async expand(row: Locator): Promise<{ before: Locator; after: Locator }> {
    await row.click();
    const details = row.locator('xpath=following-sibling::tr[1]');
    await expect(details.getByTestId('audit-json-compare')).toBeVisible();
    return { before: details.getByTestId('audit-before'), after: details.getByTestId('audit-after') };
  }

  private async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: new RegExp(`^${option}$`) })
      .click();
    await expect(select).toContainText(option);
  }
}
