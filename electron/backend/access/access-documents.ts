// The work-access documents: one request's 审批表 (PDF) and the whole register (Excel).
import type { FileOutput } from '../../../shared/contract/files';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { listRequests } from './queries/access-requests';
import { getOfficeSettings } from '../core/office-settings';
import { accessRegisterTitle, buildAccessRegister } from './documents/access-register.xlsx';
import { accessFormTitle, renderAccessForm } from './documents/access-form';
import { getAccessRequest } from './access-requests';
import type { ServiceContext } from '../core/context';
import { fileOutput, pdfMime, xlsxMime } from '../core/file-output';
import { preparerNames, printedApproval } from '../core/people/printed-signatures';
import { accessRequestRecord } from './access-records';

export async function exportAccessForm(ctx: ServiceContext, id: number): Promise<FileOutput> {
  const request = getAccessRequest(ctx, id);
  const record = accessRequestRecord(id);
  const bytes = await renderAccessForm(
    request,
    {
      preparers: preparerNames(ctx.db, record),
      reviewer: printedApproval(ctx.db, record, 'review'),
      recorder: printedApproval(ctx.db, record, 'decide'),
    },
    { resourcesDir: ctx.resourcesDir },
  );
  return fileOutput(`${accessFormTitle}（${request.requestNo}）.pdf`, pdfMime, bytes);
}

export async function exportAccessRegister(ctx: ServiceContext): Promise<FileOutput> {
  // A register reads oldest first, as it was kept.
  const requests = listRequests(ctx.db, { statuses: null, communityId: null, search: '' }).reverse();
  const reportDate = toLocalIsoDate(ctx.clock());
  const bytes = await buildAccessRegister({ office: getOfficeSettings(ctx.db), requests, reportDate });
  return fileOutput(`${accessRegisterTitle}.xlsx`, xlsxMime, bytes);
}
