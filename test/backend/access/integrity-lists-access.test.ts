// `cli check` on the public lists and work access: a register kept through the app passes, and each
// invariant, broken by raw SQL on a copy of the file (past the triggers and CHECKs that guard the way
// in), is named in Chinese and makes the command exit 1.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkCommand } from '../../../electron/cli/commands/check';
import { makeTempDir, openTestBackend } from '../../fixtures/backend';
import { seedListsAndAccess, type ListsAndAccess } from '../../fixtures/lists-and-access';

const dir = makeTempDir('ledger-check-');
const healthy = path.join(dir, 'healthy.sqlite');
let seeded: ListsAndAccess;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const backend = await openTestBackend();
  seeded = await seedListsAndAccess(backend);
  backend.close();
  fs.copyFileSync(backend.dbPath, healthy);
  fs.rmSync(backend.dir, { recursive: true, force: true });
});

/** Runs `check --db file` in this process: its exit code and what it printed. */
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

/** A copy of the healthy file with `damage` applied, triggers and CHECKs out of the way. */
function broken(damage: (db: Database.Database) => void, dropTriggers: string[] = []): string {
  copies += 1;
  const file = path.join(dir, `broken-${copies}.sqlite`);
  fs.copyFileSync(healthy, file);
  const db = new Database(file);
  db.pragma('ignore_check_constraints = ON');
  for (const trigger of dropTriggers) db.exec(`DROP TRIGGER ${trigger}`);
  damage(db);
  db.close();
  return file;
}

async function expectFinding(file: string, finding: string): Promise<void> {
  const { code, out } = await check(file);
  expect(out).toContain(finding);
  expect(code).toBe(1);
}

function versionId(db: Database.Database, kind: string, versionNo: number): number {
  const row = db
    .prepare('SELECT id FROM list_version WHERE kind = ? AND version_no = ?')
    .get(kind, versionNo);
  return (row as { id: number }).id;
}

/** The id of a version in the healthy file, for the sentences that name it. */
function healthyVersionId(kind: string, versionNo: number): number {
  const db = new Database(healthy, { readonly: true });
  try {
    return versionId(db, kind, versionNo);
  } finally {
    db.close();
  }
}

const versionTriggers = ['list_version_published_no_update', 'list_version_published_no_delete'];
const itemTriggers = ['list_item_published_no_update', 'list_item_published_no_delete'];
const requestTriggers = [
  'access_request_one_step',
  'access_request_keeps_record',
  'access_request_no_delete',
];
const linkTriggers = [
  'access_request_community_before_review',
  'access_request_community_no_update',
  'access_request_community_no_delete',
];

describe('a register kept through the app', () => {
  it('passes the check', async () => {
    const { code, out } = await check(healthy);
    expect(out).toContain('检查通过');
    expect(code).toBe(0);
  });
});

