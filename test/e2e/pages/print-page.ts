// The print window's page (print.html) as the clerk sees it: the header with the title, the message and
// the progress bar, and the drawn sheets below. It records what the page logged as errors, so a spec can
// check that drawing and printing went without console errors or CSP violations.
import { expect, type Locator, type Page } from '@playwright/test';
import { demoHostURL } from './app';

// Chromium's note about the <meta> copy of the CSP; the header copy, which does apply, carries it too.
const knownMetaCspNote = "frame-ancestors' is ignored when delivered via a <meta> element";

export class PrintPage {
  readonly title: Locator;
  readonly message: Locator;
  readonly progress: Locator;
  readonly sheets: Locator;
  readonly images: Locator;
  /** Console errors and uncaught exceptions since the page object was made. */
  readonly errors: string[] = [];
  /** Every URL the page requested (the page must fetch nothing but its own files). */
  readonly requests: string[] = [];

  constructor(readonly page: Page) {
    this.title = page.getByTestId('print-title');
    this.message = page.getByTestId('print-message');
    this.progress = page.getByTestId('print-progress');
    this.sheets = page.locator('.sheet');
    this.images = page.locator('.sheet img');
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes(knownMetaCspNote))
        this.errors.push(message.text());
    });
    page.on('pageerror', (error) => this.errors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => this.requests.push(request.url()));
  }

  /** Opens print.html on the host (no token: it is a static file). */
  async open(baseURL = demoHostURL): Promise<void> {
    const response = await this.page.goto(`${baseURL}/print.html`);
    expect(response?.status(), 'the host serves dist/renderer/print.html (did `vite build` run?)').toBe(200);
  }

  /** Waits until every page is drawn and the page says so. */
  async expectReady(pageCount: number): Promise<void> {
    await expect(this.message).toHaveText(`已准备好 ${pageCount} 页，请在打印对话框中选择打印机`, {
      timeout: 45_000,
    });
  }

  /** naturalWidth of every page image once loaded; 0 means an image that never decoded. */
  async imageWidths(): Promise<number[]> {
    return this.images.evaluateAll((images) =>
      images.map((image) => {
        const { complete, naturalWidth } = image as unknown as { complete: boolean; naturalWidth: number };
        return complete ? naturalWidth : 0;
      }),
    );
  }
}
