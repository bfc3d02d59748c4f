// 公益项目: the list (its filters and search, rows, totals and 新增项目申请) and the application form, whose selects
// are chosen with chooseOption and dates typed on the keyboard.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './access-requests-page';
import { FormModal } from './form-modal';
import { typeDate } from './funding-date-input';

export interface ProjectApplicationEntry {
  community: string;
  provider: string;
  title: string;
  purpose: string;
  beneficiaries: string;
  periodStart: string;
  periodEnd: string;
  designation: string;
  /** Typed in yuan. */
  budgetYuan: string;
  lines: { item: string; amountYuan: string }[];
}

export class ProjectForm extends FormModal {
  constructor(page: Page) {
    super(page, 'fund-project-form');
  }

  field(name: string): Locator {
    return this.form.getByTestId(`fund-project-${name}`);
  }

  async fill(entry: ProjectApplicationEntry): Promise<void> {
    // A select clicked while the modal still zooms in can miss its list: start once it has settled.
    await expect(this.page.locator('.ant-modal').filter({ has: this.form })).not.toHaveClass(/ant-zoom/);
    await expect(this.page.locator('.ant-zoom-appear, .ant-zoom-enter')).toHaveCount(0);
    await chooseOption(this.page, this.field('community'), entry.community);
    await chooseOption(this.page, this.field('provider'), entry.provider);
    await this.field('title').fill(entry.title);
    await this.field('purpose').fill(entry.purpose);
    await this.field('beneficiaries').fill(entry.beneficiaries);
    await typeDate(this.field('period-start'), entry.periodStart);
    await typeDate(this.field('period-end'), entry.periodEnd);
    await chooseOption(this.page, this.field('designation'), entry.designation);
    await this.field('budget').fill(entry.budgetYuan);
    for (const [index, line] of entry.lines.entries()) {
      if (index > 0) await this.field('budget-add').click();
      await this.field(`budget-item-${index}`).fill(line.item);
      await this.field(`budget-amount-${index}`).fill(line.amountYuan);
    }
  }
}

export class ProjectsListPage {
  readonly table: Locator;
  readonly addButton: Locator;
  readonly reminders: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId('fund-project-table');
    this.addButton = page.getByTestId('fund-project-add');
    this.reminders = page.getByTestId('fund-project-reminders');
  }

  async open(): Promise<void> {
    await this.page.goto('/#/fund/projects');
    await expect(this.table).toBeVisible();
  }

  /** The project's row (never antd's hidden measuring row). */
  row(id: number): Locator {
    return this.table.locator(`tr.ant-table-row[data-testid="fund-project-row-${id}"]`);
  }

  totals(): Locator {
    return this.table.getByTestId('fund-project-totals');
  }

  /** A figure of the 合计 row: the backend's sum over every project the filters match. */
  total(which: 'approved' | 'paid' | 'remaining'): Locator {
    return this.table.getByTestId(`fund-project-total-${which}`);
  }

  rows(): Locator {
    return this.table.locator('tr.ant-table-row');
  }

  /** Types into the search box; the list asks the backend once the typing stops. */
  async search(text: string): Promise<void> {
    await this.page.getByTestId('fund-projects-search').locator('input').fill(text);
  }

  /**
   * 新增项目申请, filled and sent: the app opens the new project's page; returns its id. With a
   * `mistypedBudgetYuan` the budget is first sent as that, and the refusal of lines not adding up to it
   * must show under the lines before the right budget is typed.
   */
  async apply(entry: ProjectApplicationEntry, mistypedBudgetYuan?: string): Promise<number> {
    await this.addButton.click();
    const form = new ProjectForm(this.page);
    await expect(form.form).toBeVisible();
    await form.fill(entry);
    if (mistypedBudgetYuan !== undefined) {
      await form.field('budget').fill(mistypedBudgetYuan);
      await form.submit();
      await expect(form.field('budget-errors')).toContainText('预算明细：合计');
      await form.field('budget').fill(entry.budgetYuan);
      // The message goes once the sum is right again.
      await expect(form.field('budget-errors')).not.toContainText('预算明细');
    }
    // The running total shows no difference once the lines add up to the budget.
    await expect(form.field('budget-total')).toHaveClass(/ant-typography-success/);
    await expect(form.field('budget-total')).not.toContainText('相差');
    await form.submit();
    await form.expectClosed();
    await expect(this.page).toHaveURL(/#\/fund\/projects\/\d+$/);
    return Number(/#\/fund\/projects\/(\d+)$/.exec(this.page.url())![1]);
  }
}
