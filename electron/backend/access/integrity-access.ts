// Work-access (准入) invariants for `cli check`: each request's status agrees with the steps it records,
// the dates run in order, every step was audited, and the catalogue (准入目录,
// read from the approved requests) admits each item for exactly the communities the district decided on.
// The CHECKs and triggers of migrations 0003 and 0005 guard this on the way in; these read what is stored.
// The request numbers are checked with every other number series (access-records.ts).
import { accessStateLabels, type AccessState } from '../../../shared/features/access/access-workflow';
import type { Invariant } from '../core/invariant';

/** 准入申请 准入〔2026〕1号「协助开展食品安全宣传」（#1） */
function requestName(row: Record<string, unknown>): string {
  return `准入申请 ${row.request_no}「${row.title}」（#${row.id}）`;
}

function stateLabel(status: unknown): string {
  return accessStateLabels[status as AccessState] ?? String(status);
}

const request = `r.id, r.request_no, r.title, r.status`;

const stepLabels: Record<string, string> = {
  submit: '登记',
  review: '街道审核',
  decide: '区领导小组决定',
  revoke: '撤销准入',
  withdraw: '撤回',
};

/** Neither reviewed nor decided: still waiting for the review, or withdrawn before it. */
const beforeReview = (status: unknown) => status === 'submitted' || status === 'withdrawn';

