-- 0001: the office's settings, the community register (communities, courtyards, yearly profiles with
-- households per courtyard) and the audit log. Shipped migrations are never edited; add a new file.

CREATE TABLE office_settings (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  office_name       TEXT NOT NULL,
  district          TEXT NOT NULL DEFAULT '',
  contact_person    TEXT NOT NULL DEFAULT '',
  contact_phone     TEXT NOT NULL DEFAULT '',
  supervision_phone TEXT NOT NULL DEFAULT '',
  updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE community (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
  code           TEXT NOT NULL DEFAULT '',
  address        TEXT NOT NULL DEFAULT '',
  floor_area_m2  REAL NOT NULL DEFAULT 0 CHECK (floor_area_m2 >= 0),
  is_pilot       INTEGER NOT NULL DEFAULT 0 CHECK (is_pilot IN (0, 1)),
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL
) STRICT;
-- Names are unique in the office, whatever their spacing or status.
CREATE UNIQUE INDEX community_name_unique ON community (name);
CREATE UNIQUE INDEX community_code_unique ON community (code) WHERE code <> '';

CREATE TABLE courtyard (
  id            INTEGER PRIMARY KEY,
  community_id  INTEGER NOT NULL REFERENCES community (id),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  type          TEXT NOT NULL CHECK (type IN ('self_governed', 'public_unit', 'property_managed')),
  status        TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX courtyard_name_unique ON courtyard (community_id, name);

CREATE TABLE community_profile (
  id                    INTEGER PRIMARY KEY,
  community_id          INTEGER NOT NULL REFERENCES community (id),
  year                  INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  total_households      INTEGER NOT NULL CHECK (total_households >= 0),
  social_workers        INTEGER NOT NULL CHECK (social_workers >= 0),
  committee_directors   INTEGER NOT NULL CHECK (committee_directors >= 0),
  committee_deputies    INTEGER NOT NULL CHECK (committee_deputies >= 0),
  committee_members     INTEGER NOT NULL CHECK (committee_members >= 0),
  director_name         TEXT NOT NULL DEFAULT '',
  secretary_is_director INTEGER NOT NULL DEFAULT 0 CHECK (secretary_is_director IN (0, 1)),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  UNIQUE (community_id, year)
) STRICT;

CREATE TABLE courtyard_households (
  profile_id    INTEGER NOT NULL REFERENCES community_profile (id) ON DELETE CASCADE,
  courtyard_id  INTEGER NOT NULL REFERENCES courtyard (id),
  households    INTEGER NOT NULL CHECK (households >= 0),
  PRIMARY KEY (profile_id, courtyard_id)
) STRICT;
CREATE INDEX courtyard_households_courtyard ON courtyard_households (courtyard_id);

-- Append-only: the audit log is never changed once written.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'archive', 'restore', 'delete', 'compute',
                                         'approve', 'post', 'reverse', 'import', 'publish', 'submit',
                                         'review', 'decide', 'revoke')),
  entity      TEXT NOT NULL,
  entity_id   INTEGER,
  summary     TEXT NOT NULL,
  before_json TEXT,
  after_json  TEXT
) STRICT;
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
