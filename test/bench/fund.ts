// The micro-fund's figures (issue #12: 1,000,000 voucher lines over ten years): a year's trial balance,
// one account's ledger page, a month's voucher list, one voucher posted, and the 明细账 xlsx of 100,000
// lines through the streaming writer, each beside the raw library doing the same work in the same run
// (a GROUP BY over the lines, a bare SELECT … LIMIT … OFFSET, the list's bare page, a bare INSERT, exceljs
// streaming the same rows without styles), printed as a ratio, with the load average around the run. The seed is written straight into the real schema with prepared statements
// in transactions, vouchers posted first and their lines through the real trigger that keeps the month
// totals; the measured calls go through the dispatcher.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { openTestBackend, type TestBackend } from '../fixtures/backend';
import { accountId, saveFundSettings, voucherWriter } from '../fixtures/fund-exports';

const firstYear = 2016;
const lastYear = 2025;
/** 2 lines a voucher, with the opening voucher's 2 exactly 1,000,000: 399,999 vouchers over 2016–2024 and
 * 100,000 in 2025, whose bank account then has 100,000 lines in the year (the ledger workbook's size). */
const vouchersIn = (year: number) =>
  year === lastYear ? 100_000 : year === firstYear ? 399_999 - 8 * 44_444 : 44_444;
const runs = 10;

async function msEach(run: (index: number) => Promise<unknown> | unknown, times = runs): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < times; index += 1) await run(index);
  return Number(process.hrtime.bigint() - started) / 1e6 / times;
}

const line = (ms: number, what: string) => console.log(`${ms.toFixed(1).padStart(9)} ms  ${what}`);
const ratio = (ours: number, raw: number) => `${(ours / raw).toFixed(ours < raw ? 3 : 1)}×`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function seed(backend: TestBackend): number {
  saveFundSettings(backend.db, `${firstYear}-01-01`);
  const write = voucherWriter(backend.db);
  let lines = 0;
  write(
    `${firstYear}-01-01`,
    '期初余额',
    [
      { account: '1002', debitFen: 200_000_00 },
      { account: '3101', creditFen: 200_000_00 },
    ],
    { kind: 'opening' },
  );
  lines += 2;
  for (let year = firstYear; year <= lastYear; year += 1) {
    const count = vouchersIn(year);
    backend.db.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        const month = String(1 + Math.floor((index * 12) / count)).padStart(2, '0');
        const day = String(1 + (index % 28)).padStart(2, '0');
        const date = `${year}-${month}-${day}`;
        const fen = 100_00 + (index % 997);
        if (index % 2 === 0) {
          write(date, '收到捐赠', [
            { account: '1002', debitFen: fen },
            { account: '4101', creditFen: fen },
          ]);
        } else {
          write(date, '支付服务费', [
            { account: index % 3 === 0 ? '5201' : '5101', debitFen: fen - 50_00 },
            { account: '1002', creditFen: fen - 50_00 },
          ]);
        }
        lines += 2;
      }
    })();
  }
  return lines;
}

/** The rows of the bank account's year written by exceljs's streaming writer alone, without styles. */
async function rawLedgerXlsx(backend: TestBackend, accountKey: number, year: number): Promise<number> {
  const collector = new PassThrough();
  let bytes = 0;
  collector.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: collector,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('明细账');
  const rows = backend.db
    .prepare(
      `SELECT l.voucher_date, v.period, v.seq, v.summary, l.debit_fen, l.credit_fen
       FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       WHERE l.account_id = ? AND l.voucher_date BETWEEN ? AND ? ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no`,
    )
    .raw()
    .iterate(accountKey, `${year}-01-01`, `${year}-12-31`) as Iterable<unknown[]>;
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return bytes;
}

export async function benchFund(): Promise<void> {
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  console.log('\nfund: 1,000,000 voucher lines over 2016–2025 (100,000 lines of 1002 银行存款 in 2025)');
  console.log(`          load average at start: ${load()} (${os.cpus().length} CPUs)`);
  const backend = await openTestBackend({ clock: () => new Date('2026-03-15T09:30:00+08:00') });
  try {
    const seedStarted = process.hrtime.bigint();
    const lines = seed(backend);
    const seedMs = Number(process.hrtime.bigint() - seedStarted) / 1e6;
    line(
      seedMs,
      `seed: ${lines.toLocaleString('en')} lines written through the month-total trigger (not a target)`,
    );
    const bankId = accountId(backend.db, '1002');

    const trial = await msEach(() =>
      backend.call('fund.trialBalance', { year: lastYear, fromMonth: 1, toMonth: 12 }),
    );
    const groupBy = backend.db.prepare(
      `SELECT account_id, sum(debit_fen), sum(credit_fen) FROM fund_voucher_line
       WHERE voucher_date BETWEEN ? AND ? GROUP BY account_id`,
    );
    const rawTrial = await msEach(() => groupBy.all(`${lastYear}-01-01`, `${lastYear}-12-31`));
    line(
      trial,
      `fund.trialBalance: a year (target < 500 ms); raw GROUP BY over the lines ${rawTrial.toFixed(1)} ms, ${ratio(trial, rawTrial)}`,
    );

    // Pages spread over the year (first, last and between), and the bare SELECT … LIMIT … OFFSET of the
    // same page in the same order, which steps over every line before it.
    const offsetOf = (index: number) => (index === runs - 1 ? 99_900 : (index * 11_113) % 99_900);
    const page = await msEach((index) =>
      backend.call('fund.ledger', { accountId: bankId, year: lastYear, offset: offsetOf(index), limit: 100 }),
    );
    const select = backend.db.prepare(
      `SELECT l.*, v.period, v.seq FROM fund_voucher_line l JOIN fund_voucher v ON v.id = l.voucher_id
       WHERE l.account_id = ? AND l.voucher_date BETWEEN ? AND ?
       ORDER BY l.voucher_date, v.seq, l.voucher_id, l.line_no LIMIT 100 OFFSET ?`,
    );
    const rawPage = await msEach((index) =>
      select.all(bankId, `${lastYear}-01-01`, `${lastYear}-12-31`, offsetOf(index)),
    );
    const rawFirst = await msEach(() => select.all(bankId, `${lastYear}-01-01`, `${lastYear}-12-31`, 0));
    line(
      page,
      `fund.ledger: a page of 100 of 1002's 100,000 lines in ${lastYear}, spread over the year (target < 100 ms); ` +
        `raw SELECT … LIMIT … OFFSET of the same pages ${rawPage.toFixed(2)} ms, ${ratio(page, rawPage)}; ` +
        `raw first page alone ${rawFirst.toFixed(2)} ms, ${ratio(page, rawFirst)}`,
    );

    const list = await msEach(() =>
      backend.call('fund.vouchers', { period: `${lastYear}-06`, offset: 0, limit: 50 }),
    );
    // The same 50 rows in the list's order, without the count, Σ 借方 and the people.
    const rawList = backend.db.prepare(
      `SELECT * FROM fund_voucher WHERE voucher_date BETWEEN ? AND ?
       ORDER BY voucher_date DESC, period IS NULL, seq DESC, id DESC LIMIT 50`,
    );
    const rawListMs = await msEach(() => rawList.all(`${lastYear}-06-01`, `${lastYear}-06-31`));
    line(
      list,
      `fund.vouchers: a month's list, first 50 of ~8,300 with count and Σ 借方 (target < 100 ms); raw SELECT … LIMIT ${rawListMs.toFixed(2)} ms, ${ratio(list, rawListMs)}`,
    );

    await benchPosting(backend);

    await benchLedgerXlsx(backend, bankId);
    console.log(`          load average at end: ${load()}`);
  } finally {
    backend.dispose();
  }
}

