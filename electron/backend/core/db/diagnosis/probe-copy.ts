// Asks SQLite about a ledger without touching it. Even a read-only connection may create the -shm and
// -wal files beside a WAL database, and the last connection to close may checkpoint: so SQLite is asked
// about a copy (the file and its -wal, which holds the most recent commits) in a scratch folder, and the
// original keeps every byte. A ledger is a few megabytes; the copy costs less than the open that follows.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type ProbeAnswer =
  | { kind: 'corrupt'; code: string; detail: string }
  | { kind: 'answered'; schemaVersion: number; tables: Set<string> };

/** SQLite's own words for "this is not a sound database": the primary codes and their extended ones. */
const damageCodes = ['SQLITE_CORRUPT', 'SQLITE_NOTADB'];

function isDamage(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && damageCodes.some((base) => code === base || code.startsWith(`${base}_`));
}

/** integrity_check also reports rows that break a CHECK or NOT NULL rule. Those are the ledger's rules
 * broken (by raw SQL), not a damaged file: the file opens, and `cli check` names each in its own words. */
function isRuleBreach(finding: string): boolean {
  return /^(CHECK constraint failed|NULL value in|NOT NULL constraint failed)/.test(finding);
}

function copyWithJournal(dbPath: string, scratch: string): string {
  const copy = path.join(scratch, 'probe.sqlite');
  fs.copyFileSync(dbPath, copy);
  if (fs.existsSync(`${dbPath}-wal`)) fs.copyFileSync(`${dbPath}-wal`, `${copy}-wal`);
  // The copy keeps a read-only original's mode bits: the scratch copy must be writable to replay its WAL.
  for (const file of [copy, `${copy}-wal`]) if (fs.existsSync(file)) fs.chmodSync(file, 0o600);
  return copy;
}

function ask(copy: string, nativeBinding: string | undefined): ProbeAnswer {
  const db = new Database(copy, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const check = db.pragma('integrity_check(20)', { simple: false }) as { integrity_check: string }[];
    const findings = check
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok' && !isRuleBreach(line));
    if (findings.length > 0) return { kind: 'corrupt', code: 'integrity_check', detail: findings.join('；') };
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    return {
      kind: 'answered',
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      tables: new Set(tables),
    };
  } finally {
    db.close();
  }
}

export function probeCopy(dbPath: string, nativeBinding?: string): ProbeAnswer {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-diagnosis-'));
  try {
    return ask(copyWithJournal(dbPath, scratch), nativeBinding);
  } catch (error) {
    if (isDamage(error)) return { kind: 'corrupt', code: error.code, detail: error.message };
    throw error;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
