// Opens the one SQLite file with the pragmas the data rules require (DESIGN.md §5): WAL for concurrent
// readers, synchronous=FULL so a committed payment survives a power cut, foreign keys on, a busy timeout,
// and recursive triggers on, so the row an INSERT OR REPLACE deletes meets its table's DELETE trigger.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

export interface OpenOptions {
  nativeBinding?: string;
  readonly?: boolean;
}

// The binding the ledger was last opened with. The checks build scratch databases in memory (what the
// migrations alone make); in the desktop's development run Node's default build of the module cannot
// load inside Electron, so a scratch database must use the binding the ledger itself loaded.
let ledgerBinding: string | undefined;

export function openDatabase(dbPath: string, options: OpenOptions = {}): Db {
  if (options.nativeBinding) ledgerBinding = options.nativeBinding;
  if (!options.readonly) fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const db = new Database(dbPath, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  applyPragmas(db, options.readonly ?? false);
  return db;
}

/** An in-memory database on the same native module as the ledger, for what the checks compare against. */
export function openScratchDatabase(): Db {
  return new Database(':memory:', ledgerBinding ? { nativeBinding: ledgerBinding } : {});
}

function applyPragmas(db: Db, readonly: boolean): void {
  db.pragma('busy_timeout = 5000');
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('recursive_triggers = ON');
}
