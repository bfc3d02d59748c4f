// An Excel import's 导入 button (WorkbookUpload): choosing a file, and the status beside it while it runs.
import type { Locator, Page } from '@playwright/test';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class WorkbookUploadControl {
  readonly button: Locator;
  readonly status: Locator;
  private readonly input: Locator;

  constructor(page: Page, testIds: { wrapper: string; button: string }) {
    const wrapper = page.getByTestId(testIds.wrapper);
    this.button = page.getByTestId(testIds.button);
    this.status = page.getByTestId(`${testIds.wrapper}-status`);
    this.input = wrapper.locator('input[type=file]');
  }

  async choose(fileName: string, bytes: Buffer): Promise<void> {
    await this.input.setInputFiles({ name: fileName, mimeType: xlsxMime, buffer: bytes });
  }
}
