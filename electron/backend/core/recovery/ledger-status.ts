// What the recovery page is told about a ledger that cannot be opened: the problem report and the newest
// verified backup, if there is one (only then is 从此备份恢复 offered).
import type {
  LedgerProblemReport,
  RestorableBackup,
  UnavailableLedger,
} from '../../../../shared/contract/ledger';
import { newestVerifiedBackup } from '../backup/list-backups';

export function newestRestorable(dbPath: string): RestorableBackup | null {
  const newest = newestVerifiedBackup(dbPath);
  if (newest === null) return null;
  const { fileName, takenAt, sizeBytes, counts } = newest;
  return { fileName, takenAt, sizeBytes, counts };
}

export function unavailableStatus(report: LedgerProblemReport): UnavailableLedger {
  const newestBackup = newestRestorable(report.dbPath);
  const waysOut =
    newestBackup === null ? report.waysOut.filter((way) => way !== 'restoreBackup') : report.waysOut;
  return { state: 'unavailable', ...report, waysOut, newestBackup };
}
