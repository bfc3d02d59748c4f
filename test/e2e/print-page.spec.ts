// The print window's page (renderer/print.html) in Chromium with a fake `window.printBridge`: it draws
// real notices from the demo host page by page, reports progress and the A4 paper size, and prints (as
// Chromium prints, page.pdf) exactly as many sheets as the original, looking like it and not blank.
// Without a bridge, with a used window or with bytes that are not a PDF it says why, in Chinese.
import type { Page, TestInfo } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { printFailed, printProgress, printReady } from '../../shared/contract/printing';
import { demoHostURL } from './pages/app';
import { PrintPage } from './pages/print-page';
import { renderFirstPage } from './support/downloaded-documents';
import {
  cspViolations,
  installFakePrintBridge,
  printBridgeCalls,
  watchCsp,
  type PrintBridgeCall,
} from './support/print-bridge';
import { fundingNoticeOfDemo, listNoticeOfDemo, type NoticePdf } from './support/print-documents';
import { blurred, inkShare, meanAbsoluteDifference, pdfInfo, renderGreyPage } from './support/print-poppler';
import { expect, signedInRequest, test } from './support/signed-in';

type NoticeKind = 'funding' | 'lists';
const noticeLabels: Record<NoticeKind, string> = {
  funding: 'funding notice of every community',
  lists: 'two-list notice of every community',
};
const notices = {} as Record<NoticeKind, NoticePdf>;

test.beforeAll(async ({ playwright }, testInfo) => {
  const { request } = await signedInRequest(playwright, 'jingban', demoHostURL);
  const dir = path.join(testInfo.project.outputDir, 'print');
  notices.funding = await fundingNoticeOfDemo(request, dir);
  notices.lists = await listNoticeOfDemo(request, dir);
  await request.dispose();
});

/** Opens print.html with a bridge handing over `notice` and waits until every page is drawn. */
async function preparePrint(page: Page, notice: NoticePdf): Promise<PrintPage> {
  await installFakePrintBridge(page, { title: notice.title, base64: notice.base64 });
  const printPage = new PrintPage(page);
  await printPage.open();
  await printPage.expectReady(pdfInfo(notice.file).pages);
  return printPage;
}

function reportsOf<K extends PrintBridgeCall['kind']>(calls: PrintBridgeCall[], kind: K) {
  return calls.filter((call): call is Extract<PrintBridgeCall, { kind: K }> => call.kind === kind);
}

/**
 * The window's view under test-results/screenshots/: a full-page shot of a notice would be metres long,
 * and the top of it is what the clerk looks at.
 */
async function saveWindowScreenshot(page: Page, testInfo: TestInfo, file: string): Promise<void> {
  await page.waitForFunction('document.fonts.status === "loaded"');
  const screenshotPath = path.join(testInfo.project.outputDir, 'screenshots', file);
  await page.screenshot({ path: screenshotPath, animations: 'disabled' });
  await testInfo.attach(file, { path: screenshotPath, contentType: 'image/png' });
}

async function expectNoProblems(printPage: PrintPage): Promise<void> {
  expect(printPage.errors, 'console errors').toEqual([]);
  expect(await cspViolations(printPage.page), 'CSP violations').toEqual([]);
}

