// Whether another program has the ledger open: in WAL mode every open connection holds a shared lock
// on the file, so an exclusive lock taken without waiting fails while the app (or the host) runs. A file
// must never be replaced under a running app: it would go on writing into the file that was replaced.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { bindingOf, type BackupEnv } from './verify-backup';

export function ledgerInUse(dbPath: string, env: Pick<BackupEnv, 'nativeBinding'>): boolean {
  if (!fs.existsSync(dbPath) || !fs.statSync(dbPath).isFile()) return false;
  let db: Database.Database;
  try {
    db = new Database(dbPath, { fileMustExist: true, ...bindingOf(env) });
  } catch {
    return false;
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    // Any other failure is a damaged file, which the restore moves aside: nobody can be using it.
    return error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_BUSY');
  } finally {
    db.close();
  }
}
