-- 0010: purchase-of-services contracts (政府购买服务, 财政部令第102号): providers and their qualification
-- checks, contracts in versions (the draft's one version is edited; once signed, a change is a new
-- version), their cost sheets, instalments and yearly budget rows, evaluations, payments, and the
-- office's evaluation template and payment coefficients.
-- Dates are ISO text; amounts integer fen; scores integer tenths of a point.

CREATE TABLE provider (
  id                     INTEGER PRIMARY KEY,
  name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind                   TEXT NOT NULL CHECK (kind IN ('social_organisation', 'volunteer_organisation',
                           'social_enterprise', 'community_group', 'public_institution', 'enterprise',
                           'individual', 'other')),
  uscc                   TEXT NOT NULL DEFAULT '',
  id_number              TEXT NOT NULL DEFAULT '',
  registration_authority TEXT NOT NULL DEFAULT '',
  legal_representative   TEXT NOT NULL CHECK (length(trim(legal_representative)) > 0),
  contact_person         TEXT NOT NULL CHECK (length(trim(contact_person)) > 0),
  contact_phone          TEXT NOT NULL CHECK (length(trim(contact_phone)) > 0),
  bank_name              TEXT NOT NULL CHECK (length(trim(bank_name)) > 0),
  bank_account           TEXT NOT NULL CHECK (length(trim(bank_account)) > 0),
  status                 TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  suspended_reason       TEXT NOT NULL DEFAULT '',
  note                   TEXT NOT NULL DEFAULT '',
  created_at             TEXT NOT NULL,
  updated_at             TEXT NOT NULL,
  -- A body carries its 统一社会信用代码, a person the 公民身份号码 (never both).
  CHECK ((kind = 'individual') = (uscc = '') AND (kind = 'individual') = (id_number <> '')),
  CHECK ((status = 'suspended') = (suspended_reason <> ''))
) STRICT;
CREATE UNIQUE INDEX provider_uscc ON provider (uscc) WHERE uscc <> '';
CREATE UNIQUE INDEX provider_id_number ON provider (id_number) WHERE id_number <> '';
CREATE TRIGGER provider_no_delete BEFORE DELETE ON provider
BEGIN
  SELECT RAISE(ABORT, 'providers are suspended, never deleted');
END;

