// Opens the ledger only after the diagnosis has found it sound (core/db/diagnosis): a file that is not
// is answered with its problem report instead, and so is one whose open or upgrade still fails.
import type { LedgerProblemReport } from '../../../shared/contract/ledger';
import { diagnoseLedger } from '../core/db/diagnosis/diagnose';
import { reportOfOpenError } from '../core/db/diagnosis/open-errors';
import type { BackendOptions } from './backend';
import { createBackend, type OpenedBackend } from './create-backend';

export type LedgerOpening = { opened: OpenedBackend } | { report: LedgerProblemReport };

export interface OpenLedgerOptions {
  /** The clerk chose 继续完成升级: an upgrade cut off half-way is migrated (after its backup), not reported. */
  finishUpgrade?: boolean;
}

function diagnosedProblem(options: BackendOptions, finishUpgrade: boolean): LedgerProblemReport | null {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const diagnosis = diagnoseLedger(options.dbPath, binding);
  if (diagnosis.kind === 'opens') return null;
  return finishUpgrade && diagnosis.report.problem === 'halfMigrated' ? null : diagnosis.report;
}

export async function openDiagnosed(
  options: BackendOptions,
  how: OpenLedgerOptions = {},
): Promise<LedgerOpening> {
  try {
    const report = diagnosedProblem(options, how.finishUpgrade ?? false);
    if (report !== null) return { report };
    return { opened: await createBackend(options) };
  } catch (error) {
    return { report: reportOfOpenError(error, options.dbPath) };
  }
}
