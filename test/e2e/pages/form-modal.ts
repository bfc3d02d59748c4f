// A modal form of the app (新增社区, 新增院落 …): one <form data-testid=…> around the whole panel, with
// `<id>-submit` and `<id>-cancel`. Messages sit under the field they name.
import { expect, type Locator, type Page } from '@playwright/test';

export class FormModal {
  readonly form: Locator;
  readonly submitButton: Locator;
  readonly cancelButton: Locator;

  constructor(
    readonly page: Page,
    testId: string,
  ) {
    this.form = page.getByTestId(testId);
    this.submitButton = page.getByTestId(`${testId}-submit`);
    this.cancelButton = page.getByTestId(`${testId}-cancel`);
  }

  async submit(): Promise<void> {
    await this.submitButton.click();
  }

  async cancel(): Promise<void> {
    await this.cancelButton.click();
    await expect(this.form).toBeHidden();
  }

  /** The message shown under the field with this label (e.g. 「社区名称：不能为空」). */
  messageOf(label: string): Locator {
    return this.form
      .locator('.ant-form-item')
      .filter({ has: this.page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');
  }

  /** Saved: the modal is gone. If it stays, the failure names the messages the form is showing. */
  async expectClosed(): Promise<void> {
    try {
      await expect(this.form).toBeHidden();
    } catch (error) {
      const fieldMessages = await this.form.locator('.ant-form-item-explain-error').allInnerTexts();
      const barMessages = await this.page.locator('.ant-message-notice').allInnerTexts();
      const shown = [...fieldMessages, ...barMessages].join('；') || '（无提示）';
      throw new Error(`表单未关闭，显示：${shown}`, { cause: error });
    }
  }
}
