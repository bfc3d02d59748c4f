-- 0002: community funding. Versioned standards, a year's allocation (draft, then approved and frozen),
-- adjustments and disbursements (append-only, corrected by reversals), and the office's edits to the
-- holiday calendar used for posting periods.

CREATE TABLE funding_standard (
  id                        INTEGER PRIMARY KEY,
  effective_year            INTEGER NOT NULL UNIQUE CHECK (effective_year BETWEEN 2000 AND 2100),
  basic_min_households      INTEGER NOT NULL CHECK (basic_min_households > 0),
  basic_base_max_households INTEGER NOT NULL CHECK (basic_base_max_households >= basic_min_households),
  basic_base_fen            INTEGER NOT NULL CHECK (basic_base_fen >= 0),
  basic_block_households    INTEGER NOT NULL CHECK (basic_block_households > 0),
  basic_block_fen           INTEGER NOT NULL CHECK (basic_block_fen >= 0),
  part_block_rule           TEXT NOT NULL CHECK (part_block_rule IN ('whole_blocks', 'round_up', 'pro_rata')),
  rate_self_governed_fen    INTEGER NOT NULL CHECK (rate_self_governed_fen >= 0),
  rate_public_unit_fen      INTEGER NOT NULL CHECK (rate_public_unit_fen >= 0),
  rate_property_managed_fen INTEGER NOT NULL CHECK (rate_property_managed_fen >= 0),
  secretary_uplift_percent  INTEGER NOT NULL CHECK (secretary_uplift_percent BETWEEN 0 AND 100),
  note                      TEXT NOT NULL DEFAULT '',
  created_at                TEXT NOT NULL,
  updated_at                TEXT NOT NULL
) STRICT;

-- The policy's standard, in force since the 2020 pilot (官民函〔2022〕61号 二(二)).
INSERT INTO funding_standard (effective_year, basic_min_households, basic_base_max_households, basic_base_fen,
  basic_block_households, basic_block_fen, part_block_rule, rate_self_governed_fen, rate_public_unit_fen,
  rate_property_managed_fen, secretary_uplift_percent, note, created_at, updated_at)
VALUES (2020, 10000, 20000, 30000000, 10000, 10000000, 'whole_blocks', 5000, 2000, 3000, 30,
  '官民函〔2022〕61号：基本办公经费10000—20000户30万元/年，超出20000户的每超出10000户匹配10万元/年；政府购买社区公共服务经费按自治院落50元/户、公共单位院落20元/户、物管院落30元/户核定；书记兼主任年度绩效考核兑现上浮30%。',
  '2020-08-21T00:00:00+08:00', '2020-08-21T00:00:00+08:00');

-- One row per year that has an allocation; approval freezes the year's lines.
CREATE TABLE allocation_year (
  year         INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  status       TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  standard_id  INTEGER NOT NULL REFERENCES funding_standard (id),
  approved_by  TEXT,
  approved_at  TEXT,
  created_at   TEXT NOT NULL,
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
) STRICT;

CREATE TRIGGER allocation_year_stays_approved BEFORE UPDATE ON allocation_year
WHEN OLD.status = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'approved allocation year is immutable');
END;
CREATE TRIGGER allocation_year_no_delete_approved BEFORE DELETE ON allocation_year
WHEN OLD.status = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'approved allocation year is immutable');
END;

CREATE TABLE allocation_line (
  id                  INTEGER PRIMARY KEY,
  year                INTEGER NOT NULL REFERENCES allocation_year (year),
  community_id        INTEGER NOT NULL REFERENCES community (id),
  category            TEXT NOT NULL CHECK (category IN ('basic_office', 'party_building', 'purchased_services')),
  households_basis    INTEGER,
  computed_fen        INTEGER,
  amount_fen          INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
  override_reason     TEXT NOT NULL DEFAULT '',
  breakdown           TEXT NOT NULL DEFAULT '',
  party_organisations TEXT NOT NULL DEFAULT '',
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  UNIQUE (year, community_id, category),
  -- An amount that differs from what the standard gives must say why.
  CHECK (amount_fen IS NULL OR category = 'party_building' OR amount_fen IS computed_fen OR override_reason <> '')
) STRICT;
CREATE INDEX allocation_line_community ON allocation_line (community_id, year);

