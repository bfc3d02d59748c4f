// A table's caption (二、社区印章使用清单) never ends a page on its own: it starts on the page that holds
// the table's header row and first row. Checked on real PDFs with poppler, page by page; the moved page
// is also rendered to an image in the test's folder (notice-caption-page.png) to be looked at.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfmakeFor } from '../../../electron/backend/documents/pdf/fonts';
import { buildListNotice } from '../../../electron/backend/lists/documents/list-notice';
import {
  noticeDefinition,
  renderNotice,
  type NoticeDocument,
} from '../../../electron/backend/documents/pdf/notice';
import { twoListNoticeData } from '../../fixtures/list-notice-data';
import { poppler } from '../../fixtures/poppler';

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-captions-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const caption = '二、社区印章使用清单';
const header = '序号事项名称依据责任单位社区职责';
const firstSealItem = '用印事项第1项';

/** The non-empty lines of one page as laid out, white space removed. */
function pageLines(file: string, page: number): string[] {
  return poppler('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'])
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ''))
    .filter((line) => line !== '');
}

function pageText(file: string, page: number): string {
  return pageLines(file, page).join('');
}

function pageCount(file: string): number {
  return poppler('pdftotext', [file, '-']).split('\f').length - 1;
}

function pagesWith(file: string, text: string): number[] {
  const pages = Array.from({ length: pageCount(file) }, (_, index) => index + 1);
  return pages.filter((page) => pageText(file, page).includes(text));
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** pdfmake's layout of the notice taken as it comes, without moving any caption. */
async function renderUnchecked(doc: NoticeDocument, name: string): Promise<string> {
  return write(name, await pdfmakeFor(resourcesDir).createPdf(noticeDefinition(doc)).getBuffer());
}

async function render(doc: NoticeDocument, name: string): Promise<string> {
  return write(name, await renderNotice(doc, { resourcesDir }));
}

/** The caption is the last line of page 1 above the page number. */
function strandedOnPageOne(file: string): boolean {
  return pageLines(file, 1).at(-2) === caption;
}

/** On the caption's page, the caption is followed by the header row and then the first item. */
function expectCaptionWithItsTable(file: string, page: number): void {
  const text = pageText(file, page);
  const at = text.indexOf(caption);
  expect(at, `page ${page}: ${text}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(header, at), `page ${page}: ${text}`).toBeGreaterThan(at);
  expect(text.indexOf(firstSealItem, at), `page ${page}: ${text}`).toBeGreaterThan(text.indexOf(header, at));
}

let workItems = 0;

beforeAll(async () => {
  // The number of work items that fills page 1 so that the second caption just fits under the first
  // table: found, not assumed, so that a change of margins or type does not quietly void the test.
  for (let count = 3; count <= 16 && workItems === 0; count += 1) {
    const file = await renderUnchecked(
      { ...buildListNotice(twoListNoticeData(count)) },
      `probe-${count}.pdf`,
    );
    if (strandedOnPageOne(file)) workItems = count;
  }
}, 60_000);

describe('a caption that would end page 1', () => {
  let file = '';
  beforeAll(async () => {
    file = await render(buildListNotice(twoListNoticeData(workItems)), 'moved.pdf');
  });

  it('is found with pdfmake left to itself', () => {
    expect(workItems).toBeGreaterThan(0);
  });

  it('moves to page 2, over the header row and the first item', () => {
    expect(pageText(file, 1)).not.toContain(caption);
    expect(pageText(file, 1)).toContain(`工作事项第${workItems}项`);
    expect(pagesWith(file, caption)).toEqual([2]);
    expectCaptionWithItsTable(file, 2);
    expect(pageText(file, 2)).toContain('特此公示。');
  });

  it('leaves the page numbers right', () => {
    expect(pageText(file, 1)).toContain('第1页共2页');
    expect(pageText(file, 2)).toContain('第2页共2页');
  });

  it('renders the moved page to an image', () => {
    const prefix = path.join(dir, 'notice-caption-page');
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', file, prefix]);
    const bytes = fs.readFileSync(`${prefix}.png`);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
  });
});

describe('captions that fit', () => {
  it('stay where they are, with one item fewer', async () => {
    const file = await render(buildListNotice(twoListNoticeData(workItems - 2)), 'fits.pdf');
    expect(pagesWith(file, caption)).toEqual([1]);
    expectCaptionWithItsTable(file, 1);
  });
});

describe('a notice of several communities', () => {
  it('moves the caption in every section that needs it, each section numbering its own pages', async () => {
    const names = ['世纪城', '凤凰山', '金马'];
    const file = await render(buildListNotice(twoListNoticeData(workItems, names)), 'sections.pdf');
    expect(pageCount(file)).toBe(6);
    expect(pagesWith(file, caption)).toEqual([2, 4, 6]);
    for (const page of [2, 4, 6]) {
      expectCaptionWithItsTable(file, page);
      expect(pageText(file, page)).toContain('第2页共2页');
    }
  });
});

describe('a first table longer than a page', () => {
  it('repeats its header on every page and still keeps the second caption with its table', async () => {
    const file = await render(buildListNotice(twoListNoticeData(3 * workItems)), 'long.pdf');
    const [captionPage] = pagesWith(file, caption);
    expect(captionPage).toBeGreaterThan(1);
    expectCaptionWithItsTable(file, captionPage!);
    for (let page = 2; page <= captionPage!; page += 1) {
      const lines = pageLines(file, page);
      if (lines[0] !== caption) expect(lines[0], `page ${page}`).toBe(header);
    }
  });
});