/** One warm-up of both writers on a small ledger (so neither pays exceljs's first use), then ours
 * through its channel with its memory, then the raw writer on the same lines. */
async function benchLedgerXlsx(backend: TestBackend, bankId: number): Promise<void> {
  const small = accountId(backend.db, '5201');
  await backend.call('fund.ledgerXlsx', { accountId: small, year: firstYear });
  await rawLedgerXlsx(backend, small, firstYear);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const cpuBefore = process.cpuUsage();
  const xlsxStarted = process.hrtime.bigint();
  const file = await backend.call('fund.ledgerXlsx', { accountId: bankId, year: lastYear });
  const xlsxMs = Number(process.hrtime.bigint() - xlsxStarted) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const heapAfter = process.memoryUsage().heapUsed;
  fs.writeFileSync(path.join(backend.dir, 'ledger.xlsx'), file.bytes);
  const rawCpuBefore = process.cpuUsage();
  const rawStarted = process.hrtime.bigint();
  const rawBytes = await rawLedgerXlsx(backend, bankId, lastYear);
  const rawMs = Number(process.hrtime.bigint() - rawStarted) / 1e6;
  const rawCpu = process.cpuUsage(rawCpuBefore);
  const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  line(
    xlsxMs,
    `fund.ledgerXlsx: 明细账 of 100,000 lines, styled, streamed (target < 5 s, < 300 MB): ${mb(file.bytes.length)} file, ` +
      `CPU ${cpuMs(cpu).toFixed(0)} ms, RSS +${mb(peakRss - rssBefore)} (process peak ${mb(peakRss)}), heap +${mb(heapAfter - heapBefore)}; ` +
      `raw exceljs stream of the same lines without styles ${rawMs.toFixed(0)} ms, CPU ${cpuMs(rawCpu).toFixed(0)} ms (${mb(rawBytes)}), ` +
      `${ratio(xlsxMs, rawMs)}`,
  );
}

async function benchPosting(backend: TestBackend): Promise<void> {
  const bank = accountId(backend.db, '1002');
  const income = accountId(backend.db, '4901');
  const drafts: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const draft = await backend.send('fund.createVoucher', {
      kind: 'general',
      date: '2026-01-15',
      summary: `基准凭证${index}`,
      attachments: 1,
      hostReference: '',
      counterparty: '',
      lines: [
        { accountId: bank, designationId: null, summary: '', debitFen: 10_00, creditFen: 0 },
        { accountId: income, designationId: null, summary: '', debitFen: 0, creditFen: 10_00 },
      ],
    });
    if (!draft.ok) {
      console.log(`          fund.postVoucher: not measured (${draft.error.message})`);
      return;
    }
    await backend.call('fund.submitVoucher', { id: draft.data.id });
    drafts.push(draft.data.id);
  }
  const approver = backend.as('approver');
  const post = await msEach((index) => approver.call('fund.postVoucher', { id: drafts[index]! }));
  backend.db.exec(
    'CREATE TABLE bench_line (voucher_id INTEGER, account_id INTEGER, debit_fen INTEGER, credit_fen INTEGER, voucher_date TEXT)',
  );
  const bare = backend.db.prepare('INSERT INTO bench_line VALUES (?, ?, ?, ?, ?)');
  const rawInsert = await msEach((index) =>
    backend.db.transaction(() => {
      bare.run(index, bank, 10_00, 0, '2026-01-15');
      bare.run(index, income, 0, 10_00, '2026-01-15');
    })(),
  );
  line(
    post,
    `fund.postVoucher: one voucher posted, numbered, audited (target < 20 ms); raw INSERT of its 2 lines ${rawInsert.toFixed(2)} ms, ${ratio(post, rawInsert)}`,
  );
}
