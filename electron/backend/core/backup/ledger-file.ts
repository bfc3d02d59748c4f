// What the services know of the ledger file behind the connection: where it is, how its backups are
// checked, the backup under way, and the live restore the composition root provides (it alone can close
// the connection and hand every later call the reopened one).
import type { BackupProgressTracker } from './progress';
import type { RestoredFile } from './restore-file';
import type { BackupEnv } from './verify-backup';

/** Who restores: named in the restored ledger's audit row (by login, since its users may differ). */
export interface RestoringUser {
  login: string;
  displayName: string;
}

export interface LedgerFile {
  dbPath: string;
  env: BackupEnv;
  progress: BackupProgressTracker;
  /** Waits for the calls under way, closes the connection, restores the file, reopens and migrates it,
   * writes the restore's audit row into it and signs everyone out. Called from a dispatched call. */
  restore(backupFileName: string, by: RestoringUser): Promise<RestoredFile>;
}