-- 资格审查: what the clerk looked up and when. Kept for good: a later check is a new row.
CREATE TABLE provider_check (
  id                    INTEGER PRIMARY KEY,
  provider_id           INTEGER NOT NULL REFERENCES provider (id),
  checked_on            TEXT NOT NULL CHECK (checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  checked_by            TEXT NOT NULL CHECK (length(trim(checked_by)) > 0),
  credit_china          TEXT NOT NULL CHECK (credit_china IN ('clear', 'listed')),
  procurement_blacklist TEXT NOT NULL CHECK (procurement_blacklist IN ('clear', 'listed')),
  declaration_received  INTEGER NOT NULL CHECK (declaration_received IN (0, 1)),
  note                  TEXT NOT NULL DEFAULT '',
  recorded_by           TEXT NOT NULL,
  recorded_at           TEXT NOT NULL
) STRICT;
CREATE INDEX provider_check_provider ON provider_check (provider_id, checked_on);
CREATE TRIGGER provider_check_no_update BEFORE UPDATE ON provider_check
BEGIN
  SELECT RAISE(ABORT, 'qualification checks are append-only');
END;
CREATE TRIGGER provider_check_no_delete BEFORE DELETE ON provider_check
BEGIN
  SELECT RAISE(ABORT, 'qualification checks are append-only');
END;

-- The office's settings: one row. The template and coefficients apply to what is recorded after a change;
-- an evaluation keeps the coefficient it was recorded with.
CREATE TABLE contract_settings (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  check_max_age_days  INTEGER NOT NULL CHECK (check_max_age_days BETWEEN 1 AND 3650),
  excellent_percent   INTEGER NOT NULL CHECK (excellent_percent BETWEEN 0 AND 100),
  good_percent        INTEGER NOT NULL CHECK (good_percent BETWEEN 0 AND 100),
  fair_percent        INTEGER NOT NULL CHECK (fair_percent BETWEEN 0 AND 100),
  poor_percent        INTEGER NOT NULL CHECK (poor_percent BETWEEN 0 AND 100)
) STRICT;
INSERT INTO contract_settings VALUES (1, 180, 100, 100, 80, 0);

CREATE TABLE contract_indicator (
  position  INTEGER PRIMARY KEY CHECK (position >= 1),
  name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  weight    INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  guidance  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO contract_indicator VALUES
  (1, '前期准备', 20, '需求调研、实施方案、人员与制度准备'),
  (2, '实施过程', 30, '按合同内容、进度和质量标准实施，台账资料完整'),
  (3, '绩效表现', 30, '服务数量、质量目标的完成情况与实际成效'),
  (4, '满意度', 20, '服务对象和社区的满意度测评');

-- A contract: the parties and its state. Its terms are in contract_version; current_version is the one in
-- force. contract_seq is drawn at signing (购〔2026〕3号), gapless per year: a draft has none.
CREATE TABLE contract (
  id                  INTEGER PRIMARY KEY,
  year                INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  contract_seq        INTEGER CHECK (contract_seq >= 1),
  community_id        INTEGER NOT NULL REFERENCES community (id),
  provider_id         INTEGER NOT NULL REFERENCES provider (id),
  state               TEXT NOT NULL DEFAULT 'draft'
                        CHECK (state IN ('draft', 'signed', 'performing', 'completed', 'terminated')),
  current_version     INTEGER NOT NULL DEFAULT 1 CHECK (current_version >= 1),
  signed_date         TEXT,
  signed_by           TEXT,
  -- What signing warned about, kept as it was said: JSON {negativeList: [...], qualification: ...}.
  warnings_json       TEXT NOT NULL DEFAULT '{"negativeList":[],"qualification":null}',
  started_date        TEXT,
  completed_date      TEXT,
  terminated_date     TEXT,
  termination_reason  TEXT,
  settlement_fen      INTEGER CHECK (settlement_fen >= 0),
  terminated_by       TEXT,
  created_by          TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  UNIQUE (year, contract_seq),
  CHECK ((state = 'draft') = (contract_seq IS NULL)),
  CHECK ((state = 'draft') = (signed_date IS NULL) AND (signed_date IS NULL) = (signed_by IS NULL)),
  CHECK ((state = 'terminated') = (terminated_date IS NOT NULL)),
  CHECK ((terminated_date IS NULL) = (termination_reason IS NULL) AND (terminated_date IS NULL) = (settlement_fen IS NULL)
    AND (terminated_date IS NULL) = (terminated_by IS NULL)),
  CHECK ((state = 'completed') = (completed_date IS NOT NULL))
) STRICT;
CREATE INDEX contract_community ON contract (community_id, year);
CREATE INDEX contract_provider ON contract (provider_id);
CREATE INDEX contract_year_state ON contract (year, state);
-- The numbers drawn so far, for the number series (a draft is not numbered).
CREATE VIEW contract_number AS SELECT year, contract_seq FROM contract WHERE contract_seq IS NOT NULL;

-- Once signed, the parties, the number and the signing never change; a completed or terminated contract
-- not at all. The steps a state may take are the services' (shared/features/contracts/contract-rules.ts).
CREATE TRIGGER contract_keeps_record BEFORE UPDATE ON contract
WHEN OLD.state <> 'draft' AND (
    NEW.year IS NOT OLD.year OR NEW.contract_seq IS NOT OLD.contract_seq
    OR NEW.community_id IS NOT OLD.community_id OR NEW.provider_id IS NOT OLD.provider_id
    OR NEW.signed_date IS NOT OLD.signed_date OR NEW.signed_by IS NOT OLD.signed_by
    OR NEW.warnings_json IS NOT OLD.warnings_json OR NEW.created_by IS NOT OLD.created_by
    OR NEW.created_at IS NOT OLD.created_at OR NEW.state = 'draft'
    OR NEW.current_version < OLD.current_version
    OR (OLD.started_date IS NOT NULL AND NEW.started_date IS NOT OLD.started_date)
    OR OLD.state IN ('completed', 'terminated'))
BEGIN
  SELECT RAISE(ABORT, 'a signed contract changes only by its next step or an amendment');
END;
CREATE TRIGGER contract_no_delete BEFORE DELETE ON contract
WHEN OLD.state <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'only a draft contract can be discarded');
END;

-- One version of a contract's terms: every 第二十三条 item. Version 1 is the draft, edited in place until
-- signed; an amendment (变更) adds the next with its date, reason and the fields it changed.
CREATE TABLE contract_version (
  contract_id         INTEGER NOT NULL REFERENCES contract (id),
  version             INTEGER NOT NULL CHECK (version >= 1),
  title               TEXT NOT NULL CHECK (length(trim(title)) > 0),
  content             TEXT NOT NULL CHECK (length(trim(content)) > 0),
  start_date          TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  end_date            TEXT NOT NULL CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  quantity            TEXT NOT NULL CHECK (length(trim(quantity)) > 0),
  quality_standard    TEXT NOT NULL CHECK (length(trim(quality_standard)) > 0),
  price_fen           INTEGER NOT NULL CHECK (price_fen > 0),
  settlement_method   TEXT NOT NULL CHECK (length(trim(settlement_method)) > 0),
  rights_and_duties   TEXT NOT NULL CHECK (length(trim(rights_and_duties)) > 0),
  breach_liability    TEXT NOT NULL CHECK (length(trim(breach_liability)) > 0),
  procurement_method  TEXT NOT NULL CHECK (procurement_method IN ('commission', 'open_tender',
                        'competitive_consultation', 'competitive_negotiation', 'single_source', 'inquiry', 'other')),
  procurement_note    TEXT NOT NULL DEFAULT '',
  -- The 第二十四条 conditions confirmed for a term over one year.
  content_fixed       INTEGER NOT NULL DEFAULT 0 CHECK (content_fixed IN (0, 1)),
  continuity_strong   INTEGER NOT NULL DEFAULT 0 CHECK (continuity_strong IN (0, 1)),
  funding_stable      INTEGER NOT NULL DEFAULT 0 CHECK (funding_stable IN (0, 1)),
  price_stable        INTEGER NOT NULL DEFAULT 0 CHECK (price_stable IN (0, 1)),
  amended_date        TEXT,
  amendment_reason    TEXT,
  -- JSON array of the changed fields' Chinese names.
  changed_fields_json TEXT,
  created_by          TEXT NOT NULL,
  created_at          TEXT NOT NULL,
  PRIMARY KEY (contract_id, version),
  CHECK (end_date >= start_date),
  CHECK ((version = 1) = (amended_date IS NULL) AND (amended_date IS NULL) = (amendment_reason IS NULL)
    AND (amended_date IS NULL) = (changed_fields_json IS NULL))
) STRICT;

-- 以事定费: service items × quantity × unit standard, adding up to the version's price.
CREATE TABLE contract_cost_item (
  contract_id     INTEGER NOT NULL,
  version         INTEGER NOT NULL,
  position        INTEGER NOT NULL CHECK (position >= 1),
  item            TEXT NOT NULL CHECK (length(trim(item)) > 0),
  quantity        INTEGER NOT NULL CHECK (quantity >= 1),
  unit            TEXT NOT NULL CHECK (length(trim(unit)) > 0),
  unit_price_fen  INTEGER NOT NULL CHECK (unit_price_fen > 0),
  PRIMARY KEY (contract_id, version, position),
  FOREIGN KEY (contract_id, version) REFERENCES contract_version (contract_id, version)
) STRICT;

-- The instalments of a version; a payment names its instalment by seq, which keeps its meaning across
-- versions (an amendment changes an instalment's amount or date, never renumbers one that was paid).
CREATE TABLE contract_instalment (
  contract_id   INTEGER NOT NULL,
  version       INTEGER NOT NULL,
  seq           INTEGER NOT NULL CHECK (seq >= 1),
  label         TEXT NOT NULL CHECK (length(trim(label)) > 0),
  amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
  planned_date  TEXT NOT NULL CHECK (planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  gate          TEXT NOT NULL CHECK (gate IN ('none', 'interim', 'final')),
  PRIMARY KEY (contract_id, version, seq),
  FOREIGN KEY (contract_id, version) REFERENCES contract_version (contract_id, version)
) STRICT;

-- What the version commits against each year's purchased-services allocation (第二十四条: a contract over
-- several years is budgeted year by year).
CREATE TABLE contract_budget_year (
  contract_id  INTEGER NOT NULL,
  version      INTEGER NOT NULL,
  year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_fen   INTEGER NOT NULL CHECK (amount_fen >= 0),
  PRIMARY KEY (contract_id, version, year),
  FOREIGN KEY (contract_id, version) REFERENCES contract_version (contract_id, version)
) STRICT;
CREATE INDEX contract_budget_year_year ON contract_budget_year (year);

-- A signed version is kept as it was: its rows change only while the contract is a draft.
CREATE TRIGGER contract_version_frozen_update BEFORE UPDATE ON contract_version
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_version_frozen_delete BEFORE DELETE ON contract_version
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_cost_item_frozen_update BEFORE UPDATE ON contract_cost_item
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_cost_item_frozen_delete BEFORE DELETE ON contract_cost_item
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_instalment_frozen_update BEFORE UPDATE ON contract_instalment
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_instalment_frozen_delete BEFORE DELETE ON contract_instalment
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_budget_year_frozen_update BEFORE UPDATE ON contract_budget_year
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;
CREATE TRIGGER contract_budget_year_frozen_delete BEFORE DELETE ON contract_budget_year
WHEN (SELECT state FROM contract WHERE id = OLD.contract_id) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a signed contract version never changes: amend it');
END;

-- 绩效评价: the scores as recorded, the total and grade computed from them, and the coefficient the
-- office's table gave the grade then. Kept for good: a second evaluation of an instalment is a new row and
-- the latest counts.
CREATE TABLE contract_evaluation (
  id                  INTEGER PRIMARY KEY,
  contract_id         INTEGER NOT NULL REFERENCES contract (id),
  kind                TEXT NOT NULL CHECK (kind IN ('interim', 'final')),
  instalment_seq      INTEGER CHECK (instalment_seq >= 1),
  evaluated_on        TEXT NOT NULL CHECK (evaluated_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  evaluators          TEXT NOT NULL CHECK (length(trim(evaluators)) > 0),
  conclusion          TEXT NOT NULL CHECK (length(trim(conclusion)) > 0),
  total_tenths        INTEGER NOT NULL CHECK (total_tenths BETWEEN 0 AND 1000),
  grade               TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'fair', 'poor')),
  coefficient_percent INTEGER NOT NULL CHECK (coefficient_percent BETWEEN 0 AND 100),
  recorded_by         TEXT NOT NULL,
  recorded_at         TEXT NOT NULL,
  CHECK (grade = CASE WHEN total_tenths >= 900 THEN 'excellent' WHEN total_tenths >= 800 THEN 'good'
                      WHEN total_tenths >= 600 THEN 'fair' ELSE 'poor' END)
) STRICT;
CREATE INDEX contract_evaluation_contract ON contract_evaluation (contract_id);

CREATE TABLE contract_evaluation_score (
  evaluation_id  INTEGER NOT NULL REFERENCES contract_evaluation (id),
  position       INTEGER NOT NULL CHECK (position >= 1),
  indicator      TEXT NOT NULL CHECK (length(trim(indicator)) > 0),
  weight         INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
  score_tenths   INTEGER NOT NULL CHECK (score_tenths >= 0 AND score_tenths <= weight * 10),
  PRIMARY KEY (evaluation_id, position)
) STRICT;

CREATE TRIGGER contract_evaluation_no_update BEFORE UPDATE ON contract_evaluation
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only');
END;
CREATE TRIGGER contract_evaluation_no_delete BEFORE DELETE ON contract_evaluation
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only');
END;
CREATE TRIGGER contract_evaluation_score_no_update BEFORE UPDATE ON contract_evaluation_score
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only');
END;
CREATE TRIGGER contract_evaluation_score_no_delete BEFORE DELETE ON contract_evaluation_score
BEGIN
  SELECT RAISE(ABORT, 'evaluations are append-only');
END;

-- 付款: requested by 经办人 (numbered 付〔2026〕5号, gapless per year of the request), then approved
-- (posted) or returned by 审核人, once. A posted payment is undone by a reversal: a new row, negative,
-- posted at once, pointing at the original.
CREATE TABLE contract_payment (
  id                  INTEGER PRIMARY KEY,
  contract_id         INTEGER NOT NULL REFERENCES contract (id),
  instalment_seq      INTEGER NOT NULL CHECK (instalment_seq >= 1),
  payment_year        INTEGER NOT NULL,
  payment_seq         INTEGER NOT NULL CHECK (payment_seq >= 1),
  date                TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_fen          INTEGER NOT NULL CHECK (amount_fen <> 0),
  voucher_no          TEXT NOT NULL CHECK (length(trim(voucher_no)) > 0),
  note                TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL CHECK (status IN ('requested', 'paid', 'rejected')),
  evaluation_id       INTEGER REFERENCES contract_evaluation (id),
  coefficient_percent INTEGER CHECK (coefficient_percent BETWEEN 0 AND 100),
  reverses_id         INTEGER UNIQUE REFERENCES contract_payment (id),
  requested_by        TEXT NOT NULL,
  requested_at        TEXT NOT NULL,
  decided_by          TEXT,
  decided_at          TEXT,
  rejected_reason     TEXT,
  UNIQUE (payment_year, payment_seq),
  CHECK ((reverses_id IS NULL) = (amount_fen > 0)),
  CHECK (reverses_id IS NULL OR status = 'paid'),
  CHECK ((status = 'requested') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by IS NULL)),
  CHECK ((status = 'rejected') = (rejected_reason IS NOT NULL)),
  CHECK ((evaluation_id IS NULL) = (coefficient_percent IS NULL))
) STRICT;
CREATE INDEX contract_payment_contract ON contract_payment (contract_id, instalment_seq);
CREATE INDEX contract_payment_voucher ON contract_payment (voucher_no);

