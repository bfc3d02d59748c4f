-- 0004: an approved year keeps the basis it was computed from. At approval the standard's figures and
-- every community's households are copied here; the year's screens and documents read them instead of
-- the live standard and register, which may change afterwards. Both tables are append-only and take rows
-- only while their year is still a draft, i.e. inside the approval's transaction, which then flips the
-- year to approved (an approved year without its basis is refused).

CREATE TABLE approved_standard (
  year                      INTEGER PRIMARY KEY REFERENCES allocation_year (year),
  standard_id               INTEGER NOT NULL REFERENCES funding_standard (id),
  effective_year            INTEGER NOT NULL,
  basic_min_households      INTEGER NOT NULL,
  basic_base_max_households INTEGER NOT NULL,
  basic_base_fen            INTEGER NOT NULL,
  basic_block_households    INTEGER NOT NULL,
  basic_block_fen           INTEGER NOT NULL,
  part_block_rule           TEXT NOT NULL CHECK (part_block_rule IN ('whole_blocks', 'round_up', 'pro_rata')),
  rate_self_governed_fen    INTEGER NOT NULL,
  rate_public_unit_fen      INTEGER NOT NULL,
  rate_property_managed_fen INTEGER NOT NULL,
  secretary_uplift_percent  INTEGER NOT NULL,
  frozen_at                 TEXT NOT NULL
) STRICT;

CREATE TABLE approved_households (
  year                    INTEGER NOT NULL REFERENCES allocation_year (year),
  community_id            INTEGER NOT NULL REFERENCES community (id),
  total_households        INTEGER NOT NULL CHECK (total_households >= 0),
  self_governed           INTEGER NOT NULL CHECK (self_governed >= 0),
  public_unit             INTEGER NOT NULL CHECK (public_unit >= 0),
  property_managed        INTEGER NOT NULL CHECK (property_managed >= 0),
  secretary_is_director   INTEGER NOT NULL CHECK (secretary_is_director IN (0, 1)),
  PRIMARY KEY (year, community_id)
) STRICT;

-- Years approved before this migration: their basis is taken from what the database holds now. The
-- standard is the version the year names, as it reads today; the total households are the ones each
-- basic-office line recorded when the year was computed, falling back to the profile; households by
-- courtyard type come from the year's profile (the only record of them).
INSERT INTO approved_standard
SELECT y.year, s.id, s.effective_year, s.basic_min_households, s.basic_base_max_households, s.basic_base_fen,
  s.basic_block_households, s.basic_block_fen, s.part_block_rule, s.rate_self_governed_fen,
  s.rate_public_unit_fen, s.rate_property_managed_fen, s.secretary_uplift_percent, y.approved_at
FROM allocation_year y JOIN funding_standard s ON s.id = y.standard_id
WHERE y.status = 'approved';

INSERT INTO approved_households
SELECT y.year, lc.community_id,
  coalesce(
    (SELECT l.households_basis FROM allocation_line l
     WHERE l.year = y.year AND l.community_id = lc.community_id AND l.category = 'basic_office'),
    p.total_households, 0),
  coalesce((SELECT sum(h.households) FROM courtyard_households h JOIN courtyard c ON c.id = h.courtyard_id
            WHERE h.profile_id = p.id AND c.type = 'self_governed'), 0),
  coalesce((SELECT sum(h.households) FROM courtyard_households h JOIN courtyard c ON c.id = h.courtyard_id
            WHERE h.profile_id = p.id AND c.type = 'public_unit'), 0),
  coalesce((SELECT sum(h.households) FROM courtyard_households h JOIN courtyard c ON c.id = h.courtyard_id
            WHERE h.profile_id = p.id AND c.type = 'property_managed'), 0),
  coalesce(p.secretary_is_director, 0)
FROM allocation_year y
JOIN (SELECT DISTINCT year, community_id FROM allocation_line) lc ON lc.year = y.year
LEFT JOIN community_profile p ON p.community_id = lc.community_id AND p.year = y.year
WHERE y.status = 'approved';

CREATE TRIGGER approved_standard_no_update BEFORE UPDATE ON approved_standard
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable');
END;
CREATE TRIGGER approved_standard_no_delete BEFORE DELETE ON approved_standard
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable');
END;
CREATE TRIGGER approved_standard_only_at_approval BEFORE INSERT ON approved_standard
WHEN (SELECT status FROM allocation_year WHERE year = NEW.year) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'approved basis is written only while its year is approved');
END;
CREATE TRIGGER approved_households_no_update BEFORE UPDATE ON approved_households
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable');
END;
CREATE TRIGGER approved_households_no_delete BEFORE DELETE ON approved_households
BEGIN
  SELECT RAISE(ABORT, 'approved basis is immutable');
END;
CREATE TRIGGER approved_households_only_at_approval BEFORE INSERT ON approved_households
WHEN (SELECT status FROM allocation_year WHERE year = NEW.year) IS NOT 'draft'
BEGIN
  SELECT RAISE(ABORT, 'approved basis is written only while its year is approved');
END;
-- A year is approved only with its basis, which must name the standard the year was computed with.
CREATE TRIGGER allocation_year_approved_with_basis BEFORE UPDATE OF status ON allocation_year
WHEN NEW.status = 'approved' AND NOT EXISTS (
  SELECT 1 FROM approved_standard b WHERE b.year = NEW.year AND b.standard_id = NEW.standard_id)
BEGIN
  SELECT RAISE(ABORT, 'allocation year needs its approved basis');
END;
-- A standard a year was approved with keeps its figures.
CREATE TRIGGER funding_standard_frozen_by_approval BEFORE UPDATE ON funding_standard
WHEN EXISTS (SELECT 1 FROM approved_standard b WHERE b.standard_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'funding standard used by an approved year is immutable');
END;
CREATE TRIGGER funding_standard_no_delete_approved BEFORE DELETE ON funding_standard
WHEN EXISTS (SELECT 1 FROM approved_standard b WHERE b.standard_id = OLD.id)
BEGIN
  SELECT RAISE(ABORT, 'funding standard used by an approved year is immutable');
END;
-- INSERT OR REPLACE deletes the row it collides with without firing the DELETE trigger (recursive
-- triggers are off): refuse an insert that would collide with a used standard's id or effective year.
CREATE TRIGGER funding_standard_no_replace_approved BEFORE INSERT ON funding_standard
WHEN EXISTS (SELECT 1 FROM approved_standard b WHERE b.standard_id = NEW.id OR b.effective_year = NEW.effective_year)
BEGIN
  SELECT RAISE(ABORT, 'funding standard used by an approved year is immutable');
END;
