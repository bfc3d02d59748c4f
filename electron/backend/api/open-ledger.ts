// Opens the ledger file and brings its schema up to the app's: at start, and again after a restore.
import { openDatabase, type Db } from '../core/db/connection';
import { loadMigrations, migrate } from '../core/db/migrate';

export async function openLedger(dbPath: string, now: Date, nativeBinding?: string): Promise<Db> {
  const db = openDatabase(dbPath, nativeBinding ? { nativeBinding } : {});
  try {
    await migrate(db, loadMigrations(), { now });
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
