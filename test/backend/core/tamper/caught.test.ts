// Raw-SQL tampering that gets past SQLite (a trigger dropped first, or a row SQLite has no reason to
// refuse), on a copy of the demo ledger by a connection without the app's pragmas: `cli check` names it.
// A trigger dropped and created again with its own text leaves nothing in the schema: the audit chain and
// the posted records' hashes are what show those.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTamperedDemo } from '../../../fixtures/tamper';

const { check, healthy, expectCaught, healthyValue } = useTamperedDemo();

let triggerSql: Map<string, string>;

/** Drops a trigger, runs `sql`, and creates the trigger again with its original text. */
function behindTrigger(trigger: string, sql: string): string {
  return `DROP TRIGGER ${trigger}; ${sql}; ${triggerSql.get(trigger)!};`;
}

let lastAudit: number;
let lastDisbursement: number;
let publishedVersion: number;
let postedVoucher: number;
beforeAll(async () => {
  const db = new Database(healthy, { readonly: true });
  triggerSql = new Map(
    db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").raw().all() as [
      string,
      string,
    ][],
  );
  db.close();
  lastAudit = healthyValue('SELECT max(id) FROM audit_log');
  lastDisbursement = healthyValue('SELECT max(id) FROM disbursement');
  publishedVersion = healthyValue("SELECT max(id) FROM list_version WHERE status = 'published'");
  postedVoucher = healthyValue('SELECT min(voucher_id) FROM fund_voucher_line');
});

describe('raw SQL that gets past SQLite and that cli check names', () => {
  it('passes the untouched demo', async () => {
    expect(await check(healthy)).toMatchObject({ code: 0 });
  });

  it('DROP TRIGGER, then UPDATE a disbursement to 1 fen', async () => {
    await expectCaught(
      'DROP TRIGGER disbursement_no_update; UPDATE disbursement SET amount_fen = 1 WHERE id = 1',
      ['保护数据的触发器 disbursement_no_update 不存在', '拨付记录 1 与操作日志第'],
    );
  });

  it('a disbursement changed behind its trigger, the trigger put back as it was', async () => {
    const sql = behindTrigger(
      'disbursement_no_update',
      'UPDATE disbursement SET amount_fen = 1 WHERE id = 1',
    );
    await expectCaught(sql, ['拨付记录 1 与操作日志第']);
  });

  it("a posted fund voucher line's amount changed behind its trigger, put back", async () => {
    const sql = behindTrigger(
      'fund_voucher_line_no_update',
      `UPDATE fund_voucher_line SET debit_fen = debit_fen + 100, credit_fen = 0 WHERE id = (
         SELECT min(id) FROM fund_voucher_line WHERE voucher_id = ${postedVoucher} AND debit_fen <> 0)`,
    );
    await expectCaught(sql, [`已记账凭证的分录 ${postedVoucher} 与操作日志第`]);
  });

  it("an audit row's summary changed behind its trigger, put back", async () => {
    const sql = behindTrigger('audit_log_no_update', "UPDATE audit_log SET summary = '改' WHERE id = 5");
    await expectCaught(sql, ['操作日志第 5 条的校验值不符']);
  });

  it('an audit row in the middle removed behind its trigger, put back', async () => {
    const sql = behindTrigger('audit_log_no_delete', 'DELETE FROM audit_log WHERE id = 7');
    await expectCaught(sql, ['操作日志第 8 条的校验值不符']);
  });

  it('the last audit row removed after DROP TRIGGER', async () => {
    await expectCaught(`DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = ${lastAudit}`, [
      '保护数据的触发器 audit_log_no_delete 不存在',
    ]);
  });

  it('the audit row that posted a disbursement removed, its trigger put back', async () => {
    const posting = healthyValue(`SELECT max(id) FROM audit_log WHERE entity = 'disbursement'`);
    const sql = behindTrigger('audit_log_no_delete', `DELETE FROM audit_log WHERE id = ${posting}`);
    await expectCaught(sql, [`操作日志第 ${posting + 1} 条的校验值不符`]);
  });

  it('a forged audit row appended without its hash', async () => {
    await expectCaught(
      `INSERT INTO audit_log (at, actor, action, entity, entity_id, summary)
       VALUES ('2026-11-27T10:00:00+08:00', '赵敏', 'update', 'office', 1, '伪造')`,
      [`操作日志第 ${lastAudit + 1} 条的校验值不符`],
    );
  });

  it('a disbursement inserted without the app (no audit row vouches for it)', async () => {
    await expectCaught(
      `INSERT INTO disbursement (line_id, date, amount_fen, voucher_no, note, actor, created_at)
       SELECT line_id, date, 100, 'x', '', actor, created_at FROM disbursement WHERE id = 1`,
      [`拨付记录 ${lastDisbursement + 1} 没有记录其内容校验值的操作日志`],
    );
  });

  it('the approved year 2025 turned back into a draft after DROP TRIGGER', async () => {
    await expectCaught(
      `DROP TRIGGER allocation_year_stays_approved;
       UPDATE allocation_year SET status = 'draft', approved_at = NULL, approved_by = NULL WHERE year = 2025`,
      [
        '保护数据的触发器 allocation_year_stays_approved 不存在',
        '已审批的年度核定 2025 已不存在或已退回草稿',
      ],
    );
  });

  it('a published list version turned back into a draft behind its trigger, put back', async () => {
    const sql = behindTrigger(
      'list_version_published_no_update',
      `UPDATE list_version SET status = 'draft', effective_date = NULL, approved_by = NULL, published_at = NULL
       WHERE id = ${publishedVersion}`,
    );
    await expectCaught(sql, [`已发布的清单版本 ${publishedVersion} 已不存在或已退回草稿`]);
  });

  it('a shipped (2020) list item changed behind its trigger, put back', async () => {
    const sql = behindTrigger(
      'list_item_published_no_update',
      "UPDATE list_item SET content = '改' WHERE version_id = 1 AND id = (SELECT min(id) FROM list_item)",
    );
    await expectCaught(sql, ['已发布的清单版本 1 与程序发布时写入的内容不符']);
  });

  it('a protective trigger replaced by one that lets everything through', async () => {
    await expectCaught(
      `DROP TRIGGER disbursement_no_delete;
       CREATE TRIGGER disbursement_no_delete BEFORE DELETE ON disbursement WHEN 0
       BEGIN SELECT RAISE(ABORT, 'posted records are append-only'); END;`,
      ['保护数据的触发器 disbursement_no_delete 的内容被改动过'],
    );
  });

  it('a trigger of its own added', async () => {
    await expectCaught(
      `CREATE TRIGGER sneaky AFTER INSERT ON disbursement BEGIN
         UPDATE community SET name = name WHERE id = 0; END;`,
      ['数据库中有本程序不认识的触发器 sneaky'],
    );
  });

  it('a posted fund voucher line removed after DROP TRIGGER', async () => {
    await expectCaught(
      `DROP TRIGGER fund_voucher_line_no_delete;
       DELETE FROM fund_voucher_line WHERE voucher_id = ${postedVoucher} AND line_no = 1`,
      [
        '保护数据的触发器 fund_voucher_line_no_delete 不存在',
        `已记账凭证的分录 ${postedVoucher} 与操作日志第`,
      ],
    );
  });
});
