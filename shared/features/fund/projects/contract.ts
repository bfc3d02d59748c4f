// OWNER: the projects slice of the micro-fund: one spec per channel of ./channels.
import type { AuditPage } from '../../../contract/audit';
import { channel, type ContractFor } from '../../../contract/channel-spec';
import type { fundProjectsChannels } from './channels';
import type { FormVoucherResult } from '../donations/outputs';
import {
  payInstalmentInput,
  projectAgreeInput,
  projectApplyInput,
  projectAuditInput,
  projectCloseInput,
  projectDecideInput,
  projectIdInput,
  projectListInput,
  projectRemindersInput,
  projectReportInput,
  projectReviewInput,
  projectUpdateInput,
  projectWithdrawInput,
} from './project-fields';
import type { ProjectDetail, ProjectPage, ProjectReminder } from './outputs';

export * from './outputs';
export * from './project-workflow';
export {
  applicantKindLabels,
  applicantKinds,
  closingDispositionLabels,
  closingDispositions,
  decisionResultLabels,
  decisionResults,
  projectSortKeys,
  type ProjectApplyInput,
  type ProjectSortKey,
} from './project-fields';

export const fundProjectsContract = {
  'fund.projects': channel<ProjectPage>()(projectListInput),
  'fund.project': channel<ProjectDetail>()(projectIdInput),
  'fund.projectReminders': channel<ProjectReminder[]>()(projectRemindersInput),
  'fund.projectAudit': channel<AuditPage>()(projectAuditInput),
  'fund.applyProject': channel<ProjectDetail>()(projectApplyInput),
  'fund.updateProject': channel<ProjectDetail>()(projectUpdateInput),
  'fund.reviewProject': channel<ProjectDetail>()(projectReviewInput),
  'fund.decideProject': channel<ProjectDetail>()(projectDecideInput),
  'fund.agreeProject': channel<ProjectDetail>()(projectAgreeInput),
  'fund.payInstalment': channel<FormVoucherResult>()(payInstalmentInput),
  'fund.reportProject': channel<ProjectDetail>()(projectReportInput),
  'fund.closeProject': channel<ProjectDetail>()(projectCloseInput),
  'fund.withdrawProject': channel<ProjectDetail>()(projectWithdrawInput),
} satisfies ContractFor<typeof fundProjectsChannels>;
