// What the composition root hands to a transport: one dispatch function over every channel.
import type { Result } from '../../../shared/contract';
import type { BackupRecord } from '../../../shared/features/backups/contract';
import type { BackupMoment } from '../core/backup/automatic';
import type { RestoringUser } from '../core/backup/ledger-file';
import type { RestoredFile } from '../core/backup/restore-file';
import type { PasswordCost } from '../core/people/passwords';
import type { Caller } from './caller';

export interface BackendOptions {
  /** The SQLite file. Its folder is created when missing. */
  dbPath: string;
  /** Folder with fonts and other shipped resources. */
  resourcesDir: string;
  /** Injected so tests can fix "today". */
  clock: () => Date;
  /** process.platform of the running app, for file names and defaults. */
  platform: NodeJS.Platform;
  /** scrypt's cost; the standard one unless a test needs thousands of hashes quickly. */
  passwordCost?: PasswordCost;
  /** Where unexpected errors go (the clerk sees a generic message); console.error by default. */
  logError?: (error: unknown) => void;
  /** Path of a better_sqlite3.node built for another runtime (the desktop shell in development). */
  nativeBinding?: string;
}

export interface Backend {
  /** Admits the caller by the channel's roles, validates the input against the contract, runs the
   * handler, and answers with the envelope. Never throws. */
  dispatch(channel: unknown, input: unknown, caller: Caller): Promise<Result<unknown>>;
  /** The app's own backup on start (when the last good one is a day old) or on quit (when the ledger
   * changed since), then the rotation. Never throws: a failure is logged and listed. */
  automaticBackup(moment: BackupMoment): Promise<BackupRecord | null>;
  /** The live restore behind backups.restore (from inside that dispatched call). */
  restore(backupFileName: string, by: RestoringUser): Promise<RestoredFile>;
  close(): void;
}
