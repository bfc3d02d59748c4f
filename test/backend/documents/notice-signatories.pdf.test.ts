// The 经办人 and 审核人 of a notice stand left of the office and the date, line for line, so naming them
// never pushes a one-page notice onto two: checked on the fullest one-page notice there is, found by
// probing, with poppler reading the real PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice, type NoticeSection } from '../../../electron/backend/documents/pdf/notice';
import { signatoryLines, type Signatories } from '../../../electron/backend/documents/signatures';
import { poppler } from '../../fixtures/poppler';

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-signatories-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const signatories: Signatories = {
  preparers: ['李晓梅', '王建国'],
  approvers: [{ name: '王建国', note: '一人岗，未经他人审核' }],
};

/** A notice of `rows` table rows, signed by the office, with the names given or none. */
function section(rows: number, names: Signatories | null): NoticeSection {
  return {
    title: '关于世纪城社区2026年度社区工作经费核定情况的公示',
    paragraphs: ['现将核定情况公示如下：'],
    table: {
      headers: ['序号', '经费项目', '核定金额（元）'],
      widths: [30, '*', 92],
      rows: Array.from({ length: rows }, (_, index) => [
        String(index + 1),
        `经费项目第${index + 1}项`,
        '1.00',
      ]),
    },
    posting: { startDate: '2026-03-16', endDate: '2026-03-20', workingDays: 5 },
    objection: '公示期内，如对核定情况有异议，可通过电话或书面形式向关上街道办事处反映。',
    contacts: { contactPerson: '张敏', contactPhone: '0871-60000000', supervisionPhone: '0871-60000001' },
    issuer: '关上街道办事处',
    issueDate: '2026-03-16',
    ...(names ? { signatories: signatoryLines(names) } : {}),
  };
}

async function render(rows: number, names: Signatories | null, name: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await renderNotice({ sections: [section(rows, names)] }, { resourcesDir }));
  return file;
}

function pageCount(file: string): number {
  return poppler('pdftotext', [file, '-']).split('\f').length - 1;
}

/** The lines of the last page as laid out, white space removed. */
function lastPageLines(file: string): string[] {
  const last = String(pageCount(file));
  return poppler('pdftotext', ['-layout', '-f', last, '-l', last, file, '-'])
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ''))
    .filter((line) => line !== '');
}

let fullest = 0;

beforeAll(async () => {
  // The most rows a notice without names holds on one page: found, not assumed (by halving, as the page
  // count only grows with the rows).
  let [low, high] = [1, 64];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (pageCount(await render(middle, null, `probe-${middle}.pdf`)) === 1) low = middle;
    else high = middle - 1;
  }
  fullest = low;
}, 60_000);

describe('the names on a notice', () => {
  let file = '';
  beforeAll(async () => {
    file = await render(fullest, signatories, 'named.pdf');
  });

  it('keep the fullest one-page notice on one page', async () => {
    expect(pageCount(await render(fullest + 1, null, 'one-more.pdf'))).toBe(2);
    expect(pageCount(file)).toBe(1);
  });

  it('stand beside the office and the date, with the 一人岗 mark beside the signature it qualifies', () => {
    const lines = lastPageLines(file);
    expect(lines).toContain('经办人：李晓梅、王建国关上街道办事处');
    expect(lines).toContain('审核人：王建国（一人岗，未经他人审核）2026年3月16日');
  });

  it('are left out for records nobody signed in to keep', async () => {
    const lines = lastPageLines(await render(fullest, null, 'unnamed.pdf'));
    expect(lines).toContain('关上街道办事处');
    expect(lines.join('')).not.toContain('经办人');
  });
});
