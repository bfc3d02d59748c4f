// `cli check` on the posting core's declarations, on a real file: every append-only table keeps its UPDATE
// and DELETE triggers, and every number series runs without gaps or duplicates. Each is broken by raw SQL
// on a copy of a healthy file and must be named, with exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../../electron/cli/commands/check';
import { numberSeriesFindings, type NumberSeries } from '../../../electron/backend/core/posting/numbering';
import { makeTempDir, openTestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityInput } from '../../fixtures/builders';

const dir = makeTempDir('ledger-posted-');
const healthy = path.join(dir, 'healthy.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const backend = await openTestBackend();
  const community = await backend.call('communities.create', communityInput({ name: '世纪城' }));
  for (let i = 0; i < 3; i += 1) await backend.call('access.submit', accessRequestInput([community.id]));
  backend.close();
  fs.copyFileSync(backend.dbPath, healthy);
  fs.rmSync(backend.dir, { recursive: true, force: true });
});

async function check(file: string): Promise<{ code: number; out: string }> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => printed.push(String(line)));
  try {
    const code = await checkCommand.run({ db: file }, []);
    return { code, out: printed.join('\n') };
  } finally {
    log.mockRestore();
  }
}

let copies = 0;
function broken(damage: (db: Database.Database) => void): string {
  copies += 1;
  const file = path.join(dir, `broken-${copies}.sqlite`);
  fs.copyFileSync(healthy, file);
  const db = new Database(file);
  damage(db);
  db.close();
  return file;
}

describe('cli check on the posted tables and number series', () => {
  it('passes the healthy file', async () => {
    expect(await check(healthy)).toMatchObject({ code: 0 });
  });

  it.each([
    ['disbursement_no_update', '表 disbursement（拨付记录）缺少禁止修改的触发器 disbursement_no_update'],
    [
      'allocation_adjustment_no_delete',
      '表 allocation_adjustment（核定调整记录）缺少禁止删除的触发器 allocation_adjustment_no_delete',
    ],
    ['audit_log_no_update', '表 audit_log（操作日志）缺少禁止修改的触发器 audit_log_no_update'],
    ['closed_period_no_delete', '表 closed_period（结账记录）缺少禁止删除的触发器 closed_period_no_delete'],
    [
      'access_request_no_delete',
      '表 access_request（准入申请）缺少禁止删除的触发器 access_request_no_delete',
    ],
    [
      'allocation_line_frozen_update',
      '表 allocation_line（已审批的经费项目）缺少禁止修改的触发器 allocation_line_frozen_update',
    ],
    [
      'list_item_published_no_delete',
      '表 list_item（已发布的清单事项）缺少禁止删除的触发器 list_item_published_no_delete',
    ],
  ])('names a dropped trigger %s', async (trigger, finding) => {
    const { code, out } = await check(broken((db) => db.exec(`DROP TRIGGER ${trigger}`)));
    expect(out).toContain(finding);
    expect(code).toBe(1);
  });

  it('names a trigger of the same name that no longer refuses what it should', async () => {
    const file = broken((db) =>
      db.exec(`DROP TRIGGER disbursement_no_delete;
        CREATE TRIGGER disbursement_no_delete AFTER INSERT ON disbursement BEGIN SELECT 1; END;`),
    );
    expect((await check(file)).out).toContain('缺少禁止删除的触发器 disbursement_no_delete');
  });

  it('names a gap in the request numbers of a year', async () => {
    const file = broken((db) => {
      db.exec('DROP TRIGGER access_request_no_gaps');
      db.prepare(
        `INSERT INTO access_request (request_year, request_seq, status, requesting_department, title, content,
           reason, requested_start_date, submitted_date, submitted_by, submitted_at)
         VALUES (2026, 5, 'submitted', '区民政局', '跳号', '跳号', '跳号', '2026-04-01', '2026-03-10', 'x', 'x')`,
      ).run();
    });
    const { code, out } = await check(file);
    expect(out).toContain('2026 年的准入申请编号不连续：共 4 件，编号却排到准入〔2026〕5号');
    expect(code).toBe(1);
  });
});

describe('a number series', () => {
  // access_request's UNIQUE constraint keeps a duplicate out of the real table, so a series of vouchers
  // numbered per month (as the fund's will be) is declared on a table without one.
  const vouchers: NumberSeries = {
    label: '凭证号',
    table: 'voucher_fixture',
    scopeColumn: 'month',
    seqColumn: 'seq',
    unit: '张',
    scopeName: (month) => `${month} 月`,
    format: (month, seq) => `记-${month}-${String(seq).padStart(4, '0')}`,
  };

  function seriesFile(numbers: [string | null, number | null][]): Database.Database {
    const db = new Database(path.join(dir, `series-${(copies += 1)}.sqlite`));
    db.exec('CREATE TABLE voucher_fixture (month TEXT, seq INTEGER)');
    const insert = db.prepare('INSERT INTO voucher_fixture (month, seq) VALUES (?, ?)');
    for (const [month, seq] of numbers) insert.run(month, seq);
    return db;
  }

  it('reports nothing when each scope runs 1..n', () => {
    const db = seriesFile([
      ['2026-03', 1],
      ['2026-03', 2],
      ['2026-04', 1],
    ]);
    expect(numberSeriesFindings(db, vouchers)).toEqual([]);
    db.close();
  });

  it('leaves out drafts, which have no number (nor a month) until they are posted', () => {
    const db = seriesFile([
      ['2026-03', 1],
      [null, null],
      [null, null],
      ['2026-04', 1],
      ['2026-04', null],
    ]);
    expect(numberSeriesFindings(db, vouchers)).toEqual([]);
    db.close();
  });

  it('names a duplicate and a gap, each in its own scope', () => {
    const db = seriesFile([
      ['2026-03', 1],
      ['2026-03', 2],
      ['2026-03', 2],
      ['2026-04', 1],
      ['2026-04', 3],
    ]);
    expect(numberSeriesFindings(db, vouchers)).toEqual([
      '2026-04 月的凭证号不连续：共 2 张，编号却排到记-2026-04-0003',
      '2026-03 月的凭证号 记-2026-03-0002 重复：用于 2 张',
    ]);
    db.close();
  });
});
