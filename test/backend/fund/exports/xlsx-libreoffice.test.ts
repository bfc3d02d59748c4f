// The fund's xlsx reports opened by LibreOffice, a real third-party reader: 科目余额表, 明细账, 限定用途余额表,
// 业务活动表 and 资产负债表 of a real fund, produced through their channels, converted to CSV in one soffice
// start (it is slow), and every figure read back equal to what the channel's on-screen report answers.
// (捐赠收入明细 has its own LibreOffice check in fund-exports.test.ts.) LibreOffice recalculates every formula
// on load, so a 合计 written as a formula is LibreOffice's own sum.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../../../shared/contract';
import { makeTempDir, type TestBackend } from '../../../fixtures/backend';
import { accountId, addDesignation, openFundBooks, postRaw, seedYear } from '../../../fixtures/fund-periods';
import { convertWithLibreOffice, csvFormat, parseCsv } from '../../../fixtures/libreoffice';

let backend: TestBackend;
const sheets = new Map<string, string[][]>();

/** A figure LibreOffice shows as 10,395.00 (or -5.00; blank for nothing) back in fen, exactly. */
function fen(cell: string | undefined): number {
  if (cell === undefined || cell === '') return 0;
  expect(cell, 'a figure in yuan with two decimals').toMatch(/^-?\d{1,3}(,\d{3})*\.\d{2}$/);
  return Number(cell.replace(/[,.]/g, ''));
}

function sheet(name: string): string[][] {
  const rows = sheets.get(name);
  if (!rows) throw new Error(`LibreOffice wrote no CSV for ${name}`);
  return rows;
}

function rowWhere(name: string, column: number, text: string): string[] {
  const row = sheet(name).find((cells) => cells[column] === text);
  if (!row) throw new Error(`${name}: no row with「${text}」in column ${column + 1}`);
  return row;
}

/** The fund of the periods fixture, with a red reversal and a second designation's gift added. */
function seedFund(): void {
  seedYear(backend);
  const charge = postRaw(backend.db, {
    kind: 'bank_charge',
    date: '2026-05-08',
    lines: [
      ['5201', null, 1_250, 0],
      ['1002', null, 0, 1_250],
    ],
  });
  postRaw(backend.db, {
    kind: 'reversal',
    date: '2026-05-20',
    reversesId: charge,
    lines: [
      ['5201', null, -1_250, 0],
      ['1002', null, 0, -1_250],
    ],
  });
  const children = addDesignation(backend.db, '儿童之家');
  postRaw(backend.db, {
    kind: 'donation',
    date: '2026-06-18',
    lines: [
      ['1002', null, 1_234_567, 0],
      ['4101', children, 0, 1_234_567],
    ],
  });
}

