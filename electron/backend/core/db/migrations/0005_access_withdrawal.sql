-- 0005: a submitted work-access request can be corrected or withdrawn (撤回) until it is reviewed. SQLite
-- cannot alter a CHECK, so access_request (with its communities) is rebuilt with the status 'withdrawn' and
-- the withdrawal's columns, and audit_log is rebuilt with the action 'withdraw'. Rows are copied as they
-- are, ids included; DROP TABLE fires no triggers, and the append-only triggers are created again.

-- The communities go first: once they are copied and dropped, nothing references the old access_request.
CREATE TABLE access_request_new (
  id                     INTEGER PRIMARY KEY,
  request_year           INTEGER NOT NULL CHECK (request_year BETWEEN 2000 AND 2100),
  request_seq            INTEGER NOT NULL CHECK (request_seq >= 1),
  request_no             TEXT GENERATED ALWAYS AS ('准入〔' || request_year || '〕' || request_seq || '号') VIRTUAL,
  status                 TEXT NOT NULL CHECK (status IN ('submitted', 'reviewed', 'approved', 'rejected', 'revoked',
                                                         'withdrawn')),
  requesting_department  TEXT NOT NULL CHECK (length(trim(requesting_department)) > 0),
  title                  TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content                TEXT NOT NULL CHECK (length(trim(content)) > 0),
  legal_basis            TEXT NOT NULL DEFAULT '',
  reason                 TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  -- 费随事转: NULL when no funding or no staff come with the work.
  funding_fen            INTEGER CHECK (funding_fen IS NULL OR funding_fen > 0),
  staff_count            INTEGER CHECK (staff_count IS NULL OR staff_count > 0),
  requested_start_date   TEXT NOT NULL CHECK (requested_start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  submitted_date         TEXT NOT NULL CHECK (submitted_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  documents_json         TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(documents_json) AND json_type(documents_json) = 'array'),
  submitted_by           TEXT NOT NULL,
  submitted_at           TEXT NOT NULL,
  review_opinion         TEXT,
  reviewed_by            TEXT,
  reviewed_at            TEXT,
  decision               TEXT CHECK (decision IN ('approved', 'rejected')),
  decision_no            TEXT,
  decision_date          TEXT CHECK (decision_date IS NULL OR decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  decided_by             TEXT,
  decided_at             TEXT,
  revoked_date           TEXT CHECK (revoked_date IS NULL OR revoked_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  revoke_reason          TEXT,
  revoked_by             TEXT,
  revoked_at             TEXT,
  withdraw_reason        TEXT,
  withdrawn_by           TEXT,
  withdrawn_at           TEXT,
  UNIQUE (request_year, request_seq),
  -- Reviewed in every status after 'submitted' except 'withdrawn' (withdrawn before any review), with an opinion.
  CHECK ((status IN ('submitted', 'withdrawn')) = (reviewed_at IS NULL)),
  CHECK ((reviewed_at IS NULL) = (review_opinion IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL)),
  CHECK (review_opinion IS NULL OR length(trim(review_opinion)) > 0),
  -- Decided in 'approved', 'rejected' and 'revoked', with the decision's number and date.
  CHECK ((status IN ('submitted', 'reviewed', 'withdrawn')) = (decided_at IS NULL)),
  CHECK ((decided_at IS NULL) = (decision IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)
         AND (decided_at IS NULL) = (decision_date IS NULL) AND (decided_at IS NULL) = (decision_no IS NULL)),
  CHECK (decision_no IS NULL OR length(trim(decision_no)) > 0),
  CHECK (status NOT IN ('approved', 'revoked') OR decision IS 'approved'),
  CHECK (status <> 'rejected' OR decision IS 'rejected'),
  -- Revoked only with a date and a reason.
  CHECK ((status = 'revoked') = (revoked_at IS NOT NULL)),
  CHECK ((revoked_at IS NULL) = (revoked_date IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL)
         AND (revoked_at IS NULL) = (revoked_by IS NULL)),
  CHECK (revoke_reason IS NULL OR length(trim(revoke_reason)) > 0),
  -- Withdrawn only with a reason, by whom and when.
  CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
  CHECK ((withdrawn_at IS NULL) = (withdraw_reason IS NULL) AND (withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
  CHECK (withdraw_reason IS NULL OR length(trim(withdraw_reason)) > 0)
) STRICT;

INSERT INTO access_request_new (id, request_year, request_seq, status, requesting_department, title, content,
  legal_basis, reason, funding_fen, staff_count, requested_start_date, submitted_date, documents_json,
  submitted_by, submitted_at, review_opinion, reviewed_by, reviewed_at, decision, decision_no, decision_date,
  decided_by, decided_at, revoked_date, revoke_reason, revoked_by, revoked_at)
SELECT id, request_year, request_seq, status, requesting_department, title, content,
  legal_basis, reason, funding_fen, staff_count, requested_start_date, submitted_date, documents_json,
  submitted_by, submitted_at, review_opinion, reviewed_by, reviewed_at, decision, decision_no, decision_date,
  decided_by, decided_at, revoked_date, revoke_reason, revoked_by, revoked_at
FROM access_request;

CREATE TABLE access_request_community_new (
  request_id    INTEGER NOT NULL REFERENCES access_request_new (id),
  community_id  INTEGER NOT NULL REFERENCES community (id),
  PRIMARY KEY (request_id, community_id)
) STRICT;
INSERT INTO access_request_community_new (request_id, community_id)
SELECT request_id, community_id FROM access_request_community;

DROP TABLE access_request_community;
DROP TABLE access_request;
ALTER TABLE access_request_new RENAME TO access_request;
ALTER TABLE access_request_community_new RENAME TO access_request_community;
CREATE INDEX access_request_status ON access_request (status);
CREATE INDEX access_request_community_community ON access_request_community (community_id);

-- Numbers run 1, 2, 3 ... within a year: a register with a gap would look like a request was removed.
CREATE TRIGGER access_request_no_gaps BEFORE INSERT ON access_request
WHEN NEW.request_seq <> (SELECT coalesce(max(request_seq), 0) + 1 FROM access_request WHERE request_year = NEW.request_year)
BEGIN
  SELECT RAISE(ABORT, 'access request numbers run without gaps');
END;
-- One workflow step at a time; 'submitted' to 'submitted' is a correction before the review.
CREATE TRIGGER access_request_one_step BEFORE UPDATE ON access_request
WHEN NOT ((OLD.status = 'submitted' AND NEW.status IN ('submitted', 'reviewed', 'withdrawn'))
       OR (OLD.status = 'reviewed' AND NEW.status IN ('approved', 'rejected'))
       OR (OLD.status = 'approved' AND NEW.status = 'revoked'))
BEGIN
  SELECT RAISE(ABORT, 'an access request moves one workflow step at a time');
END;
-- A step adds its own columns; what the request said (except in a correction before the review), who
-- registered it and what earlier steps recorded stay as they were.
CREATE TRIGGER access_request_keeps_record BEFORE UPDATE ON access_request
WHEN NEW.request_year IS NOT OLD.request_year OR NEW.request_seq IS NOT OLD.request_seq
  OR NEW.submitted_by IS NOT OLD.submitted_by OR NEW.submitted_at IS NOT OLD.submitted_at
  OR (NOT (OLD.status = 'submitted' AND NEW.status = 'submitted') AND (
      NEW.requesting_department IS NOT OLD.requesting_department OR NEW.title IS NOT OLD.title
      OR NEW.content IS NOT OLD.content OR NEW.legal_basis IS NOT OLD.legal_basis OR NEW.reason IS NOT OLD.reason
      OR NEW.funding_fen IS NOT OLD.funding_fen OR NEW.staff_count IS NOT OLD.staff_count
      OR NEW.requested_start_date IS NOT OLD.requested_start_date OR NEW.submitted_date IS NOT OLD.submitted_date
      OR NEW.documents_json IS NOT OLD.documents_json))
  OR (OLD.reviewed_at IS NOT NULL AND (NEW.review_opinion IS NOT OLD.review_opinion
      OR NEW.reviewed_by IS NOT OLD.reviewed_by OR NEW.reviewed_at IS NOT OLD.reviewed_at))
  OR (OLD.decided_at IS NOT NULL AND (NEW.decision IS NOT OLD.decision OR NEW.decision_no IS NOT OLD.decision_no
      OR NEW.decision_date IS NOT OLD.decision_date OR NEW.decided_by IS NOT OLD.decided_by
      OR NEW.decided_at IS NOT OLD.decided_at))
BEGIN
  SELECT RAISE(ABORT, 'a recorded access request step is immutable');
END;
CREATE TRIGGER access_request_no_delete BEFORE DELETE ON access_request
BEGIN
  SELECT RAISE(ABORT, 'access requests are never deleted');
END;
-- The communities a request applies to are what the sub-district reviews and the district decides on:
-- they can be added, or removed in a correction, only before the review, and never changed.
CREATE TRIGGER access_request_community_before_review BEFORE INSERT ON access_request_community
WHEN (SELECT status FROM access_request WHERE id = NEW.request_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed once it is reviewed');
END;
CREATE TRIGGER access_request_community_no_update BEFORE UPDATE ON access_request_community
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed');
END;
CREATE TRIGGER access_request_community_no_delete BEFORE DELETE ON access_request_community
WHEN (SELECT status FROM access_request WHERE id = OLD.request_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed');
END;

-- The audit log with the action 'withdraw' (撤回).
CREATE TABLE audit_log_new (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete', 'compute',
                                         'approve', 'post', 'reverse', 'import', 'publish', 'submit',
                                         'review', 'decide', 'revoke', 'withdraw')),
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  summary     TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT
) STRICT;
INSERT INTO audit_log_new (id, at, actor, action, entity, entity_id, summary, before_json, after_json)
SELECT id, at, actor, action, entity, entity_id, summary, before_json, after_json FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
