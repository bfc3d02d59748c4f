// The yearly households import: a template listing the office's communities and courtyards, and the
// import of a filled one. Every row is checked first; if any fails nothing is written. Unchanged figures
// are skipped, so importing the same file twice changes nothing the second time.
import type { ParsedInput } from '../../../shared/contract';
import type { HouseholdsImportResult } from '../../../shared/features/funding/contract';
import type { FileOutput } from '../../../shared/contract/files';
import type { YearlyProfile } from '../../../shared/features/register/contract';
import { listCommunities } from '../register';
import { listCourtyards } from '../register';
import { getOfficeSettings } from '../core/office-settings';
import { findProfile, listProfiles, saveProfileRow } from '../register';
import { buildHouseholdsTemplate } from './documents/households-template.xlsx';
import type { HouseholdsTemplateData, ParsedHouseholds } from './documents/document-data';
import { parseInWorker } from '../imports/run-import';
import { recordAudit } from '../core/audit';
import { inTransaction, nowIso, type ServiceContext } from '../core/context';
import { fileOutput, xlsxMime } from '../core/file-output';

export async function householdsTemplate(ctx: ServiceContext, year: number): Promise<FileOutput> {
  const bytes = await buildHouseholdsTemplate(templateData(ctx, year));
  return fileOutput(`${year}年度社区户数导入模板.xlsx`, xlsxMime, bytes);
}

function templateData(ctx: ServiceContext, year: number): HouseholdsTemplateData {
  return {
    year,
    officeName: getOfficeSettings(ctx.db).officeName,
    communities: listCommunities(ctx.db, { search: '', status: 'active' }).map((community) => {
      const profile = findProfile(ctx.db, community.id, year);
      const households = new Map(
        profile?.courtyardHouseholds.map((entry) => [entry.courtyardId, entry.households]),
      );
      return {
        id: community.id,
        name: community.name,
        totalHouseholds: profile?.totalHouseholds ?? null,
        courtyards: listCourtyards(ctx.db, community.id)
          .filter((courtyard) => courtyard.status === 'active')
          .map((courtyard) => ({
            id: courtyard.id,
            name: courtyard.name,
            type: courtyard.type,
            households: households.get(courtyard.id) ?? null,
          })),
      };
    }),
  };
}

export async function importHouseholds(
  ctx: ServiceContext,
  input: Omit<ParsedInput<'funding.importHouseholds'>, 'base64'> & { bytes: Uint8Array },
): Promise<HouseholdsImportResult> {
  // Off the main thread: the workbook is parsed in the import worker, the database written here.
  const checked = await parseInWorker({
    kind: 'households',
    bytes: input.bytes,
    expected: templateData(ctx, input.year),
  });
  if (!checked.ok) return { applied: false, errors: checked.errors, changedCommunities: 0 };
  const changedCommunities = applyHouseholds(ctx, checked.parsed, input.fileName);
  return { applied: true, errors: [], changedCommunities };
}

function applyHouseholds(ctx: ServiceContext, parsed: ParsedHouseholds, fileName: string): number {
  return inTransaction(ctx, () => {
    const now = nowIso(ctx);
    let changed = 0;
    for (const entry of parsed.communities) {
      const before = findProfile(ctx.db, entry.communityId, parsed.year);
      const next = mergedProfile(ctx, entry, parsed.year, before);
      if (before && sameHouseholds(before, next)) continue;
      saveProfileRow(ctx.db, next, now);
      const after = findProfile(ctx.db, entry.communityId, parsed.year)!;
      recordAudit(ctx, {
        action: 'import',
        entity: 'profile',
        entityId: after.id,
        summary: `导入户数（${fileName}）：${parsed.year} 年，总户数 ${entry.totalHouseholds}`,
        before: before ?? null,
        after,
      });
      changed += 1;
    }
    return changed;
  });
}

/** The year's profile with the imported households; staffing comes from the year, or the latest year before it. */
function mergedProfile(
  ctx: ServiceContext,
  entry: ParsedHouseholds['communities'][number],
  year: number,
  before: YearlyProfile | undefined,
) {
  const base = before ?? listProfiles(ctx.db, entry.communityId).find((profile) => profile.year < year);
  const households = new Map(before?.courtyardHouseholds.map((row) => [row.courtyardId, row.households]));
  for (const courtyard of entry.courtyards) households.set(courtyard.courtyardId, courtyard.households);
  return {
    communityId: entry.communityId,
    year,
    totalHouseholds: entry.totalHouseholds,
    socialWorkers: base?.socialWorkers ?? 0,
    committeeDirectors: base?.committeeDirectors ?? 0,
    committeeDeputies: base?.committeeDeputies ?? 0,
    committeeMembers: base?.committeeMembers ?? 0,
    directorName: base?.directorName ?? '',
    secretaryIsDirector: base?.secretaryIsDirector ?? false,
    courtyardHouseholds: [...households].map(([courtyardId, count]) => ({ courtyardId, households: count })),
  };
}

function sameHouseholds(
  before: YearlyProfile,
  next: { totalHouseholds: number; courtyardHouseholds: { courtyardId: number; households: number }[] },
) {
  const key = (rows: { courtyardId: number; households: number }[]) =>
    JSON.stringify([...rows].sort((a, b) => a.courtyardId - b.courtyardId));
  return (
    before.totalHouseholds === next.totalHouseholds &&
    key(before.courtyardHouseholds) === key(next.courtyardHouseholds)
  );
}
