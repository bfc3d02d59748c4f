// Assembles the public lists' documents from the database: the notice (公示) a community posts with the
// lists in force and its admitted work, and a list version as an Excel sheet to file.
import type { ParsedInput } from '../../../shared/contract';
import type { CatalogueEntry } from '../../../shared/features/access/contract';
import type { FileOutput } from '../../../shared/contract/files';
import { listKindLabels, listNoticeLists } from '../../../shared/features/lists/contract';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { findCommunity, listCommunities } from '../register';
import { getOfficeSettings } from '../core/office-settings';
import { buildListVersionWorkbook } from './documents/list-version.xlsx';
import { buildListNotice, type ListNoticeData } from './documents/list-notice';
import { renderNotice } from '../documents/pdf/notice';
import { readCatalogue } from '../access';
import type { ServiceContext } from '../core/context';
import { issuingOffice } from '../core/office';
import { AppError, notFound } from '../core/errors';
import { fileOutput, pdfMime, xlsxMime } from '../core/file-output';
import { signatoriesOf } from '../core/people/printed-signatures';
import { mergeSignatories } from '../documents/signatures';
import { listVersionRecord } from './list-records';
import { postingEnd } from '../calendar';
import { readCurrent, readVersion } from './public-lists';

export async function exportListNotice(
  ctx: ServiceContext,
  input: ParsedInput<'lists.notice'>,
): Promise<FileOutput> {
  const data = listNoticeData(ctx, input);
  const bytes = await renderNotice(buildListNotice(data), { resourcesDir: ctx.resourcesDir });
  const who = data.communities.length === 1 ? data.communities[0]!.communityName : '全部社区';
  const what = input.kind === 'two_lists' ? '两个清单' : '三个清单';
  const file = fileOutput(`${who}${what}公示.pdf`, pdfMime, bytes);
  return input.batch ? { ...file, batch: input.batch } : file;
}

export function listNoticeData(ctx: ServiceContext, input: ParsedInput<'lists.notice'>): ListNoticeData {
  const communities = noticeCommunities(ctx, input.communityId);
  // The catalogue is read once and split by community; only the work-items notice prints it.
  const catalogue = input.kind === 'two_lists' ? readCatalogue(ctx, {}) : [];
  const lists = listNoticeLists[input.kind].map((kind) => ({ kind, ...readCurrent(ctx, kind) }));
  return {
    kind: input.kind,
    office: issuingOffice(ctx),
    lists,
    communities: communities.map((community) => ({
      communityName: community.name,
      admitted: catalogue.filter((entry) => appliesTo(entry, community.id)),
    })),
    posting: {
      startDate: input.startDate,
      workingDays: input.workingDays,
      endDate: postingEnd(ctx, input.startDate, input.workingDays),
    },
    issueDate: input.issueDate,
    signatories: mergeSignatories(
      lists.map((list) => signatoriesOf(ctx.db, listVersionRecord(list.version.id), 'publish')),
    ),
  };
}

function appliesTo(entry: CatalogueEntry, communityId: number): boolean {
  return entry.communities.some((community) => community.id === communityId);
}

function noticeCommunities(ctx: ServiceContext, communityId: number | undefined) {
  if (communityId === undefined) {
    const active = listCommunities(ctx.db, { search: '', status: 'active' });
    if (active.length === 0) throw new AppError('conflict', '社区：还没有登记任何在册社区');
    return active;
  }
  const community = findCommunity(ctx.db, communityId);
  if (!community) throw notFound('社区');
  if (community.status === 'archived') {
    throw new AppError('conflict', `社区：“${community.name}”已归档，不再公示清单`, 'communityId');
  }
  return [community];
}

export async function exportListVersion(ctx: ServiceContext, versionId: number): Promise<FileOutput> {
  const detail = readVersion(ctx, versionId);
  const bytes = await buildListVersionWorkbook({
    office: getOfficeSettings(ctx.db),
    ...detail,
    reportDate: toLocalIsoDate(ctx.clock()),
  });
  const { version } = detail;
  const draft = version.status === 'draft' ? '（修订稿）' : '';
  return fileOutput(`${listKindLabels[version.kind]}第${version.versionNo}版${draft}.xlsx`, xlsxMime, bytes);
}
