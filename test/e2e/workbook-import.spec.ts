// An Excel import in Chromium: while the backend checks the file the button is busy and a status says
// so, a file over the size limit is refused before it is sent, and a zip bomb comes back refused with the
// limit in the message. Nothing here changes the database (every file is refused).
import type { Request } from '@playwright/test';
import crypto from 'node:crypto';
import { unzipParts, withPaddedSheet, zipParts } from '../fixtures/xlsx-zip';
import { openApp, toast } from './pages/app';
import { WorkbookUploadControl } from './pages/workbook-upload';
import { expect, test } from './support/signed-in';

test.describe('导入 Excel', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await openApp(page);
    await page.getByTestId('nav-lists').click();
    await expect(page.getByTestId('list-import')).toBeVisible();
  });

  test('shows 正在检查文件… while the backend checks, then the refusal of a zip bomb with its limit', async ({
    page,
    request,
  }) => {
    const response = await request.post('/api/lists.importTemplate', {
      data: { kind: 'work_items' },
    });
    const template = ((await response.json()) as { data: { base64: string } }).data;
    const parts = unzipParts(Buffer.from(template.base64, 'base64'));
    const bomb = zipParts(withPaddedSheet(parts, 'xl/worksheets/sheet1.xml', 60));

    // The import is held at the network until the status has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/lists.import', async (route) => {
      await held;
      await route.continue();
    });
    const upload = new WorkbookUploadControl(page, { wrapper: 'list-import-upload', button: 'list-import' });
    await upload.choose('清单.xlsx', bomb);
    await expect(upload.status).toHaveText('正在检查文件…');
    await expect(upload.button).toHaveClass(/ant-btn-loading/);
    release();

    // The first import of the host starts its worker thread (from the sources, through tsx): seconds.
    await expect(page.getByTestId('list-import-result')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('list-import-errors')).toContainText('导入文件解压后不能超过 50 MB');
    await expect(upload.status).toHaveText('');
  });

  test('refuses a file over 5 MB before sending it', async ({ page }) => {
    const sent: Request[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/lists.import')) sent.push(request);
    });
    const upload = new WorkbookUploadControl(page, { wrapper: 'list-import-upload', button: 'list-import' });
    await upload.choose('大文件.xlsx', crypto.randomBytes(6 * 1024 * 1024));
    await expect(toast(page, '文件过大（6.0 MB）：导入文件不能超过 5 MB')).toBeVisible();
    expect(sent).toEqual([]);
  });
});
