// `cli check` on work-access requests: each invariant, broken by raw SQL on a copy of the file (past the
// triggers and CHECKs that guard the way in), is named in Chinese and makes the command exit 1.
import { describe, it } from 'vitest';
import type { ListsAndAccess } from '../../fixtures/lists-and-access';
import { useBrokenCopies } from '../../fixtures/broken-copies';

const copies = useBrokenCopies();
const { broken, expectFinding } = copies;

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

describe('work-access requests', () => {
  const name = (state: keyof ListsAndAccess['requests']) => {
    const request = copies.seeded().requests[state];
    return `准入申请 ${request.requestNo}「${request.title}」（#${request.id}）`;
  };
  const update = (sql: string, state: keyof ListsAndAccess['requests']) =>
    broken((db) => {
      db.prepare(sql).run(copies.seeded().requests[state].id);
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
        copies.seeded().requests.withdrawn.id,
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
          copies.seeded().requests.reviewed.id,
        );
        db.prepare('DELETE FROM access_request WHERE id = ?').run(copies.seeded().requests.reviewed.id);
      },
      [...requestTriggers, ...linkTriggers],
    );
    await expectFinding(file, '2026 年的准入申请编号不连续：共 5 件，编号却排到准入〔2026〕6号');
  });

  it('leave no admitted item without a community in the catalogue', async () => {
    const file = broken((db) => {
      db.prepare('DELETE FROM access_request_community WHERE request_id = ?').run(
        copies.seeded().requests.approved.id,
      );
    }, linkTriggers);
    await expectFinding(file, `${name('approved')}已准入，却没有适用社区，准入目录中不会出现`);
  });

  it('admit an item in the catalogue for exactly the communities decided on', async () => {
    const file = broken((db) => {
      db.prepare('INSERT INTO access_request_community (request_id, community_id) VALUES (?, ?)').run(
        copies.seeded().requests.approved.id,
        copies.seeded().jinma.id,
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
        ).run(copies.seeded().requests.approved.id);
      },
      ['audit_log_no_delete'],
    );
    await expectFinding(file, `${name('approved')}没有区领导小组决定时的操作日志`);
  });
});
