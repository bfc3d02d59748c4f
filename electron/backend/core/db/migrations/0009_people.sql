-- 0009: the people who keep the books. Users sign in; every audit row from now on names the user's id
-- beside the name it always had; a record's preparers and its approvals are kept by the core, so that
-- whoever prepared a record cannot approve it (unless the office works 一人岗, which each approval keeps).

CREATE TABLE app_user (
  id                   INTEGER PRIMARY KEY,
  -- Compared without case: Zhang and zhang are one login.
  login                TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (login GLOB '[A-Za-z0-9._-]*' AND length(login) BETWEEN 2 AND 32),
  display_name         TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
  role                 TEXT NOT NULL CHECK (role IN ('preparer', 'approver', 'administrator')),
  active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- scrypt$N$r$p$salt$hash (base64url): the parameters travel with the hash, so they can be raised later.
  password_hash        TEXT NOT NULL CHECK (password_hash GLOB 'scrypt$*'),
  must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
  failed_attempts      INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until         TEXT,
  created_at           TEXT NOT NULL,
  last_sign_in_at      TEXT
) STRICT;

-- A user is disabled, never removed: the audit log and the signatures keep pointing at them.
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN
  SELECT RAISE(ABORT, 'users are disabled, never removed');
END;

-- One row: the separation settings. 一人岗 waives preparer ≠ approver (audited, printed on documents).
CREATE TABLE people_settings (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  single_person_post INTEGER NOT NULL DEFAULT 0 CHECK (single_person_post IN (0, 1)),
  idle_minutes       INTEGER NOT NULL DEFAULT 30 CHECK (idle_minutes BETWEEN 5 AND 240),
  updated_at         TEXT NOT NULL
) STRICT;

-- Who prepared a record (computed, edited, drafted, submitted it): each of them is barred from approving it.
CREATE TABLE record_preparer (
  record      TEXT NOT NULL CHECK (length(record) > 0),
  record_id   INTEGER NOT NULL,
  user_id     INTEGER NOT NULL REFERENCES app_user (id),
  first_at    TEXT NOT NULL,
  last_at     TEXT NOT NULL,
  PRIMARY KEY (record, record_id, user_id)
) STRICT;

-- An approval's signature: who, when, and whether it was one the 一人岗 waiver allowed (the approver had
-- prepared the record), which the documents print. Appended, never changed.
CREATE TABLE record_approval (
  id                 INTEGER PRIMARY KEY,
  record             TEXT NOT NULL CHECK (length(record) > 0),
  record_id          INTEGER NOT NULL,
  step               TEXT NOT NULL CHECK (length(step) > 0),
  user_id            INTEGER NOT NULL REFERENCES app_user (id),
  at                 TEXT NOT NULL,
  single_person_post INTEGER NOT NULL CHECK (single_person_post IN (0, 1))
) STRICT;
CREATE INDEX record_approval_record ON record_approval (record, record_id);
CREATE TRIGGER record_approval_no_update BEFORE UPDATE ON record_approval
BEGIN
  SELECT RAISE(ABORT, 'record_approval is append-only');
END;
CREATE TRIGGER record_approval_no_delete BEFORE DELETE ON record_approval
BEGIN
  SELECT RAISE(ABORT, 'record_approval is append-only');
END;

-- Rows written before users existed keep their OS-account name and no id.
ALTER TABLE audit_log ADD COLUMN user_id INTEGER REFERENCES app_user (id);

INSERT INTO audit_action (code) VALUES
  ('sign_in'), ('sign_in_failed'), ('sign_out'), ('lock'), ('enable'), ('disable'), ('reset_password'),
  ('change_password');