describe('the public lists', () => {
  it('need a published version of every list', async () => {
    const file = broken(
      (db) => {
        db.exec(`DELETE FROM list_item WHERE version_id IN (SELECT id FROM list_version WHERE kind = 'seal_usage');
                 DELETE FROM list_version WHERE kind = 'seal_usage';`);
      },
      [...versionTriggers, ...itemTriggers],
    );
    await expectFinding(file, '社区印章使用清单没有已发布的版本');
  });

  it('have at most one draft each', async () => {
    const file = broken((db) => {
      db.exec('DROP INDEX list_version_one_draft');
      db.prepare(
        `INSERT INTO list_version (kind, version_no, status, copied_from_id, created_at, updated_at)
         VALUES ('work_items', 4, 'draft', ?, 'x', 'x')`,
      ).run(versionId(db, 'work_items', 2));
    });
    await expectFinding(file, '社区工作事项清单有 2 份修订稿（第 3、4 版）');
  });

  it('number their versions without gaps', async () => {
    const file = broken((db) => {
      db.prepare('UPDATE list_version SET version_no = 4 WHERE id = ?').run(versionId(db, 'seal_usage', 2));
    }, versionTriggers);
    await expectFinding(file, '社区印章使用清单的版本号不连续：共 2 个版本，最大却是第 4 版');
  });

  it('copy a draft from an earlier published version of the same list', async () => {
    const file = broken((db) => {
      db.prepare('UPDATE list_version SET copied_from_id = ? WHERE id = ?').run(
        versionId(db, 'seal_usage', 1),
        versionId(db, 'work_items', 2),
      );
    }, versionTriggers);
    await expectFinding(
      file,
      `社区工作事项清单第 2 版（#${healthyVersionId('work_items', 2)}）不是从本清单此前已发布的版本复制而来`,
    );
  });

  it('publish no version without items', async () => {
    const file = broken((db) => {
      db.prepare('DELETE FROM list_item WHERE version_id = ?').run(versionId(db, 'seal_usage', 2));
    }, itemTriggers);
    await expectFinding(
      file,
      `社区印章使用清单第 2 版（#${healthyVersionId('seal_usage', 2)}）已发布，却没有任何事项`,
    );
  });

  it('number the items of a version 1..n', async () => {
    const file = broken((db) => {
      db.prepare('UPDATE list_item SET seq = 9 WHERE version_id = ? AND seq = 2').run(
        versionId(db, 'work_items', 2),
      );
    }, itemTriggers);
    await expectFinding(
      file,
      `社区工作事项清单第 2 版（#${healthyVersionId('work_items', 2)}）的事项序号不连续：共 2 项，序号却排到第 9 项`,
    );
  });

  it('number a draft’s items 1..n too', async () => {
    const file = broken((db) => {
      db.prepare('UPDATE list_item SET seq = seq + 10 WHERE version_id = ?').run(
        versionId(db, 'work_items', 3),
      );
    });
    await expectFinding(
      file,
      `社区工作事项清单修订稿第 3 版（#${healthyVersionId('work_items', 3)}）的事项序号不连续：共 2 项，序号却排到第 12 项`,
    );
  });

  it('never date a later version before an earlier one', async () => {
    const file = broken((db) => {
      db.prepare("UPDATE list_version SET effective_date = '2019-12-31' WHERE id = ?").run(
        versionId(db, 'work_items', 2),
      );
    }, versionTriggers);
    await expectFinding(
      file,
      `社区工作事项清单第 2 版（#${healthyVersionId('work_items', 2)}）的生效日期 2019-12-31 早于此前第 1 版的 2020-09-23，现行版本不明确`,
    );
  });

  it('audit every version the app published', async () => {
    const file = broken(
      (db) => {
        db.prepare(
          "DELETE FROM audit_log WHERE entity = 'list_version' AND action = 'publish' AND entity_id = ?",
        ).run(versionId(db, 'seal_usage', 2));
      },
      ['audit_log_no_delete'],
    );
    await expectFinding(
      file,
      `社区印章使用清单第 2 版（#${healthyVersionId('seal_usage', 2)}）没有发布时的操作日志`,
    );
  });
});

