// What the app says about the ledger file before anyone signs in: open, or why not and the ways out.
// The same words reach the desktop window, the browser page and the CLI (electron/backend/core/db/diagnosis).
import { z } from 'zod';

/** What can be wrong with the file at the ledger's path (core/db/diagnosis/diagnose.ts decides). */
export const ledgerProblems = [
  'directory',
  'empty',
  'notSqlite',
  'truncated',
  'corrupt',
  'tablesMissing',
  'fileReadOnly',
  'folderReadOnly',
  'halfMigrated',
  'newer',
  'unopenable',
] as const;
export type LedgerProblem = (typeof ledgerProblems)[number];

/** The ways out a page or the CLI offers. */
export const wayOutActions = ['restoreBackup', 'finishUpgrade', 'startNew', 'recheck'] as const;
export type WayOut = (typeof wayOutActions)[number];

/** The ways out as the page's buttons and the CLI name them. */
export const wayOutLabels: Record<WayOut, string> = {
  restoreBackup: '从此备份恢复',
  finishUpgrade: '继续完成升级',
  startNew: '移走此文件并新建台账',
  recheck: '重新检查',
};

/** The newest backup that passed its verification, as the recovery page shows it. */
export interface RestorableBackup {
  fileName: string;
  /** When it was taken, local ISO timestamp. */
  takenAt: string;
  sizeBytes: number;
  /** Rows per table, as counted when it was verified. */
  counts: Record<string, number>;
}

export interface LedgerProblemReport {
  problem: LedgerProblem;
  /** A short heading: 台账数据库文件是空的. */
  title: string;
  /** In a clerk's words: what happened, and what it means for the records. */
  explanation: string;
  dbPath: string;
  /** The version the file says it is at, where it could be read. */
  schemaVersion: number | null;
  /** For support: SQLite's code or the numbers behind the explanation. */
  detail: string | null;
  waysOut: WayOut[];
}

export type UnavailableLedger = {
  state: 'unavailable';
  newestBackup: RestorableBackup | null;
} & LedgerProblemReport;

export type LedgerStatus = { state: 'open' } | UnavailableLedger;

export const ledgerRecoverInput = z.object({
  action: z.enum(wayOutActions, { error: '恢复方式：只能是从备份恢复、继续完成升级、新建台账或重新检查' }),
});

export interface RecoveryOutcome {
  status: LedgerStatus;
  /** Where the damaged file (and its -wal/-shm) was moved, when this way out moved it. */
  movedAside: string | null;
  /** The backup put in place, when this way out restored one. */
  restoredFrom: string | null;
}
