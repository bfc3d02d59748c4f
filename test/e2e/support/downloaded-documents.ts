// Reading back what the clerk downloaded or sees: the annual report's rows (exceljs), a PDF's text
// (pdftotext) and a page of it as an image (pdftoppm), and full-page screenshots. The files go under the
// run's output directory (test-results/) so a human can open them after the run.
import { expect, type Download, type Page, type TestInfo } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Saves a download under test-results/downloads/ with the name the app suggested; returns its path. */
export async function saveDownload(download: Download, testInfo: TestInfo): Promise<string> {
  const file = path.join(testInfo.project.outputDir, 'downloads', download.suggestedFilename());
  await download.saveAs(file);
  await testInfo.attach(download.suggestedFilename(), { path: file });
  return file;
}

/** The figures of one row of a sheet, keyed by the header cells of `headerRow` (merged headers included). */
export type SheetRow = Record<string, ExcelJS.CellValue>;

/**
 * The row of `sheetName` whose cell under `keyHeader` equals `key`, as header → value. Reading by
 * header text keeps the test off column letters.
 */
export async function readSheetRow(
  file: string,
  sheetName: string,
  options: { headerRow: number; keyHeader: string; key: string },
): Promise<SheetRow> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`${path.basename(file)} has no sheet 「${sheetName}」`);
  const headers = new Map<number, string>();
  sheet.getRow(options.headerRow).eachCell((cell, column) => headers.set(column, String(cell.value).trim()));
  const keyColumn = [...headers].find(([, header]) => header === options.keyHeader)?.[0];
  if (keyColumn === undefined)
    throw new Error(`sheet 「${sheetName}」 has no column 「${options.keyHeader}」`);
  for (let rowNumber = options.headerRow + 1; rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    if (String(row.getCell(keyColumn).value) !== options.key) continue;
    const values: SheetRow = {};
    for (const [column, header] of headers) values[header] = row.getCell(column).value;
    return values;
  }
  throw new Error(`sheet 「${sheetName}」 has no row whose 「${options.keyHeader}」 is 「${options.key}」`);
}

function requireTool(tool: string): void {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `${tool} is missing: install poppler-utils (apt-get install poppler-utils) to check the PDF`,
    );
  }
}

/** The PDF's text in reading order (pdftotext -layout would space CJK lines out; plain order is enough). */
export function pdfText(file: string): string {
  requireTool('pdftotext');
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Page 1 of the PDF as a 60 dpi PNG at `<prefix>-1.png`; returns its path. */
export function renderFirstPage(file: string, prefix: string): string {
  requireTool('pdftoppm');
  fs.mkdirSync(path.dirname(prefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, prefix]);
  const rendered = fs
    .readdirSync(path.dirname(prefix))
    .filter((name) => name.startsWith(`${path.basename(prefix)}-`) && name.endsWith('.png'))
    .map((name) => path.join(path.dirname(prefix), name));
  expect(rendered, `pdftoppm wrote page 1 of ${path.basename(file)}`).toHaveLength(1);
  return rendered[0]!;
}

/** A full-page screenshot under test-results/screenshots/, taken once the CJK font is in and nothing spins. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, file: string): Promise<string> {
  await page.waitForFunction('document.fonts.status === "loaded"');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const screenshotPath = path.join(testInfo.project.outputDir, 'screenshots', file);
  await page.screenshot({ path: screenshotPath, fullPage: true, animations: 'disabled' });
  await testInfo.attach(file, { path: screenshotPath, contentType: 'image/png' });
  return screenshotPath;
}
