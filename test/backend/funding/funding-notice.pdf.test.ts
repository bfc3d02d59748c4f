// The funding 公示 as a real PDF file, read back with poppler (pdftotext, pdffonts, pdftoppm) the way a
// third party would. A CJK glyph can go missing while text extraction still works, so the page is also
// rendered to an image (and looked at by eye when the layout changes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingNoticeData } from '../../../electron/backend/funding/documents/document-data';
import { pdfmakeFor } from '../../../electron/backend/documents/pdf/fonts';
import {
  buildFundingNotice,
  fundingNoticeTitle,
} from '../../../electron/backend/funding/documents/funding-notice';
import {
  renderNotice,
  type NoticeDocument,
  type NoticeSection,
} from '../../../electron/backend/documents/pdf/notice';
import { shippedCalendarDays } from '../../../shared/features/calendar/holiday-calendar-data';
import { calendarMap, postingPeriodEnd } from '../../../shared/features/calendar/working-days';
import { noSignatories } from '../../../electron/backend/documents/signatures';
import { poppler } from '../../fixtures/poppler';

const resourcesDir = path.resolve('resources');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-notice-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text of a page range with all white space removed, so wrapped lines and layout gaps do not matter. */
function pageText(file: string, first: number, last = first): string {
  return poppler('pdftotext', ['-layout', '-f', String(first), '-l', String(last), file, '-']).replace(
    /\s+/gu,
    '',
  );
}

function pageCount(file: string): number {
  // pdftotext ends every page with a form feed.
  return poppler('pdftotext', [file, '-']).split('\f').length - 1;
}

async function renderTo(name: string, doc: NoticeDocument, resources = resourcesDir): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await renderNotice(doc, { resourcesDir: resources }));
  return file;
}

// Starts on Monday 2026-09-28: 9/28, 9/29, 9/30, then 国庆 (10/1–10/7) is skipped, 10/8 and 10/9.
const postingStart = '2026-09-28';
const postingEnd = postingPeriodEnd(postingStart, 5, calendarMap(shippedCalendarDays));

function fundingNoticeData(): FundingNoticeData {
  return {
    office: {
      officeName: '示例街道办事处（演示数据）',
      district: '官渡区',
      contactPerson: '李明',
      contactPhone: '0871-67210000',
      supervisionPhone: '0871-67210001',
      updatedAt: null,
    },
    year: 2026,
    posting: { startDate: postingStart, workingDays: 5, endDate: postingEnd },
    issueDate: postingStart,
    communities: [
      {
        communityName: '世纪城',
        standardCitation: '依据官民函〔2022〕61号确定的社区工作经费保障标准（2020年起执行的标准）',
        totalHouseholds: 32681,
        totalFen: 148_345_000,
        lines: [
          {
            category: 'basic_office',
            amountFen: 40_000_000,
            basis: '32,681户：基础30万元 + 超出部分按整万户计1档 × 10万元 = 40万元',
          },
          { category: 'party_building', amountFen: 5_000_000, basis: '社区党委及12个居民小区党支部' },
          {
            category: 'purchased_services',
            amountFen: 103_345_000,
            basis:
              '自治院落4,201户 × 50元 + 公共单位院落3,100户 × 20元 + 物管院落25,380户 × 30元 = 1,033,450元',
          },
        ],
      },
      {
        communityName: '新亚洲体育城社区',
        standardCitation: '依据官民函〔2022〕61号确定的社区工作经费保障标准（2020年起执行的标准）',
        totalHouseholds: 45210,
        totalFen: 201_420_000,
        lines: [
          {
            category: 'basic_office',
            amountFen: 50_000_000,
            basis: '45,210户：基础30万元 + 超出部分按整万户计2档 × 10万元 = 50万元',
          },
          { category: 'party_building', amountFen: 6_000_000, basis: '社区党委及15个居民小区党支部' },
          {
            category: 'purchased_services',
            amountFen: 145_420_000,
            basis:
              '自治院落6,000户 × 50元 + 公共单位院落2,210户 × 20元 + 物管院落37,000户 × 30元 = 1,454,200元',
          },
        ],
      },
    ],
    signatories: noSignatories,
  };
}

