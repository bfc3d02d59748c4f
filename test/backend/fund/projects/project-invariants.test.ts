// `cli check` on the welfare projects: a fund whose projects were taken through the channels passes; each
// rule, broken by raw SQL on a copy of that file (past the triggers and CHECKs that guard the way in), is
// named in Chinese and exits 1.
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useBrokenCopies } from '../../../fixtures/broken-copies';
import { openProjectCheckWorld, type ProjectCheckWorld } from './project-check-world';

const copies = useBrokenCopies(async () => {
  const world = await openProjectCheckWorld();
  return { backend: world.backend, seeded: world.ids };
});
const ids = (): ProjectCheckWorld['ids'] => copies.seeded();

/** The live (posted, not reversed) payment voucher of a project's first instalment. */
function livePayment(db: Database.Database, projectId: number): number {
  const row = db
    .prepare(
      `SELECT v.id FROM fund_project_payment pay JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher v ON v.id = pay.voucher_id
        WHERE i.project_id = ? AND i.seq = 1 AND v.reversed_by_id IS NULL`,
    )
    .get(projectId) as { id: number };
  return row.id;
}

const closingVoucher = (db: Database.Database) =>
  (
    db
      .prepare('SELECT voucher_id AS id FROM fund_project_closing WHERE project_id = ?')
      .get(ids().closed) as {
      id: number;
    }
  ).id;

const setProject = (db: Database.Database, id: number, set: string) =>
  db.prepare(`UPDATE fund_project SET ${set} WHERE id = ?`).run(id);
const setClosing = (db: Database.Database, set: string) =>
  db.prepare(`UPDATE fund_project_closing SET ${set} WHERE project_id = ?`).run(ids().closed);

const frozenProject = ['fund_project_ended_frozen'];
const frozenClosing = ['fund_project_closing_no_update'];

