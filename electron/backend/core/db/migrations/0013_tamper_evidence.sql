-- 0013: tampering stopped where SQLite can stop it and made visible where it cannot (issue #14).
--
-- 1. The audit log is hash-chained: row_hash is the SHA-256 over the previous row's row_hash and the
--    row's own canonical content (core/tamper/audit-chain.ts); record_hash is the SHA-256 of the posted
--    record the row wrote (core/tamper/sealed-records.ts), so `cli check` can tell a posted row edited
--    behind the app's back. SQL cannot compute SHA-256, so the rows already in the log are chained by a
--    code step run in this migration's own transaction (core/db/migration-steps.ts): the log is never
--    seen half-chained. That step is the only UPDATE the log's trigger lets through: a NULL hash set
--    once, every other column unchanged.
ALTER TABLE audit_log ADD COLUMN record_hash TEXT CHECK (record_hash IS NULL OR length(record_hash) = 64);
ALTER TABLE audit_log ADD COLUMN row_hash TEXT CHECK (row_hash IS NULL OR length(row_hash) = 64);
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.row_hash IS NULL AND NEW.row_hash IS NOT NULL AND OLD.record_hash IS NULL
  AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.user_id IS OLD.user_id
  AND NEW.action IS OLD.action AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
  AND NEW.summary IS OLD.summary AND NEW.before_json IS OLD.before_json
  AND NEW.after_json IS OLD.after_json)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- 2. INSERT OR REPLACE deletes the row it collides with, and fires DELETE triggers only where the
--    connection has PRAGMA recursive_triggers on. The app turns it on (core/db/connection.ts), but a
--    SQLite browser does not: so every table a DELETE trigger protects also refuses an insert that
--    collides with a protected row on its key or a full unique key. The condition is the DELETE
--    trigger's own, so a draft row can still be replaced and the app's upserts keep working.
--    (funding_standard has had its own since 0004.)
CREATE TRIGGER allocation_year_no_replace BEFORE INSERT ON allocation_year
WHEN EXISTS (SELECT 1 FROM allocation_year o WHERE (o.year = NEW.year)
    AND o.status = 'approved')