describe('the funding notice as a PDF', () => {
  let file = '';
  beforeAll(async () => {
    file = await renderTo('funding-notice.pdf', buildFundingNotice(fundingNoticeData()));
  });

  it('puts each community on its own page, under its own title', () => {
    expect(pageCount(file)).toBe(2);
    expect(pageText(file, 1)).toContain('关于世纪城社区2026年度社区工作经费核定情况的公示');
    expect(pageText(file, 2)).toContain('关于新亚洲体育城社区2026年度社区工作经费核定情况的公示');
    expect(pageText(file, 1)).not.toContain('新亚洲体育城');
  });

  it('prints the posting period in working days, skipping 国庆', () => {
    expect(postingEnd).toBe('2026-10-09');
    expect(pageText(file, 1)).toContain('公示期：自2026年9月28日至2026年10月9日（5个工作日）。');
  });

  it('prints the table with its lines and total', () => {
    const text = pageText(file, 1);
    expect(text).toContain('序号经费项目核定金额（元）核定依据');
    expect(text).toContain('基本办公经费400,000.00');
    expect(text).toContain('合计1,483,450.00');
  });

  it('gives the total in words and in figures', () => {
    expect(pageText(file, 1)).toContain('合计人民币（大写）：壹佰肆拾捌万叁仟肆佰伍拾元整');
    expect(pageText(file, 1)).toContain('（小写）：¥1,483,450.00');
    expect(pageText(file, 2)).toContain('合计人民币（大写）：贰佰零壹万肆仟贰佰元整');
  });

  it('closes with how to object, whom to call, 特此公示, the office and the date', () => {
    const text = pageText(file, 2);
    expect(text).toContain('如对核定情况有异议，可通过电话或书面形式向示例街道办事处（演示数据）反映');
    expect(text).toContain('联系人及电话：李明0871-67210000');
    expect(text).toContain('监督电话：0871-67210001');
    expect(text).toMatch(/特此公示。示例街道办事处（演示数据）2026年9月28日/u);
  });

  it("numbers each community's pages on their own", () => {
    expect(pageText(file, 1)).toContain('第1页共1页');
    expect(pageText(file, 2)).toContain('第1页共1页');
  });

  it('embeds the Noto fonts as subsets', () => {
    const rows = poppler('pdffonts', [file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // name type... encoding emb sub uni object-id generation
      const [name, ...rest] = row.trim().split(/\s+/u);
      const [emb, sub] = rest.slice(-5, -3);
      expect(name, row).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans)SC-/u);
      expect([emb, sub], row).toEqual(['yes', 'yes']);
    }
    expect(rows.some((row) => row.includes('NotoSerifSC-Bold'))).toBe(true);
  });

  it('renders page 1 to an image', () => {
    const prefix = path.join(dir, 'page');
    poppler('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, prefix]);
    const png = fs.readdirSync(dir).find((name) => name.startsWith('page') && name.endsWith('.png'));
    expect(png).toBeDefined();
    const bytes = fs.readFileSync(path.join(dir, png!));
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(5_000);
  });
});

function listSection(rows: number): NoticeSection {
  return {
    title: '关于2026年度社区公益微基金资助项目的公示',
    paragraphs: ['现将资助项目公示如下：'],
    table: {
      headers: ['序号', '项目名称', '资助金额（元）'],
      widths: [36, '*', 110],
      rows: Array.from({ length: rows }, (_, index) => [
        { text: String(index + 1), alignment: 'center' },
        `第${index + 1}号社区互助项目`,
        { text: '12,000.00', alignment: 'right' },
      ]),
    },
    posting: { startDate: '2026-03-16', endDate: '2026-03-20', workingDays: 5 },
    objection: '公示期内如有异议，请向街道办事处反映。',
    contacts: { contactPerson: '', contactPhone: '0871-67210000', supervisionPhone: '0871-67210001' },
    issuer: '示例街道办事处（演示数据）',
    issueDate: '2026-03-16',
  };
}

describe('a notice whose table runs over several pages', () => {
  let file = '';
  beforeAll(async () => {
    file = await renderTo('long-table.pdf', { sections: [listSection(60)] });
  });

  it('repeats the table header on the next page', () => {
    expect(pageCount(file)).toBeGreaterThan(1);
    const second = pageText(file, 2);
    expect(second.startsWith('序号项目名称资助金额（元）')).toBe(true);
    expect(pageText(file, 1)).not.toContain('第30号社区互助项目');
    expect(second).toContain('第30号社区互助项目');
  });

  it('numbers the pages of the section', () => {
    const pages = pageCount(file);
    expect(pageText(file, 2)).toContain(`第2页共${pages}页`);
  });

  it('leaves out the contact person when there is none', () => {
    expect(pageText(file, 1, pageCount(file))).toContain('联系人及电话：0871-67210000');
  });
});

describe('the notice fonts', () => {
  it('are copied from node_modules into a resources folder that lacks them', async () => {
    const emptyResources = fs.mkdtempSync(path.join(dir, 'resources-'));
    const file = await renderTo('fresh-resources.pdf', { sections: [listSection(3)] }, emptyResources);
    expect(fs.readdirSync(path.join(emptyResources, 'fonts')).sort()).toEqual([
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
      'OFL-NotoSansSC.txt',
      'OFL-NotoSerifSC.txt',
    ]);
    expect(pageText(file, 1)).toContain('第3号社区互助项目');
  });
});

describe('the configured pdfmake', () => {
  it('opens no local file outside the fonts folder and fetches no URL', async () => {
    const pdfmake = pdfmakeFor(resourcesDir);
    const local = { content: [{ image: path.resolve('package.json') }] };
    await expect(pdfmake.createPdf(local).getBuffer()).rejects.toThrow(/denied by resource access policy/u);
    const remote = { content: [{ image: 'https://example.invalid/seal.png' }] };
    await expect(pdfmake.createPdf(remote).getBuffer()).rejects.toThrow(/denied by resource access policy/u);
  });
});

describe('the funding notice title', () => {
  it('adds 社区 to a bare name and does not double it', () => {
    expect(fundingNoticeTitle('世纪城', 2026).replace('\n', '')).toBe(
      '关于世纪城社区2026年度社区工作经费核定情况的公示',
    );
    expect(fundingNoticeTitle('凤凰山社区', 2026).replace('\n', '')).toBe(
      '关于凤凰山社区2026年度社区工作经费核定情况的公示',
    );
  });
});