describe('cli check on the welfare projects', () => {
  it('passes projects in every state reached through the channels, a reversed payment among them', async () => {
    const { code, out } = await copies.check(copies.healthy);
    expect(out).not.toContain('✗');
    expect(code).toBe(0);
  });

  it('names budget lines that no longer add up to the budget', async () => {
    const file = copies.broken(
      (db) =>
        db
          .prepare('UPDATE fund_project_budget_line SET amount_fen = amount_fen + 100 WHERE project_id = ?')
          .run(ids().submitted),
      ['fund_project_budget_line_no_update'],
    );
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕4号 的预算明细合计 2,002.00 元，与预算金额 2,000.00 元不一致',
    );
  });

  it('names an approved amount beyond the budget, or other than the 管委会 decided', async () => {
    const file = copies.broken((db) => setProject(db, ids().inProgress, 'approved_fen = 300000'));
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕2号 的批准金额 3,000.00 元超过预算金额 2,000.00 元',
    );
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕2号 的批准金额 3,000.00 元，与管委会决议批准的 1,800.00 元不一致',
    );
  });

  it('names instalments that no longer add up to the approved amount', async () => {
    const file = copies.broken(
      (db) =>
        db
          .prepare('UPDATE fund_project_instalment SET amount_fen = 70000 WHERE project_id = ? AND seq = 2')
          .run(ids().inProgress),
      ['fund_project_instalment_no_update'],
    );
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕2号 的拨付计划各期合计 1,700.00 元，与批准金额 1,800.00 元不一致',
    );
  });

  it('names a payment voucher that is not a grant, or pays another amount, or off the designation', async () => {
    const file = copies.broken(
      (db) => {
        const voucher = livePayment(db, ids().inProgress);
        db.prepare(`UPDATE fund_voucher SET kind = 'general' WHERE id = ?`).run(voucher);
        db.prepare(
          `UPDATE fund_voucher_line SET debit_fen = 50000, designation_id = NULL WHERE voucher_id = ? AND debit_fen > 0`,
        ).run(voucher);
        db.prepare(
          `UPDATE fund_voucher_line SET credit_fen = 50000 WHERE voucher_id = ? AND credit_fen > 0`,
        ).run(voucher);
      },
      ['fund_voucher_posted_frozen', 'fund_voucher_line_no_update'],
    );
    const voucher = '公益项目 微基金项目〔2026〕2号 第 1 期的拨付凭证 记-2026-03-0008';
    await copies.expectFinding(file, `${voucher} 不是拨付资助凭证`);
    await copies.expectFinding(file, `${voucher} 支出 500.00 元，与该期拨付金额 1,000.00 元不符`);
    await copies.expectFinding(file, `${voucher} 支出的限定用途与项目的限定用途不同`);
  });

  it('names a payment dated after the project was closed', async () => {
    const file = copies.broken((db) => setClosing(db, `closed_on = '2026-03-05'`), frozenClosing);
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕1号 第 1 期的拨付凭证 记-2026-03-0002 日期 2026-03-06 晚于结项日期 2026-03-05：结项后不能再拨付',
    );
  });

  it('names a closing whose paid, used, returned or leftover figures no longer agree', async () => {
    const paid = copies.broken(
      (db) => setClosing(db, 'paid_fen = 110000, returned_fen = 20000'),
      frozenClosing,
    );
    await copies.expectFinding(
      paid,
      '公益项目 微基金项目〔2026〕1号 结项登记的已拨付 1,100.00 元，与已记账的拨付凭证合计 1,000.00 元不符',
    );
    const returned = copies.broken((db) => setClosing(db, 'returned_fen = 5000'), frozenClosing);
    await copies.expectFinding(
      returned,
      '公益项目 微基金项目〔2026〕1号 结项时实际使用 900.00 元加退回 50.00 元，不等于已拨付的 1,000.00 元',
    );
    const leftover = copies.broken((db) => setClosing(db, 'leftover_fen = 0'), frozenClosing);
    await copies.expectFinding(
      leftover,
      '公益项目 微基金项目〔2026〕1号 结项登记的结余 0.00 元，应为批准金额 1,800.00 元减实际使用 900.00 元',
    );
  });

  it('names a closing without the voucher that books it, or a voucher booking other figures', async () => {
    const unbooked = copies.broken((db) => setClosing(db, 'voucher_id = NULL'), frozenClosing);
    await copies.expectFinding(
      unbooked,
      '公益项目 微基金项目〔2026〕1号 结项退回 100.00 元、结余 900.00 元，却没有结项凭证',
    );
    const redated = copies.broken(
      (db) =>
        db
          .prepare(`UPDATE fund_voucher SET voucher_date = '2026-03-11' WHERE id = ?`)
          .run(closingVoucher(db)),
      ['fund_voucher_posted_frozen'],
    );
    await copies.expectFinding(
      redated,
      '公益项目 微基金项目〔2026〕1号 的结项凭证日期 2026-03-11 与结项日期 2026-03-10 不同',
    );
    const halved = copies.broken(
      (db) => {
        const id = closingVoucher(db);
        db.prepare(
          'UPDATE fund_voucher_line SET debit_fen = 5000 WHERE voucher_id = ? AND debit_fen > 0',
        ).run(id);
        db.prepare(
          'UPDATE fund_voucher_line SET credit_fen = 5000 WHERE voucher_id = ? AND credit_fen > 0',
        ).run(id);
      },
      ['fund_voucher_line_no_update'],
    );
    await copies.expectFinding(
      halved,
      '公益项目 微基金项目〔2026〕1号 的结项凭证记银行存款 50.00 元、冲减项目支出 50.00 元、转出结余 50.00 元、' +
        '转入 50.00 元，与结项登记的退回 100.00 元、改变用途 900.00 元不符',
    );
  });

  it('names a state the decision rows do not bear out', async () => {
    const file = copies.broken((db) => {
      setProject(db, ids().rejected, `state = 'reviewed'`);
      setProject(
        db,
        ids().submitted,
        `state = 'approved', reviewed_on = '2026-03-03', approved_fen = 180000`,
      );
    }, frozenProject);
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕3号 状态为「待管委会审议」，却已有管委会决议',
    );
    await copies.expectFinding(
      file,
      '公益项目 微基金项目〔2026〕4号 状态为「已批准」，但没有管委会批准资助的决议',
    );
  });

  it('names a state the agreement, closing and payment rows do not bear out', async () => {
    const file = copies.broken((db) => {
      setProject(db, ids().inProgress, `state = 'approved'`);
      setProject(db, ids().closed, `state = 'in_progress'`);
    }, frozenProject);
    await copies.expectFinding(file, '公益项目 微基金项目〔2026〕2号 状态为「已批准」，却已有资助协议');
    await copies.expectFinding(file, '公益项目 微基金项目〔2026〕2号 状态为「已批准」，却已有拨付凭证');
    await copies.expectFinding(file, '公益项目 微基金项目〔2026〕1号 状态为「实施中」，却有结项记录');
  });
});
