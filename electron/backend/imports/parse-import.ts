// One import's parse as plain data in, plain data out, so that it can run in a worker thread: the bytes and
// what the sheet is checked against go in, the parsed rows or every error come back.
import type { ListKind } from '../../../shared/features/lists/contract';
import type { HouseholdsTemplateData } from '../funding/documents/document-data';
import {
  parseHouseholdsWorkbook,
  type HouseholdsImportResult,
} from '../funding/documents/households-workbook';
import { parseListWorkbook, type ListImportCheck } from '../lists/documents/list-workbook';

export type ImportJob =
  | { kind: 'households'; bytes: Uint8Array; expected: HouseholdsTemplateData }
  | { kind: 'list'; bytes: Uint8Array; listKind: ListKind };

/** What each kind of job answers. */
export interface ImportOutcomes {
  households: HouseholdsImportResult;
  list: ListImportCheck;
}

export type ImportOutcome<J extends ImportJob> = ImportOutcomes[J['kind']];

export async function parseImport<J extends ImportJob>(job: J): Promise<ImportOutcome<J>> {
  const outcome =
    job.kind === 'households'
      ? await parseHouseholdsWorkbook(job.bytes, job.expected)
      : await parseListWorkbook(job.bytes, job.listKind);
  return outcome as ImportOutcome<J>;
}
