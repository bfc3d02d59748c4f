// A modal form of the app (新增社区, 新增院落 …): one <form data-testid=…> around the whole panel, with
// `<id>-submit` and `<id>-cancel`. Messages sit under the field they name.
import { expect, type Locator, type Page } from '@playwright/test';

/** 「有未保存的修改，确定要离开吗？」, asked before a form with changes is closed or its screen left. */
export function leaveQuestion(page: Page) {
  const dialog = page.locator('.ant-modal-confirm').filter({ hasText: '有未保存的修改，确定要离开吗？' });
  return {
    dialog,
    async answer(button: '离开' | '留下继续填写'): Promise<void> {
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: button, exact: true }).click();
      await expect(dialog).toBeHidden();
    },
  };
}

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

  /** 取消 on a form nothing was typed into: it closes at once. */
  async cancel(): Promise<void> {
    await this.cancelButton.click();
    await expect(this.form).toBeHidden();
  }

  /** 取消 on a form with changes: the leave question comes first, and 离开 closes the form. */
  async discard(): Promise<void> {
    await this.cancelButton.click();
    await leaveQuestion(this.page).answer('离开');
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