-- The one change a payment takes: its decision, from requested to paid or rejected.
CREATE TRIGGER contract_payment_decided_once BEFORE UPDATE ON contract_payment
WHEN OLD.status <> 'requested' OR NEW.status = 'requested'
  OR NEW.id IS NOT OLD.id OR NEW.contract_id IS NOT OLD.contract_id OR NEW.instalment_seq IS NOT OLD.instalment_seq
  OR NEW.payment_year IS NOT OLD.payment_year OR NEW.payment_seq IS NOT OLD.payment_seq
  OR NEW.date IS NOT OLD.date OR NEW.amount_fen IS NOT OLD.amount_fen OR NEW.voucher_no IS NOT OLD.voucher_no
  OR NEW.note IS NOT OLD.note OR NEW.evaluation_id IS NOT OLD.evaluation_id
  OR NEW.coefficient_percent IS NOT OLD.coefficient_percent OR NEW.reverses_id IS NOT OLD.reverses_id
  OR NEW.requested_by IS NOT OLD.requested_by OR NEW.requested_at IS NOT OLD.requested_at
BEGIN
  SELECT RAISE(ABORT, 'a payment is decided once and otherwise never changes');
END;
CREATE TRIGGER contract_payment_no_delete BEFORE DELETE ON contract_payment
BEGIN
  SELECT RAISE(ABORT, 'payments are never deleted');
END;
-- Money moves only on a signed contract.
CREATE TRIGGER contract_payment_needs_signed_contract BEFORE INSERT ON contract_payment
WHEN (SELECT state FROM contract WHERE id = NEW.contract_id) NOT IN ('signed', 'performing', 'terminated', 'completed')
BEGIN
  SELECT RAISE(ABORT, 'payments need a signed contract');
END;

INSERT INTO audit_action (code) VALUES
  ('sign'), ('start'), ('amend'), ('complete'), ('terminate'), ('evaluate'), ('reject'), ('suspend'),
  ('check');