export const accessInvariants: Invariant[] = [
  {
    sql: `SELECT ${request} FROM access_request r
          WHERE (r.status NOT IN ('submitted', 'withdrawn')) <> (r.reviewed_at IS NOT NULL AND r.reviewed_by IS NOT NULL
            AND coalesce(trim(r.review_opinion), '') <> '')`,
    describe: (row) =>
      beforeReview(row.status)
        ? `${requestName(row)}状态为“${stateLabel(row.status)}”，却记录了审核`
        : `${requestName(row)}状态为“${stateLabel(row.status)}”，却没有完整的审核记录（审核意见、审核人和审核时间）`,
  },
  {
    sql: `SELECT ${request} FROM access_request r
          WHERE CASE WHEN r.status IN ('submitted', 'reviewed', 'withdrawn')
            THEN coalesce(r.decision, r.decision_no, r.decision_date, r.decided_by, r.decided_at) IS NOT NULL
            ELSE coalesce(trim(r.decision_no), '') = '' OR r.decision_date IS NULL OR r.decided_by IS NULL
              OR r.decided_at IS NULL
              OR r.decision IS NOT (CASE r.status WHEN 'rejected' THEN 'rejected' ELSE 'approved' END) END`,
    describe: (row) =>
      beforeReview(row.status) || row.status === 'reviewed'
        ? `${requestName(row)}状态为“${stateLabel(row.status)}”，却记录了区领导小组的决定`
        : `${requestName(row)}状态为“${stateLabel(row.status)}”，却没有与之相符的完整决定（决定结果、决定文号和决定日期）`,
  },
  {
    sql: `SELECT ${request} FROM access_request r
          WHERE CASE WHEN r.status = 'revoked'
            THEN r.revoked_date IS NULL OR coalesce(trim(r.revoke_reason), '') = '' OR r.revoked_by IS NULL
              OR r.revoked_at IS NULL
            ELSE coalesce(r.revoked_date, r.revoke_reason, r.revoked_by, r.revoked_at) IS NOT NULL END`,
    describe: (row) =>
      row.status === 'revoked'
        ? `${requestName(row)}已撤销准入，却没有撤销日期或撤销理由`
        : `${requestName(row)}状态为“${stateLabel(row.status)}”，却记录了撤销`,
  },
  {
    sql: `SELECT ${request} FROM access_request r
          WHERE CASE WHEN r.status = 'withdrawn'
            THEN coalesce(trim(r.withdraw_reason), '') = '' OR r.withdrawn_by IS NULL OR r.withdrawn_at IS NULL
            ELSE coalesce(r.withdraw_reason, r.withdrawn_by, r.withdrawn_at) IS NOT NULL END`,
    describe: (row) =>
      row.status === 'withdrawn'
        ? `${requestName(row)}已撤回，却没有撤回理由、撤回人或撤回时间`
        : `${requestName(row)}状态为“${stateLabel(row.status)}”，却记录了撤回`,
  },
  {
    sql: `SELECT ${request}, r.submitted_date, r.decision_date FROM access_request r
          WHERE r.decision_date < r.submitted_date`,
    describe: (row) =>
      `${requestName(row)}的决定日期 ${row.decision_date} 早于申请日期 ${row.submitted_date}`,
  },
  {
    sql: `SELECT ${request}, r.decision_date, r.revoked_date FROM access_request r
          WHERE r.revoked_date < r.decision_date`,
    describe: (row) =>
      `${requestName(row)}的撤销日期 ${row.revoked_date} 早于准入决定日期 ${row.decision_date}`,
  },
  {
    // One decision document has one date.
    sql: `SELECT decision_no, group_concat(request_no, '、') AS requests,
                 group_concat(DISTINCT decision_date) AS dates
          FROM access_request WHERE decision_no IS NOT NULL
          GROUP BY decision_no HAVING count(DISTINCT decision_date) > 1`,
    describe: (row) => `决定文号 ${row.decision_no} 在 ${row.requests} 中的决定日期不一致（${row.dates}）`,
  },
  {
    sql: `SELECT ${request} FROM access_request r
          WHERE NOT EXISTS (SELECT 1 FROM access_request_community rc WHERE rc.request_id = r.id)`,
    describe: (row) =>
      row.status === 'approved'
        ? `${requestName(row)}已准入，却没有适用社区，准入目录中不会出现`
        : `${requestName(row)}没有适用社区`,
  },
  {
    // The catalogue lists an admitted item for the communities linked to it now; the decision's audit row
    // holds the communities the district decided on.
    sql: `SELECT ${request},
            (SELECT group_concat(name, '、') FROM (SELECT c.name FROM access_request_community rc
               JOIN community c ON c.id = rc.community_id WHERE rc.request_id = r.id ORDER BY c.id)) AS now_names,
            (SELECT group_concat(json_extract(value, '$.name'), '、') FROM (SELECT value FROM json_each(a.after_json, '$.communities')
               ORDER BY json_extract(value, '$.id'))) AS decided_names
          FROM access_request r JOIN audit_log a
            ON a.entity = 'access_request' AND a.entity_id = r.id AND a.action = 'decide'
          WHERE r.status IN ('approved', 'revoked') AND json_valid(a.after_json)
            AND (SELECT group_concat(community_id) FROM (SELECT community_id FROM access_request_community
                   WHERE request_id = r.id ORDER BY community_id))
            IS NOT (SELECT group_concat(json_extract(value, '$.id')) FROM (SELECT value FROM json_each(a.after_json, '$.communities')
                   ORDER BY json_extract(value, '$.id')))`,
    describe: (row) =>
      `${requestName(row)}在准入目录中适用的社区（${row.now_names ?? '无'}）与区领导小组决定的（${row.decided_names ?? '无'}）不一致`,
  },
  {
    sql: `SELECT ${request}, s.value AS step FROM access_request r
          JOIN json_each('["submit","review","decide","revoke","withdraw"]') s
            ON CASE s.value WHEN 'submit' THEN 1 WHEN 'review' THEN r.reviewed_at IS NOT NULL
                 WHEN 'decide' THEN r.decided_at IS NOT NULL WHEN 'revoke' THEN r.revoked_at IS NOT NULL
                 ELSE r.withdrawn_at IS NOT NULL END
          WHERE NOT EXISTS (SELECT 1 FROM audit_log a
            WHERE a.entity = 'access_request' AND a.entity_id = r.id AND a.action = s.value)`,
    describe: (row) => `${requestName(row)}没有${stepLabels[String(row.step)]}时的操作日志`,
  },
];
