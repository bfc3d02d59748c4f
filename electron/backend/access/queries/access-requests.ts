// Queries of access_request and access_request_community. Each workflow step is one UPDATE that fills
// that step's columns; the triggers refuse anything else.
import type { AccessRequest, CommunityRef } from '../../../../shared/features/access/contract';
import type { AccessState } from '../../../../shared/features/access/access-workflow';
import type { Db } from '../../core/db/connection';
import { escapeLike } from '../../core/audit-log';
import { byPinyin } from '../../../../shared/domain/chinese-order';

interface RequestDbRow {
  id: number;
  request_no: string;
  status: AccessState;
  requesting_department: string;
  title: string;
  content: string;
  legal_basis: string;
  reason: string;
  funding_fen: number | null;
  staff_count: number | null;
  requested_start_date: string;
  submitted_date: string;
  documents_json: string;
  submitted_by: string;
  submitted_at: string;
  review_opinion: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  decision: 'approved' | 'rejected' | null;
  decision_no: string | null;
  decision_date: string | null;
  decided_by: string | null;
  decided_at: string | null;
  revoked_date: string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
  revoked_at: string | null;
  withdraw_reason: string | null;
  withdrawn_by: string | null;
  withdrawn_at: string | null;
  communities_json: string;
}

// Communities come along as a JSON array so that a list needs one query, not one per request.
const requestSelect = `
  SELECT r.*,
    (SELECT json_group_array(json_object('id', c.id, 'name', c.name))
     FROM access_request_community rc JOIN community c ON c.id = rc.community_id
     WHERE rc.request_id = r.id) AS communities_json
  FROM access_request r`;

// In pinyin order, as the register lists communities (SQLite alone would sort by code point).

function toRequest(row: RequestDbRow): AccessRequest {
  return {
    id: row.id,
    requestNo: row.request_no,
    status: row.status,
    requestingDepartment: row.requesting_department,
    title: row.title,
    content: row.content,
    legalBasis: row.legal_basis,
    reason: row.reason,
    communities: (JSON.parse(row.communities_json) as CommunityRef[]).sort((a, b) =>
      byPinyin(a.name, b.name),
    ),
    fundingFen: row.funding_fen,
    staffCount: row.staff_count,
    requestedStartDate: row.requested_start_date,
    submittedDate: row.submitted_date,
    documents: JSON.parse(row.documents_json) as string[],
    submittedBy: row.submitted_by,
    submittedAt: row.submitted_at,
    review:
      row.reviewed_at === null
        ? null
        : { opinion: row.review_opinion!, reviewedBy: row.reviewed_by!, reviewedAt: row.reviewed_at },
    decision:
      row.decided_at === null
        ? null
        : {
            approved: row.decision === 'approved',
            decisionNo: row.decision_no!,
            decisionDate: row.decision_date!,
            decidedBy: row.decided_by!,
            decidedAt: row.decided_at,
          },
    revocation:
      row.revoked_at === null
        ? null
        : {
            date: row.revoked_date!,
            reason: row.revoke_reason!,
            revokedBy: row.revoked_by!,
            revokedAt: row.revoked_at,
          },
    withdrawal:
      row.withdrawn_at === null
        ? null
        : { reason: row.withdraw_reason!, withdrawnBy: row.withdrawn_by!, withdrawnAt: row.withdrawn_at },
  };
}

export function findRequest(db: Db, id: number): AccessRequest | undefined {
  const row = db.prepare(`${requestSelect} WHERE r.id = ?`).get(id) as RequestDbRow | undefined;
  return row && toRequest(row);
}

export interface RequestFilter {
  statuses: readonly AccessState[] | null;
  communityId: number | null;
  search: string;
}

/** Newest first. */
export function listRequests(db: Db, filter: RequestFilter): AccessRequest[] {
  const rows = db
    .prepare(
      `${requestSelect}
       WHERE (@statuses IS NULL OR r.status IN (SELECT value FROM json_each(@statuses)))
         AND (@communityId IS NULL OR EXISTS (SELECT 1 FROM access_request_community rc
                                            WHERE rc.request_id = r.id AND rc.community_id = @communityId))
         AND (@search = '' OR r.title LIKE @pattern ESCAPE '\\' OR r.requesting_department LIKE @pattern ESCAPE '\\'
              OR r.request_no LIKE @pattern ESCAPE '\\' OR coalesce(r.decision_no, '') LIKE @pattern ESCAPE '\\')
       ORDER BY r.request_year DESC, r.request_seq DESC`,
    )
    .all({
      statuses: filter.statuses === null ? null : JSON.stringify(filter.statuses),
      communityId: filter.communityId,
      search: filter.search,
      pattern: `%${escapeLike(filter.search)}%`,
    }) as RequestDbRow[];
  return rows.map(toRequest);
}