BEGIN
  SELECT RAISE(ABORT, 'approved allocation year is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER allocation_line_no_replace BEFORE INSERT ON allocation_line
WHEN EXISTS (SELECT 1 FROM allocation_line o WHERE ((o.id = NEW.id)
    OR (o.year = NEW.year AND o.community_id = NEW.community_id AND o.category = NEW.category))
    AND (SELECT status FROM allocation_year WHERE year = o.year) = 'approved')
BEGIN
  SELECT RAISE(ABORT, 'approved allocation line is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER allocation_adjustment_no_replace BEFORE INSERT ON allocation_adjustment
WHEN EXISTS (SELECT 1 FROM allocation_adjustment o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER disbursement_no_replace BEFORE INSERT ON disbursement
WHEN EXISTS (SELECT 1 FROM disbursement o WHERE (o.id = NEW.id)
    OR (o.reverses_id = NEW.reverses_id))
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER list_version_no_replace BEFORE INSERT ON list_version
WHEN EXISTS (SELECT 1 FROM list_version o WHERE ((o.id = NEW.id)
    OR (o.kind = NEW.kind AND o.version_no = NEW.version_no))
    AND o.status = 'published')
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER list_item_no_replace BEFORE INSERT ON list_item
WHEN EXISTS (SELECT 1 FROM list_item o WHERE ((o.id = NEW.id)
    OR (o.version_id = NEW.version_id AND o.seq = NEW.seq)
    OR (o.version_id = NEW.version_id AND o.item_key = NEW.item_key))
    AND (SELECT status FROM list_version WHERE id = o.version_id) = 'published')
BEGIN
  SELECT RAISE(ABORT, 'published list version is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER approved_standard_no_replace BEFORE INSERT ON approved_standard
WHEN EXISTS (SELECT 1 FROM approved_standard o WHERE o.year = NEW.year)
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER approved_households_no_replace BEFORE INSERT ON approved_households
WHEN EXISTS (SELECT 1 FROM approved_households o WHERE o.year = NEW.year AND o.community_id = NEW.community_id)
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER access_request_no_replace BEFORE INSERT ON access_request
WHEN EXISTS (SELECT 1 FROM access_request o WHERE (o.id = NEW.id)
    OR (o.request_year = NEW.request_year AND o.request_seq = NEW.request_seq))
BEGIN
  SELECT RAISE(ABORT, 'access requests are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER access_request_community_no_replace BEFORE INSERT ON access_request_community
WHEN EXISTS (SELECT 1 FROM access_request_community o WHERE (o.request_id = NEW.request_id AND o.community_id = NEW.community_id)
    AND (SELECT status FROM access_request WHERE id = o.request_id) IS NOT 'submitted')
BEGIN
  SELECT RAISE(ABORT, 'the communities of an access request are fixed: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER audit_action_no_replace BEFORE INSERT ON audit_action
WHEN EXISTS (SELECT 1 FROM audit_action o WHERE o.code = NEW.code)
BEGIN
  SELECT RAISE(ABORT, 'audit actions are never removed: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER schema_migrations_no_replace BEFORE INSERT ON schema_migrations
WHEN EXISTS (SELECT 1 FROM schema_migrations o WHERE o.version = NEW.version)
BEGIN
  SELECT RAISE(ABORT, 'schema_migrations is append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER closed_period_no_replace BEFORE INSERT ON closed_period
WHEN EXISTS (SELECT 1 FROM closed_period o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'closed periods are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER app_user_no_replace BEFORE INSERT ON app_user
WHEN EXISTS (SELECT 1 FROM app_user o WHERE (o.id = NEW.id)
    OR (o.login = NEW.login))
BEGIN
  SELECT RAISE(ABORT, 'users are disabled, never removed: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER record_approval_no_replace BEFORE INSERT ON record_approval
WHEN EXISTS (SELECT 1 FROM record_approval o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'record_approval is append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER provider_no_replace BEFORE INSERT ON provider
WHEN EXISTS (SELECT 1 FROM provider o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'providers are suspended, never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER provider_check_no_replace BEFORE INSERT ON provider_check
WHEN EXISTS (SELECT 1 FROM provider_check o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'qualification checks are append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_no_replace BEFORE INSERT ON contract
WHEN EXISTS (SELECT 1 FROM contract o WHERE ((o.id = NEW.id)
    OR (o.year = NEW.year AND o.contract_seq = NEW.contract_seq))
    AND o.state <> 'draft')
BEGIN
  SELECT RAISE(ABORT, 'only a draft contract can be discarded: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_version_no_replace BEFORE INSERT ON contract_version
WHEN EXISTS (SELECT 1 FROM contract_version o WHERE (o.contract_id = NEW.contract_id AND o.version = NEW.version)
    AND (SELECT state FROM contract WHERE id = o.contract_id) IS NOT 'draft')
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_cost_item_no_replace BEFORE INSERT ON contract_cost_item
WHEN EXISTS (SELECT 1 FROM contract_cost_item o WHERE (o.contract_id = NEW.contract_id AND o.version = NEW.version AND o.position = NEW.position)
    AND (SELECT state FROM contract WHERE id = o.contract_id) IS NOT 'draft')
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_instalment_no_replace BEFORE INSERT ON contract_instalment
WHEN EXISTS (SELECT 1 FROM contract_instalment o WHERE (o.contract_id = NEW.contract_id AND o.version = NEW.version AND o.seq = NEW.seq)
    AND (SELECT state FROM contract WHERE id = o.contract_id) IS NOT 'draft')
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_budget_year_no_replace BEFORE INSERT ON contract_budget_year
WHEN EXISTS (SELECT 1 FROM contract_budget_year o WHERE (o.contract_id = NEW.contract_id AND o.version = NEW.version AND o.year = NEW.year)
    AND (SELECT state FROM contract WHERE id = o.contract_id) IS NOT 'draft')
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_evaluation_no_replace BEFORE INSERT ON contract_evaluation
WHEN EXISTS (SELECT 1 FROM contract_evaluation o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_evaluation_score_no_replace BEFORE INSERT ON contract_evaluation_score
WHEN EXISTS (SELECT 1 FROM contract_evaluation_score o WHERE o.evaluation_id = NEW.evaluation_id AND o.position = NEW.position)
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER contract_payment_no_replace BEFORE INSERT ON contract_payment
WHEN EXISTS (SELECT 1 FROM contract_payment o WHERE (o.id = NEW.id)
    OR (o.payment_year = NEW.payment_year AND o.payment_seq = NEW.payment_seq)
    OR (o.reverses_id = NEW.reverses_id))
BEGIN
  SELECT RAISE(ABORT, 'payments are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_designation_no_replace BEFORE INSERT ON fund_designation
WHEN EXISTS (SELECT 1 FROM fund_designation o WHERE (o.id = NEW.id)
    OR (o.name = NEW.name))
BEGIN
  SELECT RAISE(ABORT, 'designations are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_donor_no_replace BEFORE INSERT ON fund_donor
WHEN EXISTS (SELECT 1 FROM fund_donor o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'donors are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_voucher_no_replace BEFORE INSERT ON fund_voucher
WHEN EXISTS (SELECT 1 FROM fund_voucher o WHERE (o.id = NEW.id)
    AND o.state = 'posted')
BEGIN
  SELECT RAISE(ABORT, 'posted vouchers are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_voucher_line_no_replace BEFORE INSERT ON fund_voucher_line
WHEN EXISTS (SELECT 1 FROM fund_voucher_line o WHERE (o.id = NEW.id)
    OR (o.voucher_id = NEW.voucher_id AND o.line_no = NEW.line_no))
BEGIN
  SELECT RAISE(ABORT, 'posted voucher lines are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_account_no_replace BEFORE INSERT ON fund_account
WHEN EXISTS (SELECT 1 FROM fund_account o WHERE (o.id = NEW.id)
    OR (o.code = NEW.code))
BEGIN
  SELECT RAISE(ABORT, 'accounts are deactivated, never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_no_replace BEFORE INSERT ON fund_project
WHEN EXISTS (SELECT 1 FROM fund_project o WHERE (o.id = NEW.id)
    OR (o.year = NEW.year AND o.seq = NEW.seq))
BEGIN
  SELECT RAISE(ABORT, 'projects are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_budget_line_no_replace BEFORE INSERT ON fund_project_budget_line
WHEN EXISTS (SELECT 1 FROM fund_project_budget_line o WHERE (o.project_id = NEW.project_id AND o.line_no = NEW.line_no)
    AND (SELECT state FROM fund_project WHERE id = o.project_id) IS NOT 'submitted')
BEGIN
  SELECT RAISE(ABORT, 'budget lines change only while the application is submitted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_decision_no_replace BEFORE INSERT ON fund_project_decision
WHEN EXISTS (SELECT 1 FROM fund_project_decision o WHERE (o.id = NEW.id)
    OR (o.decision_no = NEW.decision_no))
BEGIN
  SELECT RAISE(ABORT, 'committee decisions are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_decision_member_no_replace BEFORE INSERT ON fund_project_decision_member
WHEN EXISTS (SELECT 1 FROM fund_project_decision_member o WHERE o.decision_id = NEW.decision_id AND o.position = NEW.position)
BEGIN
  SELECT RAISE(ABORT, 'the members present at a decision are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_agreement_no_replace BEFORE INSERT ON fund_project_agreement
WHEN EXISTS (SELECT 1 FROM fund_project_agreement o WHERE (o.project_id = NEW.project_id)
    OR (o.agreement_no = NEW.agreement_no))
BEGIN
  SELECT RAISE(ABORT, 'a grant agreement is never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_instalment_no_replace BEFORE INSERT ON fund_project_instalment
WHEN EXISTS (SELECT 1 FROM fund_project_instalment o WHERE (o.id = NEW.id)
    OR (o.project_id = NEW.project_id AND o.seq = NEW.seq))
BEGIN
  SELECT RAISE(ABORT, 'instalments are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_payment_no_replace BEFORE INSERT ON fund_project_payment
WHEN EXISTS (SELECT 1 FROM fund_project_payment o WHERE ((o.id = NEW.id)
    OR (o.voucher_id = NEW.voucher_id))
    AND (SELECT state FROM fund_voucher WHERE id = o.voucher_id) IS 'posted')
BEGIN
  SELECT RAISE(ABORT, 'a posted payment is never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_report_no_replace BEFORE INSERT ON fund_project_report
WHEN EXISTS (SELECT 1 FROM fund_project_report o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'progress reports are never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_project_closing_no_replace BEFORE INSERT ON fund_project_closing
WHEN EXISTS (SELECT 1 FROM fund_project_closing o WHERE o.project_id = NEW.project_id)
BEGIN
  SELECT RAISE(ABORT, 'a closing is never deleted: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_acknowledgement_no_replace BEFORE INSERT ON fund_acknowledgement
WHEN EXISTS (SELECT 1 FROM fund_acknowledgement o WHERE (o.id = NEW.id)
    OR (o.year = NEW.year AND o.seq = NEW.seq))
BEGIN
  SELECT RAISE(ABORT, 'acknowledgements are never deleted; void one instead: INSERT OR REPLACE over it is refused');
END;
CREATE TRIGGER fund_disclosure_no_replace BEFORE INSERT ON fund_disclosure
WHEN EXISTS (SELECT 1 FROM fund_disclosure o WHERE o.id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'a published disclosure is never deleted: INSERT OR REPLACE over it is refused');
END;
