// `cli check` on the public lists: a register kept through the app passes, and each invariant, broken by
// raw SQL on a copy of the file (past the triggers and CHECKs that guard the way in), is named in Chinese
// and makes the command exit 1.
import { describe, expect, it } from 'vitest';
import { useBrokenCopies } from '../../fixtures/broken-copies';

const { healthy, check, broken, expectFinding, versionId, healthyVersionId } = useBrokenCopies();

const versionTriggers = ['list_version_published_no_update', 'list_version_published_no_delete'];
const itemTriggers = ['list_item_published_no_update', 'list_item_published_no_delete'];
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
