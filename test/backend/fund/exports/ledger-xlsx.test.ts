// 明细账 as xlsx through fund.ledgerXlsx, read back with ExcelJS: in the year of the fund's opening
// voucher its first row is 期初余额 (the opening voucher is not a line), after it 上年结转; and every row
// of the workbook equals the screen's ledger (fund.ledger) line for line, totals included.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../fixtures/backend';
import { accountId } from '../../../fixtures/fund-periods';
import { twoYearsOfBooks } from '../reports/ledger-reference';

let backend: TestBackend;
afterEach(() => backend?.dispose());

const sideLabels = { debit: '借', credit: '贷', flat: '平' } as const;

async function rowsOf(bytes: Uint8Array): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number < 4) return;
    const values = row.values as unknown[];
    rows.push(Array.from({ length: 7 }, (_, i) => values[i + 1] ?? ''));
  });
  return rows;
}

const yuan = (fen: number) => (fen === 0 ? '' : fen / 100);

describe('明细账 xlsx and the screen ledger', () => {
  it('opens the opening voucher’s year with 期初余额 and matches fund.ledger row for row', async () => {
    const books = await twoYearsOfBooks();
    backend = books.backend;
    const scopes = [
      { accountId: accountId(backend.db, '1002'), designationId: null },
      { accountId: accountId(backend.db, '3102'), designationId: books.school },
    ];
    for (const year of [2025, 2026])
      for (const scope of scopes) {
        const screen = await backend.call('fund.ledger', { ...scope, year, offset: 0, limit: 1000 });
        const file = await backend.call('fund.ledgerXlsx', { ...scope, year });
        const rows = await rowsOf(file.bytes);
        expect(rows[0]).toEqual([
          `${year}-01-01`,
          '',
          year === 2025 ? '期初余额' : '上年结转',
          '',
          '',
          sideLabels[screen.opening.side],
          screen.opening.fen / 100,
        ]);
        // A total row is dated with its month's last line.
        let lastDate = '';
        const expected = screen.entries.map((entry) => {
          if (entry.type === 'line') lastDate = entry.date;
          const label = entry.type === 'month_total' ? '本月合计' : '本年累计';
          return [
            ...(entry.type === 'line' ? [entry.date, entry.number, entry.summary] : [lastDate, '', label]),
            yuan(entry.debitFen),
            yuan(entry.creditFen),
            sideLabels[entry.balance.side],
            entry.balance.fen / 100,
          ];
        });
        expect(expected.length).toBeGreaterThan(40);
        expect(rows.slice(1, 1 + expected.length)).toEqual(expected);
        expect(String(rows[rows.length - 1]![0])).toContain('单位负责人');
      }
  });
});
