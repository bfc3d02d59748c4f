-- 0012: the micro-fund at work (《慈善组织信息公开办法》): welfare projects (公益项目) from a community's
-- application through the 管委会's decision, the grant agreement and its instalments (each paid by a fund
-- voucher), progress reports and closing (结项); the acknowledgements (捐赠确认书) the office gives donors;
-- and the register of what was posted for the public (收支公示, 公益项目公示, 年度报告), which the
-- calendar of disclosure deadlines reads. Dates are ISO text; amounts integer fen.

-- 公益项目. Numbered 微基金项目〔2026〕3号 when it is applied for (a gapless series per year: an application
-- is never deleted, only withdrawn or refused). The applicant is a provider of the contracts feature or a
-- resident self-organisation (居民自组织), named in text. state follows
-- shared/features/fund/projects/project-workflow.ts; approved_fen is the 管委会's decision.
CREATE TABLE fund_project (
  id                 INTEGER PRIMARY KEY,
  year               INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq                INTEGER NOT NULL CHECK (seq > 0),
  community_id       INTEGER NOT NULL REFERENCES community (id),
  applicant_kind     TEXT NOT NULL CHECK (applicant_kind IN ('provider', 'resident_group')),
  provider_id        INTEGER REFERENCES provider (id),
  applicant_name     TEXT NOT NULL CHECK (length(trim(applicant_name)) > 0),
  applicant_contact  TEXT NOT NULL DEFAULT '',
  applicant_phone    TEXT NOT NULL DEFAULT '',
  title              TEXT NOT NULL CHECK (length(trim(title)) > 0),
  purpose            TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
  beneficiaries      TEXT NOT NULL CHECK (length(trim(beneficiaries)) > 0),
  period_start       TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  period_end         TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  budget_fen         INTEGER NOT NULL CHECK (budget_fen > 0),
  designation_id     INTEGER REFERENCES fund_designation (id),
  applied_on         TEXT NOT NULL CHECK (applied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  state              TEXT NOT NULL CHECK (state IN ('submitted', 'reviewed', 'approved', 'rejected', 'agreed',
                       'in_progress', 'closed', 'withdrawn')),
  review_opinion     TEXT NOT NULL DEFAULT '',
  reviewed_on        TEXT,
  approved_fen       INTEGER CHECK (approved_fen IS NULL OR approved_fen > 0),
  withdraw_reason    TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (year, seq),
  CHECK ((applicant_kind = 'provider') = (provider_id IS NOT NULL)),
  CHECK (period_end >= period_start),
  CHECK (state IN ('submitted', 'withdrawn') OR reviewed_on IS NOT NULL),
  CHECK (state NOT IN ('approved', 'agreed', 'in_progress', 'closed') OR approved_fen IS NOT NULL),
  CHECK (state NOT IN ('submitted', 'reviewed', 'rejected') OR approved_fen IS NULL),
  CHECK ((state = 'withdrawn') = (withdraw_reason <> ''))
) STRICT;
CREATE INDEX fund_project_state ON fund_project (state);
-- A project that is closed, refused or withdrawn never changes again; none is deleted.
CREATE TRIGGER fund_project_ended_frozen BEFORE UPDATE ON fund_project
WHEN OLD.state IN ('closed', 'rejected', 'withdrawn')
  OR NEW.id IS NOT OLD.id OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
  SELECT RAISE(ABORT, 'a closed, rejected or withdrawn project never changes');
END;
CREATE TRIGGER fund_project_no_delete BEFORE DELETE ON fund_project
BEGIN
  SELECT RAISE(ABORT, 'projects are never deleted');
END;

-- 预算明细: they add up to budget_fen (checked by the service and by `cli check`). Replaced as a whole
-- while the application is still 申请中; frozen from the first review on.
CREATE TABLE fund_project_budget_line (
  project_id  INTEGER NOT NULL REFERENCES fund_project (id),
  line_no     INTEGER NOT NULL CHECK (line_no > 0),
  item        TEXT NOT NULL CHECK (length(trim(item)) > 0),
  amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
  note        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, line_no)
) STRICT;
CREATE TRIGGER fund_project_budget_line_insert_while_submitted BEFORE INSERT ON fund_project_budget_line
WHEN (SELECT state FROM fund_project WHERE id = NEW.project_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'budget lines change only while the application is submitted');
END;
CREATE TRIGGER fund_project_budget_line_no_update BEFORE UPDATE ON fund_project_budget_line
BEGIN
  SELECT RAISE(ABORT, 'budget lines are replaced, never updated');