test.describe('打印窗口', () => {
  for (const kind of ['funding', 'lists'] as const) {
    test(`draws every page of the ${noticeLabels[kind]} and reports ready on A4`, async ({ page }) => {
      const notice = notices[kind];
      const original = pdfInfo(notice.file);
      const printPage = await preparePrint(page, notice);

      const calls = await printBridgeCalls(page);
      expect(reportsOf(calls, 'requestDocument')).toHaveLength(1);
      const progress = reportsOf(calls, 'progress').map((call) => printProgress.parse(call.report));
      expect(progress.map((report) => report.total)).toEqual(progress.map(() => original.pages));
      expect(progress.map((report) => report.rendered)).toEqual(
        Array.from({ length: original.pages }, (_, index) => index + 1),
      );
      const ready = reportsOf(calls, 'ready').map((call) => printReady.parse(call.report));
      expect(ready).toHaveLength(1);
      expect(ready[0]!.pageCount).toBe(original.pages);
      expect(ready[0]!.widthMm).toBeCloseTo(210, 0);
      expect(ready[0]!.heightMm).toBeCloseTo(297, 0);
      expect(reportsOf(calls, 'failed')).toEqual([]);
      // ready comes last: the shell opens the print dialog on it.
      expect(calls.at(-1)?.kind).toBe('ready');

      await expect(page).toHaveTitle(notice.title);
      await expect(printPage.title).toHaveText(notice.title);
      await expect(printPage.images).toHaveCount(original.pages);
      const widths = await printPage.imageWidths();
      expect(
        widths.filter((width) => width === 0),
        'page images not decoded',
      ).toEqual([]);
      // About 200 DPI: an A4 page is 1654 pixels wide.
      expect(Math.min(...widths)).toBeGreaterThan(1500);
      await expectNoProblems(printPage);
      const foreign = printPage.requests.filter(
        (url) => !url.startsWith(`${demoHostURL}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
      );
      expect(foreign, 'requests outside the page’s own files').toEqual([]);
      expect(printPage.requests.filter((url) => /cmaps|standard_fonts|\.wasm/.test(url))).toEqual([]);
      // pdf.js parses on the page's thread: no Worker script, which app:// could not start reliably.
      expect(printPage.requests.filter((url) => /worker/i.test(url))).toEqual([]);
    });

    test(`prints the ${noticeLabels[kind]} on as many A4 sheets as the original, alike and not blank`, async ({
      page,
    }, testInfo) => {
      const notice = notices[kind];
      const original = pdfInfo(notice.file);
      const printPage = await preparePrint(page, notice);

      await page.emulateMedia({ media: 'print' });
      await expect(printPage.title).toBeHidden();
      await saveWindowScreenshot(page, testInfo, `print-media-${kind}.png`);
      const printedFile = testInfo.outputPath(`printed-${kind}.pdf`);
      fs.writeFileSync(printedFile, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

      const printed = pdfInfo(printedFile);
      expect(printed.pages, 'printed sheets (an extra blank one means a page spilled over)').toBe(
        original.pages,
      );
      expect(Math.abs(printed.widthPt - 595), `printed width ${printed.widthPt} pt`).toBeLessThanOrEqual(1);
      expect(Math.abs(printed.heightPt - 842), `printed height ${printed.heightPt} pt`).toBeLessThanOrEqual(
        1,
      );

      for (const pageNumber of [1, original.pages]) {
        const before = renderGreyPage(notice.file, testInfo.outputPath(`original-${pageNumber}`), pageNumber);
        // The first page of a notice is full of text: the ink comparison below means something.
        if (pageNumber === 1) expect(inkShare(before), 'ink on the original page 1').toBeGreaterThan(0.02);
        const after = renderGreyPage(printedFile, testInfo.outputPath(`printed-${pageNumber}`), pageNumber);
        expect(Math.abs(after.width - before.width), `page ${pageNumber} width`).toBeLessThanOrEqual(1);
        expect(Math.abs(after.height - before.height), `page ${pageNumber} height`).toBeLessThanOrEqual(1);
        // Compared where the ink sits (about 3 mm blur): the demo notices differ by 5–7 / 255, a blank
        // sheet by 12–17, the same page 1.5 mm off by 10–13 (raw pixels differ by 10–13 on every page,
        // from anti-aliasing alone).
        expect(
          meanAbsoluteDifference(blurred(before, 2), blurred(after, 2)),
          `page ${pageNumber}: difference from the original`,
        ).toBeLessThan(8);
        const inkRatio = inkShare(after) / inkShare(before);
        expect(inkRatio, `page ${pageNumber}: ink printed / ink in the original`).toBeGreaterThan(0.8);
        expect(inkRatio, `page ${pageNumber}: ink printed / ink in the original`).toBeLessThan(1.25);
      }
      const picture = renderFirstPage(printedFile, testInfo.outputPath(`printed-${kind}-page`));
      await testInfo.attach(`printed-${kind}-page-1.png`, { path: picture, contentType: 'image/png' });
      await expectNoProblems(printPage);
    });
  }

  test('shows the two-list notice as a preview of A4 pages under a header', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1100, height: 1300 });
    const notice = notices.lists;
    const printPage = await preparePrint(page, notice);

    await expect(printPage.progress).toBeVisible();
    expect(await printPage.progress.evaluate((bar) => (bar as unknown as { value: number }).value)).toBe(
      pdfInfo(notice.file).pages,
    );
    const firstSheet = await printPage.sheets.first().boundingBox();
    // 210 mm at 96 CSS pixels an inch, in a window wider than the page.
    expect(firstSheet!.width).toBeCloseTo((210 / 25.4) * 96, 0);
    expect(firstSheet!.height / firstSheet!.width).toBeCloseTo(297 / 210, 2);
    await saveWindowScreenshot(page, testInfo, 'print-preview.png');
    await expectNoProblems(printPage);
  });

  test('bytes that are not a PDF: reports the failure once, in Chinese, and never ready', async ({
    page,
  }) => {
    await installFakePrintBridge(page, {
      title: '损坏的文件.pdf',
      base64: Buffer.from('这不是 PDF 文件，只是一段文字。').toString('base64'),
    });
    const printPage = new PrintPage(page);
    await printPage.open();

    await expect(printPage.message).toHaveText(/^无法读取要打印的文件：/);
    await expect(page.getByRole('alert')).toHaveText(/文件不是有效的 PDF/);
    const calls = await printBridgeCalls(page);
    const failed = reportsOf(calls, 'failed').map((call) => printFailed.parse(call.report));
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toMatch(/^无法读取要打印的文件：[\u4e00-\u9fff]/);
    await expect(printPage.message).toHaveText(failed[0]!.message);
    expect(reportsOf(calls, 'ready')).toEqual([]);
    expect(reportsOf(calls, 'progress')).toEqual([]);
    await expect(printPage.progress).toBeHidden();
    await expect(printPage.sheets).toHaveCount(0);
  });

  test('opened without the desktop shell, it explains what it is for', async ({ page }) => {
    await watchCsp(page);
    const printPage = new PrintPage(page);
    await printPage.open();

    await expect(printPage.message).toContainText('此页面只在桌面程序打印时使用');
    await expect(printPage.progress).toBeHidden();
    await expect(printPage.sheets).toHaveCount(0);
    await expectNoProblems(printPage);
  });

  test('a print window that was already used says so and draws nothing', async ({ page }) => {
    await installFakePrintBridge(page, null);
    const printPage = new PrintPage(page);
    await printPage.open();

    await expect(printPage.message).toHaveText('此打印窗口已使用过，请关闭后重新打印。');
    const calls = await printBridgeCalls(page);
    expect(calls.map((call) => call.kind)).toEqual(['requestDocument']);
    await expect(printPage.sheets).toHaveCount(0);
    await expectNoProblems(printPage);
  });
});
