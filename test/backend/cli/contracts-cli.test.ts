// `cli contracts register|notice` as the file holder: the year's register with its signed contracts (no
// draft), and a contract's 公告 found by its number or id, with the office's contact unless told otherwise.
// A refusal writes no file, and reading never changes the database.
// Needs the contracts services (providers, drafts, signing): it passes once they are integrated.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { officeSettingsInput } from '../../fixtures/builders';
import { communityWithApprovedYear, contractInput, providerInput } from '../../fixtures/contracts';
import { poppler } from '../../fixtures/poppler';

let backend: TestBackend;
let contractId = 0;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

const out = (name: string) => path.join(backend.dir, name);
const pdfText = (file: string) => poppler('pdftotext', ['-raw', file, '-']).replace(/\s+/gu, '');

beforeAll(async () => {
  backend = await openTestBackend();
  await backend.as('administrator').call('office.update', officeSettingsInput());
  const communityId = await communityWithApprovedYear(backend);
  const provider = await backend.call('providers.create', providerInput());
  await backend.call('providers.recordCheck', {
    providerId: provider.id,
    checkedOn: '2026-03-10',
    checkedBy: '测试员',
    creditChina: 'clear',
    procurementBlacklist: 'clear',
    declarationReceived: true,
    note: '',
  });
  const signed = await backend.call('contracts.create', contractInput(communityId, provider.id));
  contractId = signed.id;
  await backend.as('approver').call('contracts.sign', { id: signed.id, signedDate: '2026-03-15' });
  await backend.call(
    'contracts.create',
    contractInput(communityId, provider.id, { title: '尚未签订的草稿合同', priceFen: 120_000_00 }),
  );
  backend.close();
}, 120_000);
afterAll(() => fs.rmSync(backend.dir, { recursive: true, force: true }));

describe('cli contracts register', () => {
  it('exports the year register with the signed contract and not the draft, without a sign-in', async () => {
    const before = fingerprint(backend.dbPath);
    const run = cli(
      'contracts',
      'register',
      '--db',
      backend.dbPath,
      '--year',
      '2026',
      '--out',
      out('台账.xlsx'),
    );
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('已生成：');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('台账.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('2026年度政府购买服务合同台账');
    expect(sheet.getCell(4, 2).value).toBe('购〔2026〕1号');
    expect(sheet.getCell(4, 3).value).toBe('2026 年度社区老年人助餐与探访服务项目');
    expect(sheet.getCell(4, 9).value).toBe(120_000);
    expect(sheet.getCell(5, 1).value).toBe('合计（1 份）');
    const texts: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts.join('')).not.toContain('尚未签订的草稿合同');
    expect(fingerprint(backend.dbPath)).toBe(before);
  }, 60_000);

  it('refuses a bad year and writes nothing', () => {
    const run = cli(
      'contracts',
      'register',
      '--db',
      backend.dbPath,
      '--year',
      '26',
      '--out',
      out('bad.xlsx'),
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('--year：年度无效：26');
    expect(fs.existsSync(out('bad.xlsx'))).toBe(false);
  });
});

describe('cli contracts notice', () => {
  it('finds the contract by its number and signs with the office contact by default', () => {
    const before = fingerprint(backend.dbPath);
    const file = out('公告.pdf');
    const run = cli(
      'contracts',
      'notice',
      '--db',
      backend.dbPath,
      '--contract',
      '购〔2026〕1号',
      '--start',
      '2026-03-16',
      '--issue-date',
      '2026-03-16',
      '--out',
      file,
    );
    expect(run.code, run.out).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('关于2026年度社区老年人助餐与探访服务项目政府购买服务合同的公告');
    expect(text).toContain('公告期：自2026年3月16日至2026年3月20日（5个工作日）。');
    expect(text).toContain('联系人及电话：张敏0871-60000000');
    expect(text).toContain('特此公告。');
    expect(text).toContain('关上街道办事处2026年3月16日');
    expect(fingerprint(backend.dbPath)).toBe(before);
  }, 60_000);

  it('takes the contract id, the days and another contact', () => {
    const file = out('公告-id.pdf');
    const run = cli(
      'contracts',
      'notice',
      '--db',
      backend.dbPath,
      '--contract',
      String(contractId),
      '--start',
      '2026-03-16',
      '--days',
      '3',
      '--contact',
      '陈静',
      '--phone',
      '028-86001234',
      '--out',
      file,
    );
    expect(run.code, run.out).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('公告期：自2026年3月16日至2026年3月18日（3个工作日）。');
    expect(text).toContain('联系人及电话：陈静028-86001234');
  }, 60_000);

  it('refuses a number no contract has, and writes nothing', () => {
    const file = out('none.pdf');
    const run = cli(
      'contracts',
      'notice',
      '--db',
      backend.dbPath,
      '--contract',
      '购〔2026〕9号',
      '--out',
      file,
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('--contract：找不到编号为“购〔2026〕9号”的合同');
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('refuses a date that is not one', () => {
    const file = out('bad-date.pdf');
    const run = cli(
      'contracts',
      'notice',
      '--db',
      backend.dbPath,
      '--contract',
      '1',
      '--start',
      '2026-02-30',
      '--out',
      file,
    );
    expect(run.code).toBe(1);
    expect(run.out).toContain('--start：日期无效：2026-02-30');
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);

  it('names the documents it knows when given another', () => {
    const run = cli('contracts', 'ledger', '--db', backend.dbPath, '--out', out('x'));
    expect(run.code).toBe(1);
    expect(run.out).toContain('未知的合同文书：ledger，可用：register、notice');
  });
});