export interface NewRequest {
  year: number;
  /** Drawn from requestNumbers inside the same transaction. */
  seq: number;
  requestingDepartment: string;
  title: string;
  content: string;
  legalBasis: string;
  reason: string;
  fundingFen: number | null;
  staffCount: number | null;
  requestedStartDate: string;
  submittedDate: string;
  documents: string[];
  communityIds: number[];
  submittedBy: string;
  submittedAt: string;
}

/** Registers a request under the number the caller drew in its write transaction. */
export function insertRequest(db: Db, request: NewRequest): number {
  const result = db
    .prepare(
      `INSERT INTO access_request (request_year, request_seq, status, requesting_department, title, content,
         legal_basis, reason, funding_fen, staff_count, requested_start_date, submitted_date, documents_json,
         submitted_by, submitted_at)
       VALUES (@year, @seq, 'submitted', @requestingDepartment, @title, @content, @legalBasis, @reason, @fundingFen, @staffCount,
         @requestedStartDate, @submittedDate, @documentsJson, @submittedBy, @submittedAt)`,
    )
    .run({ ...request, documentsJson: JSON.stringify(request.documents) });
  const id = Number(result.lastInsertRowid);
  const link = db.prepare('INSERT INTO access_request_community (request_id, community_id) VALUES (?, ?)');
  for (const communityId of request.communityIds) link.run(id, communityId);
  return id;
}

export type RequestContent = Omit<NewRequest, 'year' | 'seq' | 'submittedBy' | 'submittedAt'>;

/** A correction before the review: what the request says and the communities it applies to. */
export function updateRequest(db: Db, id: number, content: RequestContent): void {
  db.prepare(
    `UPDATE access_request SET requesting_department = @requestingDepartment, title = @title, content = @content,
       legal_basis = @legalBasis, reason = @reason, funding_fen = @fundingFen, staff_count = @staffCount,
       requested_start_date = @requestedStartDate, submitted_date = @submittedDate, documents_json = @documentsJson
     WHERE id = @id AND status = 'submitted'`,
  ).run({ ...content, documentsJson: JSON.stringify(content.documents), id });
  const linked = db
    .prepare('SELECT community_id AS id FROM access_request_community WHERE request_id = ?')
    .all(id) as { id: number }[];
  const unlink = db.prepare('DELETE FROM access_request_community WHERE request_id = ? AND community_id = ?');
  for (const { id: communityId } of linked)
    if (!content.communityIds.includes(communityId)) unlink.run(id, communityId);
  const link = db.prepare(
    'INSERT OR IGNORE INTO access_request_community (request_id, community_id) VALUES (?, ?)',
  );
  for (const communityId of content.communityIds) link.run(id, communityId);
}

export function recordWithdrawal(
  db: Db,
  id: number,
  withdrawal: { reason: string; by: string; at: string },
): void {
  db.prepare(
    `UPDATE access_request SET status = 'withdrawn', withdraw_reason = @reason, withdrawn_by = @by, withdrawn_at = @at
     WHERE id = @id AND status = 'submitted'`,
  ).run({ ...withdrawal, id });
}

export function recordReview(db: Db, id: number, review: { opinion: string; by: string; at: string }): void {
  db.prepare(
    `UPDATE access_request SET status = 'reviewed', review_opinion = @opinion, reviewed_by = @by, reviewed_at = @at
     WHERE id = @id AND status = 'submitted'`,
  ).run({ ...review, id });
}

export function recordDecision(
  db: Db,
  id: number,
  decision: { approved: boolean; decisionNo: string; decisionDate: string; by: string; at: string },
): void {
  const { approved, ...fields } = decision;
  db.prepare(
    `UPDATE access_request SET status = @outcome, decision = @outcome, decision_no = @decisionNo,
       decision_date = @decisionDate, decided_by = @by, decided_at = @at
     WHERE id = @id AND status = 'reviewed'`,
  ).run({ ...fields, outcome: approved ? 'approved' : 'rejected', id });
}

export function recordRevocation(
  db: Db,
  id: number,
  revocation: { date: string; reason: string; by: string; at: string },
): void {
  db.prepare(
    `UPDATE access_request SET status = 'revoked', revoked_date = @date, revoke_reason = @reason, revoked_by = @by,
       revoked_at = @at
     WHERE id = @id AND status = 'approved'`,
  ).run({ ...revocation, id });
}
