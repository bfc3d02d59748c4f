-- 0006: closed periods (结账). The posting core (core/periods.ts) refuses any posting or reversal dated
-- inside a period closed for its ledger ('funding' for 拨付 and 调整; later 'contracts', 'fund'). Empty
-- until a period close writes it (the micro-fund's 月结). A reopening (反结账) fills the reopen columns once;
-- the row stays, so the history of every close and reopen is kept, and a later close is a new row.
CREATE TABLE closed_period (
  id             INTEGER PRIMARY KEY,
  ledger         TEXT NOT NULL CHECK (length(trim(ledger)) > 0),
  period_start   TEXT NOT NULL CHECK (period_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  period_end     TEXT NOT NULL CHECK (period_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  closed_at      TEXT NOT NULL,
  closed_by      TEXT NOT NULL CHECK (length(trim(closed_by)) > 0),
  -- A digest of the period's postings at close, so `cli check` can report a later change.
  checksum       TEXT,
  reopened_at    TEXT,
  reopened_by    TEXT,
  reopen_reason  TEXT,
  CHECK (period_end >= period_start),
  CHECK ((reopened_at IS NULL) = (reopened_by IS NULL) AND (reopened_at IS NULL) = (reopen_reason IS NULL)),
  CHECK (reopen_reason IS NULL OR length(trim(reopen_reason)) > 0)
) STRICT;
-- A period is closed at most once at a time; after a reopening it may be closed again.
CREATE UNIQUE INDEX closed_period_once ON closed_period (ledger, period_start) WHERE reopened_at IS NULL;

-- A close is never edited or removed: the only change is its one reopening.
CREATE TRIGGER closed_period_no_update BEFORE UPDATE ON closed_period
WHEN OLD.reopened_at IS NOT NULL OR NEW.reopened_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.ledger IS NOT OLD.ledger OR NEW.period_start IS NOT OLD.period_start
  OR NEW.period_end IS NOT OLD.period_end OR NEW.closed_at IS NOT OLD.closed_at
  OR NEW.closed_by IS NOT OLD.closed_by OR NEW.checksum IS NOT OLD.checksum
BEGIN
  SELECT RAISE(ABORT, 'a closed period is reopened once and otherwise never changes');
END;
CREATE TRIGGER closed_period_no_delete BEFORE DELETE ON closed_period
BEGIN
  SELECT RAISE(ABORT, 'closed periods are never deleted');
END;
