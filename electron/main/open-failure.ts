// The error box, the desktop's last resort: shown only when even the window that would carry the recovery
// page cannot be made. Its words are the recovery page's (core/db/diagnosis), never SQLite's English:
// what happened to which file, what to do next, and a code for support. A plain function, tested
// without Electron.
import type { LedgerProblemReport } from '../../shared/contract/ledger';
import { reportOfOpenError } from '../backend/core/db/diagnosis/open-errors';

export interface OpenFailure {
  title: string;
  message: string;
}

const title = '无法打开台账数据库';

/** A problem report as the lines of an error box. */
export function failureOfReport(report: LedgerProblemReport): OpenFailure {
  const lines = [report.explanation, `数据库文件：${report.dbPath}`];
  if (report.detail !== null) lines.push(report.detail);
  return { title, message: lines.join('\n\n') };
}

/** The error box for a failed start: what happened and what to do, the file, and a code for support. */
export function openFailure(error: unknown, dbPath: string): OpenFailure {
  return failureOfReport(reportOfOpenError(error, dbPath));
}
