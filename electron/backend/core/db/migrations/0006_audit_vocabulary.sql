-- 0006: the audit log's actions become rows of audit_action instead of a CHECK, so a later feature adds its
-- own words in its own migration (INSERT INTO audit_action) and no shipped migration is edited again.
-- SQLite cannot drop a CHECK, so audit_log is rebuilt as 0005 did: rows copied as they are, ids included;
-- DROP TABLE fires no triggers, and the append-only triggers are created again.

-- The vocabulary only grows: a word once written into the log keeps its meaning.
CREATE TABLE audit_action (
  code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z_]*')
) STRICT, WITHOUT ROWID;
INSERT INTO audit_action (code) VALUES
  ('create'), ('update'), ('archive'), ('restore'), ('delete'), ('compute'), ('approve'), ('post'),
  ('reverse'), ('import'), ('publish'), ('submit'), ('review'), ('decide'), ('revoke'), ('withdraw');
CREATE TRIGGER audit_action_no_update BEFORE UPDATE ON audit_action
BEGIN
  SELECT RAISE(ABORT, 'audit actions are never changed');
END;
CREATE TRIGGER audit_action_no_delete BEFORE DELETE ON audit_action
BEGIN
  SELECT RAISE(ABORT, 'audit actions are never removed');
END;

CREATE TABLE audit_log_new (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL REFERENCES audit_action (code),
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
