// `cli fund trial-balance|ledger` as the file holder: the 科目余额表 of a year or a month and one account's
// 明细账 found by its code, read back with ExcelJS. A refusal writes no file; reading changes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { saveFundSettings, voucherWriter } from '../../fixtures/fund-exports';

let backend: TestBackend;

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

const out = (name: string) => path.join(backend.dir, name);

async function sheetOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets[0]!;
}

beforeAll(async () => {
  backend = await openTestBackend();
  saveFundSettings(backend.db, '2025-01-01');
  const write = voucherWriter(backend.db);
  write('2025-01-01', '期初余额', [
    { account: '1002', debitFen: 200_000_00 },
    { account: '3101', creditFen: 200_000_00 },
  ]);
  write('2025-03-05', '收到捐赠', [
    { account: '1002', debitFen: 1_000_00 },
    { account: '4101', creditFen: 1_000_00 },
  ]);
});

afterAll(() => backend.dispose());

describe('cli fund', () => {
  it('writes the trial balance of a year and of one month, changing nothing', async () => {
    const before = fingerprint(backend.dbPath);
    const year = cli(
      'fund',
      'trial-balance',
      '--db',
      backend.dbPath,
      '--year',
      '2025',
      '--out',
      out('tb.xlsx'),
    );
    expect(year.out).toContain('已生成');
    expect(year.code).toBe(0);
    expect((await sheetOf(out('tb.xlsx'))).getCell('A1').value).toBe('2025年度科目余额表');
    const march = cli(
      'fund',
      'trial-balance',
      '--db',
      backend.dbPath,
      '--year',
      '2025',
      '--month',
      '3',
      '--out',
      out('tb-03.xlsx'),
    );
    expect(march.code).toBe(0);
    const sheet = await sheetOf(out('tb-03.xlsx'));
    expect(String(sheet.getCell('A2').value)).toContain('官渡民生服务基金');
    const values = JSON.stringify(sheet.getSheetValues());
    expect(values).toContain('2025年3月');
    expect(fingerprint(backend.dbPath)).toBe(before);
  });

  it('writes one account’s ledger found by its code', async () => {
    const result = cli(
      'fund',
      'ledger',
      '--db',
      backend.dbPath,
      '--account',
      '1002',
      '--year',
      '2025',
      '--out',
      out('ledger.xlsx'),
    );
    expect(result.code).toBe(0);
    const sheet = await sheetOf(out('ledger.xlsx'));
    expect(sheet.getCell('A1').value).toBe('2025年度明细账（1002 银行存款）');
    expect(sheet.getCell('C8').value).toBe('收到捐赠');
    expect(sheet.getCell('G8').value).toBe(201_000);
  });

  it('refuses an unknown account or month and writes no file', () => {
    const account = cli(
      'fund',
      'ledger',
      '--db',
      backend.dbPath,
      '--account',
      '9999',
      '--year',
      '2025',
      '--out',
      out('x.xlsx'),
    );
    expect(account.code).not.toBe(0);
    expect(account.out).toContain('找不到科目编码为“9999”');
    const month = cli(
      'fund',
      'trial-balance',
      '--db',
      backend.dbPath,
      '--year',
      '2025',
      '--month',
      '13',
      '--out',
      out('y.xlsx'),
    );
    expect(month.code).not.toBe(0);
    expect(month.out).toContain('--month：月份无效');
    expect(fs.existsSync(out('x.xlsx')) || fs.existsSync(out('y.xlsx'))).toBe(false);
  });
});