END;
CREATE TRIGGER fund_project_budget_line_delete_while_submitted BEFORE DELETE ON fund_project_budget_line
WHEN (SELECT state FROM fund_project WHERE id = OLD.project_id) IS NOT 'submitted'
BEGIN
  SELECT RAISE(ABORT, 'budget lines change only while the application is submitted');
END;

-- 管委会决议: the approval (or refusal) of an application, or the re-designation of a closed project's
-- leftover. The members present are copied by name and duty (fund_committee_member is replaced as a
-- whole when the settings are saved, a decision keeps who was there).
CREATE TABLE fund_project_decision (
  id             INTEGER PRIMARY KEY,
  project_id     INTEGER NOT NULL REFERENCES fund_project (id),
  purpose        TEXT NOT NULL CHECK (purpose IN ('approval', 'redesignation')),
  decided_on     TEXT NOT NULL CHECK (decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  decision_no    TEXT NOT NULL CHECK (length(trim(decision_no)) > 0),
  result         TEXT NOT NULL CHECK (result IN ('approved', 'rejected')),
  approved_fen   INTEGER CHECK (approved_fen IS NULL OR approved_fen > 0),
  conditions     TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  CHECK ((result = 'approved') = (approved_fen IS NOT NULL) OR purpose = 'redesignation')
) STRICT;
CREATE UNIQUE INDEX fund_project_decision_no ON fund_project_decision (decision_no);
CREATE UNIQUE INDEX fund_project_one_approval ON fund_project_decision (project_id) WHERE purpose = 'approval';
CREATE TRIGGER fund_project_decision_no_update BEFORE UPDATE ON fund_project_decision
BEGIN
  SELECT RAISE(ABORT, 'committee decisions never change');
END;
CREATE TRIGGER fund_project_decision_no_delete BEFORE DELETE ON fund_project_decision
BEGIN
  SELECT RAISE(ABORT, 'committee decisions are never deleted');
END;

CREATE TABLE fund_project_decision_member (
  decision_id  INTEGER NOT NULL REFERENCES fund_project_decision (id),
  position     INTEGER NOT NULL CHECK (position > 0),
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  duty         TEXT NOT NULL CHECK (duty IN ('chair', 'vice_chair', 'member')),
  PRIMARY KEY (decision_id, position)
) STRICT;
CREATE TRIGGER fund_project_decision_member_no_update BEFORE UPDATE ON fund_project_decision_member
BEGIN
  SELECT RAISE(ABORT, 'the members present at a decision never change');
END;
CREATE TRIGGER fund_project_decision_member_no_delete BEFORE DELETE ON fund_project_decision_member
BEGIN
  SELECT RAISE(ABORT, 'the members present at a decision are never deleted');
END;

-- 资助协议 and its instalments (分期拨付), written once when the agreement is recorded; the instalments
-- add up to the approved amount.
CREATE TABLE fund_project_agreement (
  project_id    INTEGER PRIMARY KEY REFERENCES fund_project (id),
  agreement_no  TEXT NOT NULL UNIQUE CHECK (length(trim(agreement_no)) > 0),
  signed_on     TEXT NOT NULL CHECK (signed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  terms         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL
) STRICT;
CREATE TRIGGER fund_project_agreement_no_update BEFORE UPDATE ON fund_project_agreement
BEGIN
  SELECT RAISE(ABORT, 'a grant agreement never changes');
END;
CREATE TRIGGER fund_project_agreement_no_delete BEFORE DELETE ON fund_project_agreement
BEGIN
  SELECT RAISE(ABORT, 'a grant agreement is never deleted');
END;

CREATE TABLE fund_project_instalment (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES fund_project_agreement (project_id),
  seq          INTEGER NOT NULL CHECK (seq > 0),
  planned_on   TEXT NOT NULL CHECK (planned_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
  condition    TEXT NOT NULL DEFAULT '',
  UNIQUE (project_id, seq)
) STRICT;
CREATE TRIGGER fund_project_instalment_no_update BEFORE UPDATE ON fund_project_instalment
BEGIN
  SELECT RAISE(ABORT, 'instalments never change');
END;
CREATE TRIGGER fund_project_instalment_no_delete BEFORE DELETE ON fund_project_instalment
BEGIN
  SELECT RAISE(ABORT, 'instalments are never deleted');
END;

-- An instalment's payment: the 'grant' voucher that pays it. Paid once that voucher is posted and not
-- reversed; a reversed payment leaves the instalment to be paid again by a new voucher. A voucher still
-- a draft may be discarded, and its link goes with it (the trigger on fund_voucher below).
CREATE TABLE fund_project_payment (
  id              INTEGER PRIMARY KEY,
  instalment_id   INTEGER NOT NULL REFERENCES fund_project_instalment (id),
  voucher_id      INTEGER NOT NULL UNIQUE REFERENCES fund_voucher (id),
  created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX fund_project_payment_instalment ON fund_project_payment (instalment_id);
CREATE TRIGGER fund_project_payment_no_update BEFORE UPDATE ON fund_project_payment
BEGIN
  SELECT RAISE(ABORT, 'a payment link never changes');
END;
CREATE TRIGGER fund_project_payment_no_delete BEFORE DELETE ON fund_project_payment
WHEN (SELECT state FROM fund_voucher WHERE id = OLD.voucher_id) IS 'posted'
BEGIN
  SELECT RAISE(ABORT, 'a posted payment is never deleted');
END;
CREATE TRIGGER fund_voucher_discard_payment BEFORE DELETE ON fund_voucher
WHEN OLD.state <> 'posted'
BEGIN
  DELETE FROM fund_project_payment WHERE voucher_id = OLD.id;
END;

-- 项目进展报告: what was done and the money used to date (cumulative). Appended.
CREATE TABLE fund_project_report (
  id           INTEGER PRIMARY KEY,
  project_id   INTEGER NOT NULL REFERENCES fund_project (id),
  reported_on  TEXT NOT NULL CHECK (reported_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  progress     TEXT NOT NULL CHECK (length(trim(progress)) > 0),
  used_fen     INTEGER NOT NULL CHECK (used_fen >= 0),
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX fund_project_report_project ON fund_project_report (project_id, reported_on);
CREATE TRIGGER fund_project_report_no_update BEFORE UPDATE ON fund_project_report
BEGIN
  SELECT RAISE(ABORT, 'progress reports never change');
END;
CREATE TRIGGER fund_project_report_no_delete BEFORE DELETE ON fund_project_report
BEGIN
  SELECT RAISE(ABORT, 'progress reports are never deleted');
END;

-- 结项: money used, what the applicant returned unspent, and where the leftover of the approved amount
-- goes: back to its designation, or re-designated by a 管委会 decision (the clerk drafts the voucher that
-- moves it, linked here). Written once; after it no instalment can be paid.
CREATE TABLE fund_project_closing (
  project_id               INTEGER PRIMARY KEY REFERENCES fund_project (id),
  closed_on                TEXT NOT NULL CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  paid_fen                 INTEGER NOT NULL CHECK (paid_fen >= 0),
  used_fen                 INTEGER NOT NULL CHECK (used_fen >= 0),
  returned_fen             INTEGER NOT NULL CHECK (returned_fen >= 0),
  leftover_fen             INTEGER NOT NULL CHECK (leftover_fen >= 0),
  disposition              TEXT NOT NULL CHECK (disposition IN ('return_to_designation', 'redesignate')),
  redesignation_decision_id INTEGER REFERENCES fund_project_decision (id),
  target_designation_id    INTEGER REFERENCES fund_designation (id),
  voucher_id               INTEGER REFERENCES fund_voucher (id),
  report                   TEXT NOT NULL CHECK (length(trim(report)) > 0),
  created_at               TEXT NOT NULL,
  CHECK (used_fen + returned_fen = paid_fen),
  CHECK ((disposition = 'redesignate') = (redesignation_decision_id IS NOT NULL))
) STRICT;
CREATE TRIGGER fund_project_closing_no_update BEFORE UPDATE ON fund_project_closing
BEGIN
  SELECT RAISE(ABORT, 'a closing never changes');
END;
CREATE TRIGGER fund_project_closing_no_delete BEFORE DELETE ON fund_project_closing
BEGIN
  SELECT RAISE(ABORT, 'a closing is never deleted');
END;

-- 捐赠确认书: the office's acknowledgement to a donor (not a tax receipt; the 公益事业捐赠票据 comes from
-- the host charity). Numbered 确〔2026〕7号, gapless per year; a voided one keeps its number and shows
-- 作废 in the register. What it says is copied at issue, so every reprint (marked 副本) says the same.
CREATE TABLE fund_acknowledgement (
  id               INTEGER PRIMARY KEY,
  year             INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq              INTEGER NOT NULL CHECK (seq > 0),
  donation_id      INTEGER NOT NULL REFERENCES fund_donation (id),
  issued_on        TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  donor_name       TEXT NOT NULL CHECK (length(trim(donor_name)) > 0),
  donation_date    TEXT NOT NULL,
  amount_fen       INTEGER NOT NULL CHECK (amount_fen > 0),
  designation_text TEXT NOT NULL CHECK (length(trim(designation_text)) > 0),
  created_at       TEXT NOT NULL,
  voided_at        TEXT,
  void_reason      TEXT NOT NULL DEFAULT '',
  printed_count    INTEGER NOT NULL DEFAULT 0 CHECK (printed_count >= 0),
  UNIQUE (year, seq),
  CHECK ((voided_at IS NULL) = (void_reason = ''))
) STRICT;
CREATE UNIQUE INDEX fund_acknowledgement_live ON fund_acknowledgement (donation_id) WHERE voided_at IS NULL;
-- Only two things change: it is voided once, and its print count goes up.
CREATE TRIGGER fund_acknowledgement_frozen BEFORE UPDATE ON fund_acknowledgement
WHEN NEW.id IS NOT OLD.id OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq
  OR NEW.donation_id IS NOT OLD.donation_id OR NEW.issued_on IS NOT OLD.issued_on
  OR NEW.donor_name IS NOT OLD.donor_name OR NEW.donation_date IS NOT OLD.donation_date
  OR NEW.amount_fen IS NOT OLD.amount_fen OR NEW.designation_text IS NOT OLD.designation_text
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.voided_at IS NOT NULL AND (NEW.voided_at IS NOT OLD.voided_at OR NEW.void_reason IS NOT OLD.void_reason))
  OR NEW.printed_count < OLD.printed_count
BEGIN
  SELECT RAISE(ABORT, 'an acknowledgement is only voided once or printed again');
END;
CREATE TRIGGER fund_acknowledgement_no_delete BEFORE DELETE ON fund_acknowledgement
BEGIN
  SELECT RAISE(ABORT, 'acknowledgements are never deleted; void one instead');
END;

-- What was posted for the public, and when: the quarter's 收支公示, a project's 公益项目公示 (an update
-- or its closing), the annual report. The calendar of disclosure deadlines reads it to say what is late.
CREATE TABLE fund_disclosure (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('quarterly', 'project_update', 'project_closing', 'annual')),
  year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  quarter       INTEGER CHECK (quarter IS NULL OR quarter BETWEEN 1 AND 4),
  project_id    INTEGER REFERENCES fund_project (id),
  published_on  TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  working_days  INTEGER NOT NULL CHECK (working_days BETWEEN 1 AND 60),
  created_at    TEXT NOT NULL,
  CHECK ((kind = 'quarterly') = (quarter IS NOT NULL)),
  CHECK ((kind IN ('project_update', 'project_closing')) = (project_id IS NOT NULL))
) STRICT;
CREATE INDEX fund_disclosure_kind ON fund_disclosure (kind, year, quarter);
CREATE TRIGGER fund_disclosure_no_update BEFORE UPDATE ON fund_disclosure
BEGIN
  SELECT RAISE(ABORT, 'a published disclosure never changes');
END;
CREATE TRIGGER fund_disclosure_no_delete BEFORE DELETE ON fund_disclosure
BEGIN
  SELECT RAISE(ABORT, 'a published disclosure is never deleted');
END;

INSERT INTO audit_action (code) VALUES ('conclude'), ('report'), ('issue'), ('void'), ('print');
