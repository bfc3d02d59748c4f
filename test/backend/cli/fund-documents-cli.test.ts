// `cli fund notice|projects` as the file holder, on a fund whose welfare projects went through the channels
// (one closed, one in progress with a payment reversed and paid again, one refused, one applied, one
// withdrawn) and which took a named and an anonymous donation: the quarter's 收支公示 text-extracted with
// poppler and rendered to PNG, the year's 公益项目一览 read back with ExcelJS and opened in LibreOffice.
// Printing changes nothing; a refusal names its option and writes no file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../../shared/domain/money';
import { fingerprint, type TestBackend } from '../../fixtures/backend';
import { officeSettingsInput } from '../../fixtures/builders';
import { donationInput, personDonor, yuan } from '../../fixtures/fund-donations';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../fixtures/libreoffice';
import { poppler } from '../../fixtures/poppler';
import { openProjectCheckWorld } from '../fund/projects/project-check-world';
import { expectInk, renderedPages } from '../fund/disclosure/public-pdf';
import { projectListHeader } from '../fund/disclosure/project-list-columns';

const hiddenName = '赵某某';
let backend: TestBackend;

function cli(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'electron/cli/main.ts', 'fund', ...args, '--db', backend.dbPath],
    { encoding: 'utf8' },
  );
  return { code: result.status, out: result.stdout + result.stderr };
}

const out = (name: string) => path.join(backend.dir, name);

beforeAll(async () => {
  ({ backend } = await openProjectCheckWorld());
  await backend.as('administrator').call('office.update', officeSettingsInput());
  const donor = await backend.call('fund.createDonor', personDonor({ name: hiddenName, anonymous: true }));
  const gift = await backend.call(
    'fund.recordDonation',
    donationInput(donor.id, { date: '2026-03-09', amountFen: yuan(300), submit: true }),
  );
  await backend.as('approver').call('fund.postVoucher', { id: gift.voucherId });
}, 60_000);
afterAll(() => backend.dispose());

describe('cli fund notice', () => {
  it('writes the quarter’s 收支公示 with the books’ figures, the anonymous donor unnamed, changing nothing', async () => {
    const before = fingerprint(backend.dbPath);
    const result = cli(
      'notice',
      '--year',
      '2026',
      '--quarter',
      '1',
      '--start',
      '2026-03-16',
      '--out',
      out('q1.pdf'),
    );
    expect(result.out).toContain('已生成');
    expect(result.code).toBe(0);
    expect(fingerprint(backend.dbPath)).toBe(before);
    const text = poppler('pdftotext', ['-raw', out('q1.pdf'), '-']).replace(/\s+/gu, '');
    const figures = await backend.call('fund.quarterDisclosure', { year: 2026, quarter: 1 });
    // The payment of 2号 paid in error and reversed: a 更正说明 beside it.
    expect(figures.corrections.map((c) => c.reason)).toContain('账号有误');
    for (const correction of figures.corrections)
      expect(text).toContain(`以${correction.reversalNumber}红字冲销`);
    for (const fen of [
      figures.openingBalanceFen,
      figures.incomeFen,
      figures.spendingFen,
      figures.closingBalanceFen,
    ])
      expect(text).toContain(formatYuan(fen));
    expect(text).toContain('特此公示');
    expect(text).toContain('更正说明');
    expect(text).toContain('楼道清洁');
    expect(text).toContain('爱心人士');
    expect(text).not.toContain(hiddenName);
    expect(text).toContain('0871-60000001');
    const pages = renderedPages(out('q1.pdf'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expectInk(page);
  });

  it('refuses a quarter outside 1–4, none at all or a posting period of no days, and writes no file', () => {
    const five = cli('notice', '--year', '2026', '--quarter', '5', '--out', out('q5.pdf'));
    expect(five.code).not.toBe(0);
    expect(five.out).toContain('--quarter：季度无效：5（应为 1–4）');
    const none = cli('notice', '--year', '2026', '--out', out('q0.pdf'));
    expect(none.code).not.toBe(0);
    expect(none.out).toContain('缺少选项 --quarter');
    const days = cli('notice', '--year', '2026', '--quarter', '1', '--days', '0', '--out', out('d0.pdf'));
    expect(days.code).not.toBe(0);
    expect(days.out).toContain('--days：公示期工作日数无效：0（应为 1–60）');
    expect(['q5.pdf', 'q0.pdf', 'd0.pdf'].some((name) => fs.existsSync(out(name)))).toBe(false);
  });
});

describe('cli fund projects', () => {
  const period = '2026-03-01至2026-12-31';
  const applicant = ['幸福社区银龄互助队'];

  beforeAll(() => {
    const before = fingerprint(backend.dbPath);
    const result = cli('projects', '--year', '2026', '--out', out('projects.xlsx'));
    expect(result.out).toContain('已生成');
    expect(result.code).toBe(0);
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('lists the year’s projects with their figures and a 合计 row, read back with ExcelJS', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('projects.xlsx'));
    const sheet = workbook.getWorksheet('项目一览')!;
    expect(sheet.getCell('A1').value).toBe('2026年度公益项目一览');
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(projectListHeader);
    const community = String(sheet.getCell('C4').value);
    const row = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const project = (seq: number, title: string, state: string) => [
      `微基金项目〔2026〕${seq}号`,
      title,
      community,
      ...applicant,
      state,
      period,
    ];
    expect(row(4)).toEqual([
      ...project(1, '独居老人助餐', '已结项'),
      2000,
      1800,
      1000,
      undefined,
      900,
      100,
      900,
      '',
    ]);
    expect(row(5)).toEqual([
      ...project(2, '楼道清洁', '实施中'),
      2000,
      1800,
      1000,
      800,
      undefined,
      undefined,
      undefined,
      '2026-06-05',
    ]);
    expect(row(6)).toEqual([
      ...project(3, '广场舞音响', '不予资助'),
      2000,
      undefined,
      0,
      undefined,
      undefined,
      undefined,
      undefined,
      '',
    ]);
    expect(row(7).slice(4, 10)).toEqual(['申请中', period, 2000, undefined, 0, undefined]);
    expect(row(8).slice(4, 10)).toEqual(['已撤回', period, 2000, 1800, 0, undefined]);
    expect(sheet.getCell('A9').value).toBe('合计（5 个项目）');
    expect(sheet.getCell('G9').value).toEqual({ formula: 'SUM(G4:G8)', result: 10000 });
  });

  it('opens in LibreOffice, whose own sums agree with the figures', () => {
    convertWithLibreOffice([out('projects.xlsx')], csvFormat, backend.dir);
    const csv = fs
      .readdirSync(backend.dir)
      .find((name) => name.startsWith('projects') && name.endsWith('.csv'))!;
    const rows = parseCsv(fs.readFileSync(path.join(backend.dir, csv), 'utf8'));
    expect(rows[0]![0]).toBe('2026年度公益项目一览');
    const total = rows.find((cells) => cells[0] === '合计（5 个项目）')!;
    expect(total.slice(6, 13)).toEqual([
      '10,000.00',
      '5,400.00',
      '2,000.00',
      '800.00',
      '900.00',
      '100.00',
      '900.00',
    ]);
    const closed = rows.find((cells) => cells[0] === '微基金项目〔2026〕1号')!;
    expect(closed.slice(6, 14)).toEqual([
      '2,000.00',
      '1,800.00',
      '1,000.00',
      '',
      '900.00',
      '100.00',
      '900.00',
      '',
    ]);
  }, 180_000);
});