beforeAll(async () => {
  backend = await openFundBooks();
  seedFund();
  const bank = accountId(backend.db, '1002');
  const files = {
    trial: await backend.call('fund.trialBalanceXlsx', { year: 2026 }),
    ledger: await backend.call('fund.ledgerXlsx', { accountId: bank, year: 2026 }),
    designations: await backend.call('fund.designationXlsx', { year: 2026 }),
    activity: await backend.call('fund.activityXlsx', { year: 2026 }),
    balance: await backend.call('fund.balanceSheetXlsx', { year: 2026, month: 12 }),
  };
  const dir = makeTempDir('fund-libreoffice-');
  const paths = Object.entries(files).map(([name, file]) => {
    const file_ = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file_, file.bytes);
    return file_;
  });
  convertWithLibreOffice(paths, csvFormat, dir);
  // LibreOffice names each CSV after its workbook and sheet: trial-科目余额表.csv.
  for (const name of Object.keys(files)) {
    const csv = fs.readdirSync(dir).find((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.csv'));
    if (csv) sheets.set(name, parseCsv(fs.readFileSync(path.join(dir, csv), 'utf8')));
  }
}, 180_000);
afterAll(() => backend?.dispose());

describe('the fund xlsx opened in LibreOffice keep the figures of the on-screen reports', () => {
  it('科目余额表: every account and the 合计', async () => {
    const report = await backend.call('fund.trialBalance', { year: 2026, fromMonth: 1, toMonth: 12 });
    expect(sheet('trial')[0]![0]).toBe('2026年度科目余额表');
    const amounts = (row: ChannelOutput<'fund.trialBalance'>['totals']) => [
      row.openingDebitFen,
      row.openingCreditFen,
      row.periodDebitFen,
      row.periodCreditFen,
      row.closingDebitFen,
      row.closingCreditFen,
    ];
    for (const row of report.rows) {
      const printed = rowWhere('trial', 0, row.code);
      expect([printed[1], ...printed.slice(2, 8).map(fen)], row.code).toEqual([row.name, ...amounts(row)]);
    }
    expect(rowWhere('trial', 0, '合计').slice(2, 8).map(fen)).toEqual(amounts(report.totals));
    // 10,000.00 opening + 500.00 + 300.00 + 12,345.67 received, 400.00 and 5.00 paid, the 12.50 reversed.
    expect(rowWhere('trial', 0, '1002').slice(6, 8)).toEqual(['22,740.67', '0.00']);
  });

  it('明细账: each line with its running balance, 本月合计 and 本年累计, the red line negative', async () => {
    const bank = accountId(backend.db, '1002');
    const page = await backend.call('fund.ledger', { accountId: bank, year: 2026, limit: 1000 });
    const sides = { debit: '借', credit: '贷', flat: '平' };
    const expected = page.entries.map((entry) => [
      entry.type === 'line' ? entry.number : entry.type === 'month_total' ? '本月合计' : '本年累计',
      entry.debitFen,
      entry.creditFen,
      sides[entry.balance.side],
      entry.balance.fen,
    ]);
    const rows = sheet('ledger');
    // 2026 is the fund's first year: its opening voucher is the 期初余额 row, not a line.
    const first = rows.findIndex((cells) => cells[2] === '期初余额');
    expect(page.opening.fen).toBe(10_000_00);
    expect([rows[first]![5], fen(rows[first]![6])]).toEqual([sides[page.opening.side], page.opening.fen]);
    const printed = rows
      .slice(first + 1, first + 1 + expected.length)
      .map((cells) => [cells[1] || cells[2], fen(cells[3]), fen(cells[4]), cells[5], fen(cells[6])]);
    expect(printed).toEqual(expected);
    const red = page.entries.find((entry) => entry.type === 'line' && entry.red)!;
    expect(red.type === 'line' && rowWhere('ledger', 1, red.number)[4]).toBe('-12.50');
    // Nothing after the year's last 本年累计 but the blank row before the signature line.
    expect(rows[first + 1 + expected.length]!.join('')).toBe('');
  });

  it('限定用途余额表: each designation and the 合计', async () => {
    const report = await backend.call('fund.designationReport', { year: 2026 });
    expect(report.rows).toHaveLength(2);
    const amounts = (row: ChannelOutput<'fund.designationReport'>['totals']) => [
      row.openingAvailableFen,
      row.receivedFen,
      row.usedFen,
      row.releasedFen,
      row.liftedFen,
      row.closingAvailableFen,
    ];
    for (const row of report.rows)
      expect(rowWhere('designations', 1, row.name).slice(4, 10).map(fen), row.name).toEqual(amounts(row));
    expect(rowWhere('designations', 0, '合计').slice(4, 10).map(fen)).toEqual(amounts(report.totals));
    expect(rowWhere('designations', 1, '儿童之家')[9]).toBe('12,345.67');
  });

  it('业务活动表: every line in its three columns', async () => {
    const report = await backend.call('fund.activityStatement', { year: 2026 });
    const lines = report.rows.filter((row) => !row.heading);
    expect(lines.length).toBeGreaterThan(10);
    for (const row of lines)
      expect(rowWhere('activity', 0, row.label).slice(2, 5).map(fen), row.label).toEqual([
        row.unrestrictedFen,
        row.restrictedFen,
        row.totalFen,
      ]);
    expect(rowWhere('activity', 0, '捐赠收入').slice(2, 5)).toEqual(['500.00', '12,645.67', '13,145.67']);
  });

  it('资产负债表: both sides in both columns, the totals equal', async () => {
    // toEqual tells -0 from 0: an empty row of the report must be a plain 0, as its cell shows.
    const plain = (row: { openingFen: number; closingFen: number }) => [row.openingFen, row.closingFen];
    const report = await backend.call('fund.balanceSheet', { year: 2026, month: 12 });
    expect(report.balanced).toBe(true);
    for (const row of report.assets.filter((entry) => !entry.heading))
      expect(rowWhere('balance', 0, row.label).slice(2, 4).map(fen), row.label).toEqual(plain(row));
    for (const row of report.liabilitiesAndNetAssets.filter((entry) => !entry.heading))
      expect(rowWhere('balance', 4, row.label).slice(6, 8).map(fen), row.label).toEqual(plain(row));
    expect(rowWhere('balance', 0, '资产总计')[3]).toBe('22,740.67');
    expect(rowWhere('balance', 4, '负债和净资产总计')[7]).toBe('22,740.67');
  });
});
