// The disclosure notices as PDF files: the frame every one shares (the office, the fund and its host, the
// posting period in working days, the phones — the office settings' unless the clerk typed others) and
// the quarter's 收支公示 and a project's 公益项目公示.
import type { z } from 'zod';
import type { FileOutput } from '../../../../shared/contract/files';
import type {
  projectNoticeInput,
  quarterNoticeInput,
} from '../../../../shared/features/fund/disclosure/disclosure-fields';
import type { ServiceContext } from '../../core/context';
import { fileOutput, pdfMime } from '../../core/file-output';
import { issuingOffice } from '../../core/office';
import { renderNotice } from '../../documents/pdf/notice';
import { postingEnd } from '../../calendar';
import { fundHeading } from '../exports/handlers';
import { requireProject } from '../projects/project-step';
import type { DisclosureNoticeFrame } from './documents/notice-data';
import { buildProjectNotice, projectNoticeTitle } from './documents/project-notice';
import { buildQuarterNotice, quarterNoticeTitle } from './documents/quarter-notice';
import { quarterDisclosure } from './quarter-disclosure';

export interface NoticeFrameInput {
  publishedOn: string;
  workingDays: number;
  contactPerson: string;
  contactPhone: string;
  supervisionPhone: string;
}

export function disclosureNoticeFrame(ctx: ServiceContext, input: NoticeFrameInput): DisclosureNoticeFrame {
  const office = issuingOffice(ctx);
  const { fundName, hostName } = fundHeading(ctx);
  return {
    office,
    fundName,
    hostName,
    posting: {
      startDate: input.publishedOn,
      workingDays: input.workingDays,
      endDate: postingEnd(ctx, input.publishedOn, input.workingDays),
    },
    contacts: {
      contactPerson: input.contactPerson || office.contactPerson,
      contactPhone: input.contactPhone || office.contactPhone,
      supervisionPhone: input.supervisionPhone || office.supervisionPhone,
    },
  };
}

export async function exportQuarterNotice(
  ctx: ServiceContext,
  input: z.output<typeof quarterNoticeInput>,
): Promise<FileOutput> {
  const frame = disclosureNoticeFrame(ctx, input);
  const disclosure = quarterDisclosure(ctx.db, input);
  const bytes = await renderNotice(buildQuarterNotice({ ...frame, disclosure }), {
    resourcesDir: ctx.resourcesDir,
  });
  const name = quarterNoticeTitle(frame.fundName, input.year, input.quarter).replace('\n', '');
  return fileOutput(`${name}.pdf`, pdfMime, bytes);
}

/** A project's 公益项目公示, as the project stands now. */
export async function exportProjectNotice(
  ctx: ServiceContext,
  input: z.output<typeof projectNoticeInput>,
): Promise<FileOutput> {
  const frame = disclosureNoticeFrame(ctx, input);
  const project = requireProject(ctx, input.projectId);
  const bytes = await renderNotice(buildProjectNotice({ ...frame, project }), {
    resourcesDir: ctx.resourcesDir,
  });
  const name = projectNoticeTitle(frame.fundName, project).replace('\n', '');
  return fileOutput(`${name}.pdf`, pdfMime, bytes);
}
