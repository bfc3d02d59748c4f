-- 0007: the database remembers the checksum of every migration that built it (written by the migrator,
-- core/migration-record.ts), so an app whose migrations differ refuses to open it. Migrations a database
-- had before this one are filled in from the app's manifest with applied_at NULL: their text can no
-- longer be seen, only trusted. The record is append-only like the migrations themselves.
CREATE TABLE schema_migrations (
  version     INTEGER PRIMARY KEY CHECK (version >= 1),
  name        TEXT NOT NULL CHECK (length(name) > 0),
  checksum    TEXT NOT NULL CHECK (length(checksum) = 64 AND checksum NOT GLOB '*[^0-9a-f]*'),
  -- NULL: applied before the record existed, by an earlier version of the app.
  applied_at  TEXT,
  recorded_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER schema_migrations_no_update BEFORE UPDATE ON schema_migrations
BEGIN
  SELECT RAISE(ABORT, 'schema_migrations is append-only');
END;
CREATE TRIGGER schema_migrations_no_delete BEFORE DELETE ON schema_migrations
BEGIN
  SELECT RAISE(ABORT, 'schema_migrations is append-only');
END;
