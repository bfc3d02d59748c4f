// One import's parse as plain data in, plain data out, so that it can run in a worker thread: the bytes and
// what the sheet is checked against go in, the parsed rows or every error come back.
import type { ListKind } from '../../../shared/contract/public-lists';
import type { HouseholdsTemplateData } from '../exports/funding-documents';
import { parseHouseholdsWorkbook, type HouseholdsImportResult } from './households-import';
import { parseListWorkbook, type ListImportCheck } from './list-import';

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
