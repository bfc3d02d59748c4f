-- 0011: the micro-fund's books (社区公益微基金), a 专项基金 held by a host charity and accounted for under
-- 《民间非营利组织会计制度》: its settings and 管委会, the chart of accounts (科目) with the office's
-- sub-accounts, designations (限定用途), vouchers (记账凭证: drafts with their lines, posted vouchers
-- with theirs), the month totals kept by trigger for the trial balance, donors and donations.
-- Month close uses closed_period (0008) with ledger 'fund'. Dates are ISO text; amounts integer fen.

CREATE TABLE fund_settings (
  id                  INTEGER PRIMARY KEY CHECK (id = 1),
  fund_name           TEXT NOT NULL CHECK (length(trim(fund_name)) > 0),
  host_name           TEXT NOT NULL CHECK (length(trim(host_name)) > 0),
  host_uscc           TEXT NOT NULL CHECK (length(host_uscc) = 18),
  agreement_number    TEXT NOT NULL DEFAULT '',
  bank_name           TEXT NOT NULL CHECK (length(trim(bank_name)) > 0),
  account_name        TEXT NOT NULL CHECK (length(trim(account_name)) > 0),
  account_number      TEXT NOT NULL CHECK (length(trim(account_number)) > 0),
  opening_date        TEXT NOT NULL CHECK (opening_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  updated_at          TEXT NOT NULL
) STRICT;

-- 管委会: replaced as a whole when the settings are saved; decisions keep the names as they were.
CREATE TABLE fund_committee_member (
  id           INTEGER PRIMARY KEY,
  position     INTEGER NOT NULL,
  name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
  duty         TEXT NOT NULL CHECK (duty IN ('chair', 'vice_chair', 'member')),
  affiliation  TEXT NOT NULL DEFAULT '',
  phone        TEXT NOT NULL DEFAULT ''
) STRICT;

-- 会计科目. The standard's accounts are seeded below and never change code, kind or side; the office adds
-- 明细科目 under them (same kind, side and designation rule as the parent). A used account keeps its
-- code and kind for good; its name may be adapted (会计科目和会计报表·总说明 三).
-- designation_rule: 'required' (3102 限定性净资产), 'optional' (income: a designated line is 限定性收入;
-- expense: a designated line spends restricted money and is released), 'forbidden' (the rest).
CREATE TABLE fund_account (
  id                INTEGER PRIMARY KEY,
  code              TEXT NOT NULL UNIQUE CHECK (code GLOB '[1-5][0-9][0-9][0-9]*' AND length(code) BETWEEN 4 AND 10
                      AND code NOT GLOB '*[^0-9]*'),
  name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind              TEXT NOT NULL CHECK (kind IN ('asset', 'liability', 'net_assets', 'income', 'expense')),
  normal_side       TEXT NOT NULL CHECK (normal_side IN ('debit', 'credit')),
  designation_rule  TEXT NOT NULL CHECK (designation_rule IN ('required', 'optional', 'forbidden')),
  parent_id         INTEGER REFERENCES fund_account (id),
  standard          INTEGER NOT NULL CHECK (standard IN (0, 1)),
  active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  CHECK (standard = 0 OR parent_id IS NULL),
  CHECK (parent_id IS NULL OR standard = 0)
) STRICT;

-- 限定用途: what restricted money is for (a community, a welfare project, or a purpose written out) and
-- how it is restricted (用途, or 时间: not to be used before usable_from). Lifted once, with the donor's
-- consent, by a posted 'lift' voucher.
CREATE TABLE fund_designation (
  id                INTEGER PRIMARY KEY,
  name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  target            TEXT NOT NULL CHECK (target IN ('community', 'project', 'purpose')),
  community_id      INTEGER REFERENCES community (id),
  project_name      TEXT NOT NULL DEFAULT '',
  purpose           TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
  restriction_kind  TEXT NOT NULL CHECK (restriction_kind IN ('use', 'time')),
  usable_from       TEXT CHECK (usable_from IS NULL OR usable_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  created_at        TEXT NOT NULL,
  lifted_voucher_id INTEGER REFERENCES fund_voucher (id),
  lift_consent      TEXT NOT NULL DEFAULT '',
  CHECK ((target = 'community') = (community_id IS NOT NULL)),
  CHECK ((target = 'project') = (project_name <> '')),
  CHECK ((restriction_kind = 'time') = (usable_from IS NOT NULL)),
  CHECK ((lifted_voucher_id IS NULL) = (lift_consent = ''))
) STRICT;
CREATE TRIGGER fund_designation_lifted_once BEFORE UPDATE ON fund_designation
WHEN OLD.lifted_voucher_id IS NOT NULL
  OR NEW.id IS NOT OLD.id OR NEW.target IS NOT OLD.target OR NEW.community_id IS NOT OLD.community_id
  OR NEW.restriction_kind IS NOT OLD.restriction_kind OR NEW.created_at IS NOT OLD.created_at
BEGIN
  SELECT RAISE(ABORT, 'a designation keeps its target and kind, and a lifted one never changes');
END;
CREATE TRIGGER fund_designation_no_delete BEFORE DELETE ON fund_designation
BEGIN
  SELECT RAISE(ABORT, 'designations are never deleted');
END;

CREATE TABLE fund_donor (
  id               INTEGER PRIMARY KEY,
  kind             TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  uscc             TEXT NOT NULL DEFAULT '',
  contact_person   TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  address          TEXT NOT NULL DEFAULT '',
  anonymous        INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  -- The name public documents print: 爱心人士 (or what the donor chose) for an anonymous donor.
  published_name   TEXT NOT NULL CHECK (length(trim(published_name)) > 0),
  note             TEXT NOT NULL DEFAULT '',
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (kind = 'organisation' OR uscc = ''),
  CHECK (anonymous = 1 OR published_name = name)
) STRICT;
CREATE UNIQUE INDEX fund_donor_uscc ON fund_donor (uscc) WHERE uscc <> '';
CREATE TRIGGER fund_donor_no_delete BEFORE DELETE ON fund_donor
BEGIN
  SELECT RAISE(ABORT, 'donors are never deleted');
END;

-- A donation and the 公益事业捐赠票据 the host issues for it (recorded when it arrives). Its money is in
-- the books through its 'donation' voucher (fund_voucher.donation_id); once that is posted the donation's
-- facts are frozen and only the 票据 can still be recorded.
CREATE TABLE fund_donation (
  id                   INTEGER PRIMARY KEY,
  donor_id             INTEGER NOT NULL REFERENCES fund_donor (id),
  donation_date        TEXT NOT NULL CHECK (donation_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_fen           INTEGER NOT NULL CHECK (amount_fen > 0),
  channel              TEXT NOT NULL CHECK (channel IN ('bank_transfer', 'cash', 'online', 'in_kind')),
  platform             TEXT NOT NULL DEFAULT '',
  in_kind_description  TEXT NOT NULL DEFAULT '',
  valuation_basis      TEXT NOT NULL DEFAULT '',
  designation_id       INTEGER REFERENCES fund_designation (id),
  note                 TEXT NOT NULL DEFAULT '',
  receipt_code         TEXT NOT NULL DEFAULT '',
  receipt_number       TEXT NOT NULL DEFAULT '',
  receipt_check_code   TEXT NOT NULL DEFAULT '',
  receipt_date         TEXT,
  created_at           TEXT NOT NULL,
  updated_at           TEXT NOT NULL,
  CHECK (channel <> 'online' OR length(trim(platform)) > 0),
  CHECK ((channel = 'in_kind') = (in_kind_description <> '') AND (channel = 'in_kind') = (valuation_basis <> '')),
  CHECK ((receipt_number = '') = (receipt_date IS NULL) AND (receipt_number = '') = (receipt_code = ''))
) STRICT;
CREATE INDEX fund_donation_date ON fund_donation (donation_date);
CREATE INDEX fund_donation_receipt ON fund_donation (receipt_code, receipt_number) WHERE receipt_number <> '';

-- 记账凭证. A draft (or one submitted for review) keeps its lines in fund_draft_line and may still change;
-- posting draws its number (记-2026-03-0001, gapless per month), copies its lines into fund_voucher_line
-- and freezes it. A correction is a red reversal (kind 'reversal', same lines with amounts negated) or a
-- supplementary voucher. A 'release' voucher is written with the posting of a voucher that spends
-- designated money (source_id); 'year_end' by the December close.
CREATE TABLE fund_voucher (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('general', 'opening', 'donation', 'grant', 'bank_charge',
                    'interest', 'refund', 'release', 'lift', 'year_end', 'reversal', 'supplementary')),
  state           TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'posted')),
  voucher_date    TEXT NOT NULL CHECK (voucher_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
  attachments     INTEGER NOT NULL DEFAULT 0 CHECK (attachments BETWEEN 0 AND 999),
  host_reference  TEXT NOT NULL DEFAULT '',
  counterparty    TEXT NOT NULL DEFAULT '',
  provider_id     INTEGER REFERENCES provider (id),
  donation_id     INTEGER REFERENCES fund_donation (id),
  designation_id  INTEGER REFERENCES fund_designation (id),
  lift_consent    TEXT NOT NULL DEFAULT '',
  reverses_id     INTEGER REFERENCES fund_voucher (id),
  supplements_id  INTEGER REFERENCES fund_voucher (id),
  source_id       INTEGER REFERENCES fund_voucher (id),
  reversed_by_id  INTEGER REFERENCES fund_voucher (id),
  period          TEXT,
  seq             INTEGER,
  created_at      TEXT NOT NULL,
  created_by      TEXT NOT NULL,
  submitted_at    TEXT,
  posted_at       TEXT,
  posted_by       TEXT,
  reject_reason   TEXT NOT NULL DEFAULT '',
  CHECK ((state = 'posted') = (seq IS NOT NULL) AND (seq IS NULL) = (period IS NULL)
    AND (seq IS NULL) = (posted_at IS NULL) AND (seq IS NULL) = (posted_by IS NULL)),
  CHECK (period IS NULL OR period = substr(voucher_date, 1, 7)),
  CHECK (seq IS NULL OR seq > 0),
  CHECK ((kind = 'reversal') = (reverses_id IS NOT NULL)),
  CHECK ((kind = 'supplementary') = (supplements_id IS NOT NULL)),
  CHECK ((kind = 'release') = (source_id IS NOT NULL)),
  CHECK ((kind = 'lift') = (lift_consent <> '')),
  CHECK (state <> 'draft' OR submitted_at IS NULL)
) STRICT;
CREATE UNIQUE INDEX fund_voucher_number ON fund_voucher (period, seq) WHERE seq IS NOT NULL;
CREATE INDEX fund_voucher_date ON fund_voucher (voucher_date);
CREATE INDEX fund_voucher_state ON fund_voucher (state) WHERE state <> 'posted';
CREATE INDEX fund_voucher_donation ON fund_voucher (donation_id) WHERE donation_id IS NOT NULL;
-- One reversal per original, pending or posted; one opening voucher.
CREATE UNIQUE INDEX fund_voucher_reversed_once ON fund_voucher (reverses_id) WHERE reverses_id IS NOT NULL;
CREATE UNIQUE INDEX fund_voucher_one_opening ON fund_voucher (kind) WHERE kind = 'opening';
CREATE UNIQUE INDEX fund_voucher_released_once ON fund_voucher (source_id) WHERE source_id IS NOT NULL;

-- A posted voucher changes once: when its reversal is posted, reversed_by_id is set. Never deleted.
CREATE TRIGGER fund_voucher_posted_frozen BEFORE UPDATE ON fund_voucher
WHEN OLD.state = 'posted' AND (
  OLD.reversed_by_id IS NOT NULL OR NEW.reversed_by_id IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.kind IS NOT OLD.kind OR NEW.state IS NOT OLD.state
  OR NEW.voucher_date IS NOT OLD.voucher_date OR NEW.summary IS NOT OLD.summary
  OR NEW.attachments IS NOT OLD.attachments OR NEW.host_reference IS NOT OLD.host_reference
  OR NEW.counterparty IS NOT OLD.counterparty OR NEW.provider_id IS NOT OLD.provider_id
  OR NEW.donation_id IS NOT OLD.donation_id OR NEW.designation_id IS NOT OLD.designation_id
  OR NEW.lift_consent IS NOT OLD.lift_consent OR NEW.reverses_id IS NOT OLD.reverses_id
  OR NEW.supplements_id IS NOT OLD.supplements_id OR NEW.source_id IS NOT OLD.source_id
  OR NEW.period IS NOT OLD.period OR NEW.seq IS NOT OLD.seq OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by OR NEW.submitted_at IS NOT OLD.submitted_at
  OR NEW.posted_at IS NOT OLD.posted_at OR NEW.posted_by IS NOT OLD.posted_by
  OR NEW.reject_reason IS NOT OLD.reject_reason)
BEGIN
  SELECT RAISE(ABORT, 'a posted voucher never changes except to name its reversal once');
END;
CREATE TRIGGER fund_voucher_no_delete BEFORE DELETE ON fund_voucher
WHEN OLD.state = 'posted'
BEGIN
  SELECT RAISE(ABORT, 'posted vouchers are never deleted');
END;

-- The lines of a voucher not yet posted. A line is a debit or a credit, never both; amounts are positive
-- here (a red reversal is written by the posting itself).
CREATE TABLE fund_draft_line (
  voucher_id      INTEGER NOT NULL REFERENCES fund_voucher (id) ON DELETE CASCADE,
  line_no         INTEGER NOT NULL CHECK (line_no > 0),
  account_id      INTEGER NOT NULL REFERENCES fund_account (id),
  designation_id  INTEGER REFERENCES fund_designation (id),
  summary         TEXT NOT NULL DEFAULT '',
  debit_fen       INTEGER NOT NULL CHECK (debit_fen >= 0),
  credit_fen      INTEGER NOT NULL CHECK (credit_fen >= 0),
  PRIMARY KEY (voucher_id, line_no),
  CHECK ((debit_fen > 0) + (credit_fen > 0) = 1)
) STRICT;
CREATE TRIGGER fund_draft_line_not_posted BEFORE INSERT ON fund_draft_line
WHEN (SELECT state FROM fund_voucher WHERE id = NEW.voucher_id) = 'posted'
BEGIN
  SELECT RAISE(ABORT, 'a posted voucher has no draft lines');
END;

-- The lines of posted vouchers, for good. voucher_date is the voucher's, copied so that a ledger reads
-- one table. A red (reversing) line carries a negative amount on the original's side.
CREATE TABLE fund_voucher_line (
  id              INTEGER PRIMARY KEY,
  voucher_id      INTEGER NOT NULL REFERENCES fund_voucher (id),
  line_no         INTEGER NOT NULL CHECK (line_no > 0),
  account_id      INTEGER NOT NULL REFERENCES fund_account (id),
  designation_id  INTEGER REFERENCES fund_designation (id),
  summary         TEXT NOT NULL DEFAULT '',
  debit_fen       INTEGER NOT NULL,
  credit_fen      INTEGER NOT NULL,
  voucher_date    TEXT NOT NULL,
  UNIQUE (voucher_id, line_no),
  CHECK ((debit_fen <> 0) + (credit_fen <> 0) = 1)
) STRICT;
CREATE INDEX fund_voucher_line_account ON fund_voucher_line (account_id, voucher_date, voucher_id);
CREATE INDEX fund_voucher_line_designation ON fund_voucher_line (designation_id, voucher_date)
  WHERE designation_id IS NOT NULL;
CREATE TRIGGER fund_voucher_line_needs_posted BEFORE INSERT ON fund_voucher_line
WHEN (SELECT state FROM fund_voucher WHERE id = NEW.voucher_id) IS NOT 'posted'
  OR NEW.voucher_date IS NOT (SELECT voucher_date FROM fund_voucher WHERE id = NEW.voucher_id)
BEGIN
  SELECT RAISE(ABORT, 'voucher lines are written with the posting of their voucher');
END;
CREATE TRIGGER fund_voucher_line_no_update BEFORE UPDATE ON fund_voucher_line
BEGIN
  SELECT RAISE(ABORT, 'posted voucher lines never change');
END;
CREATE TRIGGER fund_voucher_line_no_delete BEFORE DELETE ON fund_voucher_line
BEGIN
  SELECT RAISE(ABORT, 'posted voucher lines are never deleted');
END;

-- Month totals per account and designation (0 = none), kept by the trigger below in the posting's own
-- transaction, so that a trial balance over years of lines reads a few hundred rows. `cli check`
-- recomputes them from the lines.
CREATE TABLE fund_period_total (
  period          TEXT NOT NULL,
  account_id      INTEGER NOT NULL,
  designation_id  INTEGER NOT NULL,
  debit_fen       INTEGER NOT NULL,
  credit_fen      INTEGER NOT NULL,
  PRIMARY KEY (period, account_id, designation_id)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER fund_voucher_line_totals AFTER INSERT ON fund_voucher_line
BEGIN
  INSERT INTO fund_period_total (period, account_id, designation_id, debit_fen, credit_fen)
  VALUES (substr(NEW.voucher_date, 1, 7), NEW.account_id, coalesce(NEW.designation_id, 0), NEW.debit_fen,
    NEW.credit_fen)
  ON CONFLICT (period, account_id, designation_id) DO UPDATE
    SET debit_fen = debit_fen + excluded.debit_fen, credit_fen = credit_fen + excluded.credit_fen;
END;

-- A used account keeps its code, kind, side, rule and parent; a standard account keeps them always.
CREATE TRIGGER fund_account_keeps_code BEFORE UPDATE ON fund_account
WHEN (NEW.code IS NOT OLD.code OR NEW.kind IS NOT OLD.kind OR NEW.normal_side IS NOT OLD.normal_side
    OR NEW.designation_rule IS NOT OLD.designation_rule OR NEW.parent_id IS NOT OLD.parent_id
    OR NEW.standard IS NOT OLD.standard OR NEW.id IS NOT OLD.id)
  AND (OLD.standard = 1
    OR EXISTS (SELECT 1 FROM fund_voucher_line WHERE account_id = OLD.id)
    OR EXISTS (SELECT 1 FROM fund_draft_line WHERE account_id = OLD.id))
BEGIN
  SELECT RAISE(ABORT, 'a used or standard account keeps its code and kind');
END;
CREATE TRIGGER fund_account_no_delete BEFORE DELETE ON fund_account
BEGIN
  SELECT RAISE(ABORT, 'accounts are deactivated, never deleted');
END;

-- The chart of 《民间非营利组织会计制度》 (附录 会计科目和会计报表, 会计科目名称和编号), the accounts a
-- community fund uses. Contra accounts (累计折旧, 坏账准备) keep the credit side.
INSERT INTO fund_account (code, name, kind, normal_side, designation_rule, standard) VALUES
  ('1001', '现金', 'asset', 'debit', 'forbidden', 1),
  ('1002', '银行存款', 'asset', 'debit', 'forbidden', 1),
  ('1009', '其他货币资金', 'asset', 'debit', 'forbidden', 1),
  ('1101', '短期投资', 'asset', 'debit', 'forbidden', 1),
  ('1121', '应收账款', 'asset', 'debit', 'forbidden', 1),
  ('1122', '其他应收款', 'asset', 'debit', 'forbidden', 1),
  ('1131', '坏账准备', 'asset', 'credit', 'forbidden', 1),
  ('1141', '预付账款', 'asset', 'debit', 'forbidden', 1),
  ('1201', '存货', 'asset', 'debit', 'forbidden', 1),
  ('1301', '待摊费用', 'asset', 'debit', 'forbidden', 1),
  ('1501', '固定资产', 'asset', 'debit', 'forbidden', 1),
  ('1502', '累计折旧', 'asset', 'credit', 'forbidden', 1),
  ('2101', '短期借款', 'liability', 'credit', 'forbidden', 1),
  ('2202', '应付账款', 'liability', 'credit', 'forbidden', 1),
  ('2203', '预收账款', 'liability', 'credit', 'forbidden', 1),
  ('2204', '应付工资', 'liability', 'credit', 'forbidden', 1),
  ('2206', '应交税金', 'liability', 'credit', 'forbidden', 1),
  ('2209', '其他应付款', 'liability', 'credit', 'forbidden', 1),
  ('2301', '预提费用', 'liability', 'credit', 'forbidden', 1),
  ('3101', '非限定性净资产', 'net_assets', 'credit', 'forbidden', 1),
  ('3102', '限定性净资产', 'net_assets', 'credit', 'required', 1),
  ('4101', '捐赠收入', 'income', 'credit', 'optional', 1),
  ('4201', '会费收入', 'income', 'credit', 'optional', 1),
  ('4301', '提供服务收入', 'income', 'credit', 'optional', 1),
  ('4401', '政府补助收入', 'income', 'credit', 'optional', 1),
  ('4601', '投资收益', 'income', 'credit', 'optional', 1),
  ('4901', '其他收入', 'income', 'credit', 'optional', 1),
  ('5101', '业务活动成本', 'expense', 'debit', 'optional', 1),
  ('5201', '管理费用', 'expense', 'debit', 'optional', 1),
  ('5301', '筹资费用', 'expense', 'debit', 'optional', 1),
  ('5401', '其他费用', 'expense', 'debit', 'optional', 1);

INSERT INTO audit_action (code) VALUES ('close'), ('reopen'), ('lift');
