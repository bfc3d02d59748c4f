// Before the app opens a ledger: what is at its path, decided WITHOUT changing a byte there (never create,
// never write, never checkpoint; SQLite is asked about a copy, see probe-copy.ts). A file that is not a
// sound ledger at a version this app can use is met with a problem report (explanations.ts) instead of
// being opened: before this, a 0-byte file silently became a new ledger and a read-only one answered
// every write with an internal error.
import fs from 'node:fs';
import path from 'node:path';
import type { LedgerProblemReport } from '../../../../../shared/contract/ledger';
import { loadMigrations, NewerDatabaseError, type Migration } from '../migrate';
import { hasUpgradeMarker } from '../upgrade-marker';
import { missingTables } from './expected-tables';
import { problemReport } from './explanations';
import { judgeHeader } from './file-header';
import { probeCopy } from './probe-copy';

export type Diagnosis =
  /** The app may open it: `creates` when no file is there yet and a new ledger will be made. */
  { kind: 'opens'; creates: boolean } | { kind: 'problem'; report: LedgerProblemReport };

export interface DiagnoseOptions {
  migrations?: Migration[];
  nativeBinding?: string;
}

const problem = (report: LedgerProblemReport): Diagnosis => ({ kind: 'problem', report });

/** Writable as the mode bits say (a Windows 只读 attribute clears them; root ignores them, so the bits
 * decide), and as the OS says for this user. */
function isWritable(target: string, stat: fs.Stats): boolean {
  if ((stat.mode & 0o222) === 0) return false;
  try {
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folder a new file would be made in: the nearest one that exists (openDatabase makes the rest). */
function nearestFolder(dbPath: string): string {
  let folder = path.dirname(dbPath);
  while (!fs.existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

function folderVerdict(dbPath: string): Diagnosis | null {
  const folder = nearestFolder(dbPath);
  return isWritable(folder, fs.statSync(folder)) ? null : problem(problemReport('folderReadOnly', dbPath));
}

export function diagnoseLedger(dbPath: string, options: DiagnoseOptions = {}): Diagnosis {
  const stat = fs.statSync(dbPath, { throwIfNoEntry: false });
  if (stat === undefined) return folderVerdict(dbPath) ?? { kind: 'opens', creates: true };
  if (stat.isDirectory()) return problem(problemReport('directory', dbPath));
  if (stat.size === 0) return problem(problemReport('empty', dbPath));
  const header = judgeHeader(dbPath, stat.size);
  if (header.kind === 'notSqlite') return problem(problemReport('notSqlite', dbPath));
  if (header.kind === 'truncated') {
    const detail = `文件大小 ${header.actualBytes} 字节，文件头记录 ${header.expectedBytes} 字节`;
    return problem(problemReport('truncated', dbPath, header, detail));
  }
  return contentVerdict(dbPath, options) ?? writeVerdict(dbPath, stat) ?? { kind: 'opens', creates: false };
}

/** What SQLite finds inside: damage, a newer version, tables gone, an upgrade cut off half-way. */
function contentVerdict(dbPath: string, options: DiagnoseOptions): Diagnosis | null {
  const answer = probeCopy(dbPath, options.nativeBinding);
  if (answer.kind === 'corrupt')
    return problem(problemReport('corrupt', dbPath, {}, `SQLite：${answer.code}`));
  const migrations = options.migrations ?? loadMigrations();
  const { schemaVersion } = answer;
  const latestVersion = migrations.length;
  if (schemaVersion > latestVersion) {
    const refusal = new NewerDatabaseError(schemaVersion, latestVersion);
    return problem(problemReport('newer', dbPath, { message: refusal.message, schemaVersion }));
  }
  const missing = missingTables(migrations, schemaVersion, answer.tables, options.nativeBinding);
  if (missing.length > 0) {
    const facts = { schemaVersion, missingCount: missing.length };
    return problem(problemReport('tablesMissing', dbPath, facts, `缺少的表：${missing.join('、')}`));
  }
  if (schemaVersion < latestVersion && hasUpgradeMarker(dbPath)) {
    return problem(problemReport('halfMigrated', dbPath, { schemaVersion, latestVersion }));
  }
  return null;
}

/** A sound file the app could not write to: the file or its folder (the -wal and -shm live beside it). */
function writeVerdict(dbPath: string, stat: fs.Stats): Diagnosis | null {
  if (!isWritable(dbPath, stat)) return problem(problemReport('fileReadOnly', dbPath));
  const folder = path.dirname(dbPath);
  return isWritable(folder, fs.statSync(folder)) ? null : problem(problemReport('folderReadOnly', dbPath));
}