describe('work-access requests', () => {
  const name = (state: keyof ListsAndAccess['requests']) => {
    const request = seeded.requests[state];
    return `准入申请 ${request.requestNo}「${request.title}」（#${request.id}）`;
  };
  const update = (sql: string, state: keyof ListsAndAccess['requests']) =>
    broken((db) => {
      db.prepare(sql).run(seeded.requests[state].id);
    }, requestTriggers);

  it('record the review of every request past 待街道审核', async () => {
    const file = update(
      'UPDATE access_request SET review_opinion = NULL, reviewed_by = NULL, reviewed_at = NULL WHERE id = ?',
      'approved',
    );
    await expectFinding(file, `${name('approved')}状态为“已准入”，却没有完整的审核记录`);
  });

  it('record no review of a request still 待街道审核', async () => {
    const file = update(
      "UPDATE access_request SET review_opinion = '同意', reviewed_by = '测试员', reviewed_at = '2026-03-15T09:30:00+08:00' WHERE id = ?",
      'submitted',
    );
    await expectFinding(file, `${name('submitted')}状态为“待街道审核”，却记录了审核`);
  });

  it('record the reason of every withdrawal', async () => {
    const file = update('UPDATE access_request SET withdraw_reason = NULL WHERE id = ?', 'withdrawn');
    await expectFinding(file, `${name('withdrawn')}已撤回，却没有撤回理由、撤回人或撤回时间`);
  });

  it('audit every withdrawal', async () => {
    const file = broken((db) => {
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare("DELETE FROM audit_log WHERE action = 'withdraw' AND entity_id = ?").run(
        seeded.requests.withdrawn.id,
      );
    });
    await expectFinding(file, `${name('withdrawn')}没有撤回时的操作日志`);
  });

  it('record the decision number of every decided request', async () => {
    const file = update('UPDATE access_request SET decision_no = NULL WHERE id = ?', 'approved');
    await expectFinding(file, `${name('approved')}状态为“已准入”，却没有与之相符的完整决定`);
  });

  it('keep the status in line with the decision', async () => {
    const file = update("UPDATE access_request SET status = 'approved' WHERE id = ?", 'rejected');
    await expectFinding(file, `${name('rejected')}状态为“已准入”，却没有与之相符的完整决定`);
  });

  it('record no decision of a request still awaiting one', async () => {
    const file = update(
      "UPDATE access_request SET decision = 'approved', decision_no = '官和社领〔2026〕9号', decision_date = '2026-03-14', decided_by = '测试员', decided_at = '2026-03-15T09:30:00+08:00' WHERE id = ?",
      'reviewed',
    );
    await expectFinding(file, `${name('reviewed')}状态为“待区领导小组决定”，却记录了区领导小组的决定`);
  });

  it('record the date and reason of a revocation', async () => {
    const file = update('UPDATE access_request SET revoke_reason = NULL WHERE id = ?', 'revoked');
    await expectFinding(file, `${name('revoked')}已撤销准入，却没有撤销日期或撤销理由`);
  });

  it('never revoke before the decision', async () => {
    const file = update("UPDATE access_request SET revoked_date = '2026-03-01' WHERE id = ?", 'revoked');
    await expectFinding(file, `${name('revoked')}的撤销日期 2026-03-01 早于准入决定日期 2026-03-12`);
  });

  it('never decide before the request was made', async () => {
    const file = update("UPDATE access_request SET decision_date = '2026-03-01' WHERE id = ?", 'rejected');
    await expectFinding(file, `${name('rejected')}的决定日期 2026-03-01 早于申请日期 2026-03-10`);
  });

  it('give one decision number one date', async () => {
    const file = update(
      "UPDATE access_request SET decision_no = '官和社领〔2026〕3号', decision_date = '2026-03-13' WHERE id = ?",
      'rejected',
    );
    await expectFinding(file, '决定文号 官和社领〔2026〕3号 在');
  });

  it('number the requests of a year without gaps', async () => {
    const file = broken(
      (db) => {
        db.prepare('DELETE FROM access_request_community WHERE request_id = ?').run(
          seeded.requests.reviewed.id,
        );
        db.prepare('DELETE FROM access_request WHERE id = ?').run(seeded.requests.reviewed.id);
      },
      [...requestTriggers, ...linkTriggers],
    );
    await expectFinding(file, '2026 年的准入申请编号不连续：共 5 件，编号却排到准入〔2026〕6号');
  });

  it('leave no admitted item without a community in the catalogue', async () => {
    const file = broken((db) => {
      db.prepare('DELETE FROM access_request_community WHERE request_id = ?').run(
        seeded.requests.approved.id,
      );
    }, linkTriggers);
    await expectFinding(file, `${name('approved')}已准入，却没有适用社区，准入目录中不会出现`);
  });

  it('admit an item in the catalogue for exactly the communities decided on', async () => {
    const file = broken((db) => {
      db.prepare('INSERT INTO access_request_community (request_id, community_id) VALUES (?, ?)').run(
        seeded.requests.approved.id,
        seeded.jinma.id,
      );
    }, linkTriggers);
    await expectFinding(
      file,
      `${name('approved')}在准入目录中适用的社区（世纪城、凤凰山、金马）与区领导小组决定的（世纪城、凤凰山）不一致`,
    );
  });

  it('audit every step of a request', async () => {
    const file = broken(
      (db) => {
        db.prepare(
          "DELETE FROM audit_log WHERE entity = 'access_request' AND action = 'decide' AND entity_id = ?",
        ).run(seeded.requests.approved.id);
      },
      ['audit_log_no_delete'],
    );
    await expectFinding(file, `${name('approved')}没有区领导小组决定时的操作日志`);
  });
});