CREATE TRIGGER allocation_line_frozen_update BEFORE UPDATE ON allocation_line
WHEN (SELECT status FROM allocation_year WHERE year = OLD.year) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'approved allocation line is immutable');
END;
CREATE TRIGGER allocation_line_frozen_delete BEFORE DELETE ON allocation_line
WHEN (SELECT status FROM allocation_year WHERE year = OLD.year) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'approved allocation line is immutable');
END;
CREATE TRIGGER allocation_line_frozen_insert BEFORE INSERT ON allocation_line
WHEN (SELECT status FROM allocation_year WHERE year = NEW.year) = 'approved'
BEGIN
  SELECT RAISE(ABORT, 'approved allocation year is immutable');
END;

-- A change to an approved line: a signed amount with a reason. Append-only.
CREATE TABLE allocation_adjustment (
  id          INTEGER PRIMARY KEY,
  line_id     INTEGER NOT NULL REFERENCES allocation_line (id),
  date        TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0),
  reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  actor       TEXT NOT NULL,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX allocation_adjustment_line ON allocation_adjustment (line_id);

-- 拨付 against an approved line. Append-only; a mistake is undone by a reversal (negative amount,
-- reverses_id pointing at the original, at most one reversal per original).
CREATE TABLE disbursement (
  id           INTEGER PRIMARY KEY,
  line_id      INTEGER NOT NULL REFERENCES allocation_line (id),
  date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  amount_fen   INTEGER NOT NULL CHECK (amount_fen <> 0),
  voucher_no   TEXT NOT NULL CHECK (length(trim(voucher_no)) > 0),
  note         TEXT NOT NULL DEFAULT '',
  reverses_id  INTEGER UNIQUE REFERENCES disbursement (id),
  actor        TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  CHECK ((reverses_id IS NULL) = (amount_fen > 0))
) STRICT;
CREATE INDEX disbursement_line ON disbursement (line_id);

CREATE TRIGGER allocation_adjustment_no_update BEFORE UPDATE ON allocation_adjustment
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only');
END;
CREATE TRIGGER allocation_adjustment_no_delete BEFORE DELETE ON allocation_adjustment
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only');
END;
CREATE TRIGGER disbursement_no_update BEFORE UPDATE ON disbursement
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only');
END;
CREATE TRIGGER disbursement_no_delete BEFORE DELETE ON disbursement
BEGIN
  SELECT RAISE(ABORT, 'posted records are append-only');
END;
-- Money moves only against lines of an approved year.
CREATE TRIGGER disbursement_needs_approved_line BEFORE INSERT ON disbursement
WHEN (SELECT y.status FROM allocation_line l JOIN allocation_year y ON y.year = l.year WHERE l.id = NEW.line_id) IS NOT 'approved'
BEGIN
  SELECT RAISE(ABORT, 'disbursement needs an approved allocation line');
END;
CREATE TRIGGER adjustment_needs_approved_line BEFORE INSERT ON allocation_adjustment
WHEN (SELECT y.status FROM allocation_line l JOIN allocation_year y ON y.year = l.year WHERE l.id = NEW.line_id) IS NOT 'approved'
BEGIN
  SELECT RAISE(ABORT, 'adjustment needs an approved allocation line');
END;

-- The office's own entries in the holiday calendar; they take precedence over the shipped calendar.
-- kind 'normal' cancels a shipped entry.
CREATE TABLE calendar_day (
  date        TEXT PRIMARY KEY CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday', 'normal')),
  name        TEXT NOT NULL DEFAULT '',
  updated_at  TEXT NOT NULL
) STRICT;
