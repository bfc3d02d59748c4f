// `cli check` on the fund's books: each rule, broken by raw SQL on a copy of a healthy file (months
// January to March closed through the channels), is named in Chinese and exits 1.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useBrokenCopies } from '../../../fixtures/broken-copies';
import { openFundBooks, seedYear } from '../../../fixtures/fund-periods';

async function seedFund() {
  const backend = await openFundBooks();
  const seeded = seedYear(backend);
  for (const month of ['2026-01', '2026-02', '2026-03'])
    await backend.as('approver').call('fund.closeMonth', { month });
  return { backend, seeded };
}

const copies = useBrokenCopies(seedFund);

function lineOf(db: Database.Database, date: string, code: string): number {
  return (
    db
      .prepare(
        `SELECT l.id FROM fund_voucher_line l JOIN fund_account a ON a.id = l.account_id
         WHERE l.voucher_date = ? AND a.code = ?`,
      )
      .get(date, code) as { id: number }
  ).id;
}

describe('cli check on the fund', () => {
  it('passes the healthy file', async () => {
    const { code, out } = await copies.check(copies.healthy);
    expect(out).not.toContain('✗');
    expect(code).toBe(0);
  });

  it('names an unbalanced voucher and month totals that no longer equal the lines', async () => {
    const file = copies.broken(
      (db) =>
        db
          .prepare('UPDATE fund_voucher_line SET credit_fen = 400 WHERE id = ?')
          .run(lineOf(db, '2026-04-02', '1002')),
      ['fund_voucher_line_no_update'],
    );
    await copies.expectFinding(file, '记账凭证 记-2026-04-0001 借贷不平：借方合计 5.00 元，贷方合计 4.00 元');
    await copies.expectFinding(
      file,
      '科目月合计与凭证分录不符：2026-04 科目 1002 银行存款：分录借方 0.00 元、贷方 4.00 元，月合计借方 0.00 元、贷方 5.00 元',
    );
  });

  it('names a month total edited by hand', async () => {
    const file = copies.broken((db) =>
      db.exec(`UPDATE fund_period_total SET debit_fen = debit_fen + 1 WHERE period = '2026-04'
               AND account_id = (SELECT id FROM fund_account WHERE code = '5201')`),
    );
    await copies.expectFinding(file, '科目月合计与凭证分录不符：2026-04 科目 5201 管理费用');
  });

  it('names a closed month whose vouchers changed after the close, even when it still balances', async () => {
    const file = copies.broken(
      (db) => {
        db.prepare('UPDATE fund_voucher_line SET debit_fen = 60000 WHERE id = ?').run(
          lineOf(db, '2026-02-10', '1002'),
        );
        db.prepare('UPDATE fund_voucher_line SET credit_fen = 60000 WHERE id = ?').run(
          lineOf(db, '2026-02-10', '4101'),
        );
      },
      ['fund_voucher_line_no_update'],
    );
    await copies.expectFinding(file, '已结账月份 2026-02 的凭证在结账后被改动：校验码与结账时');
    const { out } = await copies.check(file);
    expect(out).not.toContain('2026-02 借贷不平');
  });

  it('names a closed month that no longer balances', async () => {
    const file = copies.broken(
      (db) =>
        db
          .prepare('UPDATE fund_voucher_line SET debit_fen = 1 WHERE id = ?')
          .run(lineOf(db, '2026-01-01', '1002')),
      ['fund_voucher_line_no_update'],
    );
    await copies.expectFinding(file, '已结账月份 2026-01 借贷不平');
  });

  it('names a designation that ran below zero, and the day it did', async () => {
    const file = copies.broken(
      (db) => {
        const release = db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'release'`).get() as {
          id: number;
        };
        db.prepare(
          `UPDATE fund_voucher_line SET debit_fen = 300000 WHERE voucher_id = ? AND debit_fen > 0`,
        ).run(release.id);
        db.prepare(
          `UPDATE fund_voucher_line SET credit_fen = 300000 WHERE voucher_id = ? AND credit_fen > 0`,
        ).run(release.id);
      },
      ['fund_voucher_line_no_update'],
    );
    await copies.expectFinding(file, '限定用途「助老项目」在 2026-03-20 的可用余额为 -700.00 元，低于零');
  });

  it('names designated spending without its release', async () => {
    const file = copies.broken(
      (db) => {
        const release = db.prepare(`SELECT id FROM fund_voucher WHERE kind = 'release'`).get() as {
          id: number;
        };
        db.prepare('DELETE FROM fund_voucher_line WHERE voucher_id = ?').run(release.id);
        db.prepare('DELETE FROM fund_voucher WHERE id = ?').run(release.id);
      },
      ['fund_voucher_line_no_delete', 'fund_voucher_no_delete'],
    );
    await copies.expectFinding(
      file,
      '记账凭证 记-2026-03-0002 使用了限定性资金，但没有对应的限定性净资产转为非限定性净资产凭证',
    );
  });

  it('names a line on an account that has sub-accounts', async () => {
    const file = copies.broken((db) =>
      db.exec(`INSERT INTO fund_account (code, name, kind, normal_side, designation_rule, parent_id, standard)
               SELECT '520101', '办公费', kind, normal_side, designation_rule, id, 0 FROM fund_account WHERE code = '5201'`),
    );
    await copies.expectFinding(
      file,
      '记账凭证 记-2026-04-0001 记入了有明细科目的上级科目 5201 管理费用，应记入明细科目',
    );
  });
});
