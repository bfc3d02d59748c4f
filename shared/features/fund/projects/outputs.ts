// What the welfare-project channels answer: a list row, the whole project with its decision, agreement,
// instalments (each with its payment voucher), reports and closing, and the reminder list.
import type { ProjectAction, ProjectState } from './project-workflow';

export interface ProjectRow {
  id: number;
  /** 微基金项目〔2026〕3号 */
  number: string;
  state: ProjectState;
  stateLabel: string;
  communityId: number;
  communityName: string;
  applicantName: string;
  title: string;
  budgetFen: number;
  approvedFen: number | null;
  /** Paid by posted, not reversed vouchers. */
  paidFen: number;
  /** Approved and not yet paid; 0 before the decision. */
  remainingFen: number;
  /** When the next three-monthly update is due, for a project in progress that must give one. */
  nextUpdateDue: string | null;
}

/** The sums over every project the filter matches, not only the page shown. */
export interface ProjectTotals {
  approvedFen: number;
  paidFen: number;
  remainingFen: number;
}

export interface ProjectPage {
  rows: ProjectRow[];
  total: number;
  totals: ProjectTotals;
}

export interface ProjectBudgetLine {
  lineNo: number;
  item: string;
  amountFen: number;
  note: string;
}

export interface ProjectDecisionMember {
  name: string;
  duty: 'chair' | 'vice_chair' | 'member';
}

export interface ProjectDecision {
  id: number;
  purpose: 'approval' | 'redesignation';
  decidedOn: string;
  decisionNo: string;
  result: 'approved' | 'rejected';
  approvedFen: number | null;
  conditions: string;
  members: ProjectDecisionMember[];
}

export type InstalmentState = 'unpaid' | 'draft' | 'submitted' | 'paid';
export const instalmentStateLabels: Record<InstalmentState, string> = {
  unpaid: '未拨付',
  draft: '草稿',
  submitted: '待审核',
  paid: '已拨付',
};

export interface ProjectInstalment {
  id: number;
  seq: number;
  plannedOn: string;
  amountFen: number;
  condition: string;
  state: InstalmentState;
  stateLabel: string;
  /** The live payment voucher (draft, waiting or posted and not reversed), if any. */
  voucherId: number | null;
  voucherNumber: string | null;
}

export interface ProjectAgreement {
  agreementNo: string;
  signedOn: string;
  terms: string;
  instalments: ProjectInstalment[];
}

export interface ProjectReport {
  id: number;
  reportedOn: string;
  progress: string;
  usedFen: number;
}

export interface ProjectClosing {
  closedOn: string;
  paidFen: number;
  usedFen: number;
  returnedFen: number;
  leftoverFen: number;
  disposition: 'return_to_designation' | 'redesignate';
  redesignationDecisionId: number | null;
  targetDesignationId: number | null;
  targetDesignationName: string | null;
  report: string;
  /** The voucher that books the return and the re-designation; null when there was nothing to book. */
  voucherId: number | null;
  voucherState: 'draft' | 'submitted' | 'posted' | null;
  /** 记-2026-03-0005 once posted. */
  voucherNumber: string | null;
}

export interface ProjectDetail extends ProjectRow {
  year: number;
  seq: number;
  applicantKind: 'provider' | 'resident_group';
  providerId: number | null;
  applicantContact: string;
  applicantPhone: string;
  purpose: string;
  beneficiaries: string;
  periodStart: string;
  periodEnd: string;
  designationId: number | null;
  designationName: string | null;
  appliedOn: string;
  reviewOpinion: string;
  reviewedOn: string | null;
  withdrawReason: string;
  budgetLines: ProjectBudgetLine[];
  decision: ProjectDecision | null;
  redesignation: ProjectDecision | null;
  agreement: ProjectAgreement | null;
  reports: ProjectReport[];
  closing: ProjectClosing | null;
  allowedActions: ProjectAction[];
}

export type ReminderState = 'due' | 'late';
export const reminderStateLabels: Record<ReminderState, string> = { due: '待更新', late: '已逾期' };

export interface ProjectReminder {
  id: number;
  number: string;
  title: string;
  communityName: string;
  /** The last progress report or project update disclosure (or the agreement, before either). */
  lastUpdateOn: string;
  dueOn: string;
  state: ReminderState;
  stateLabel: string;
}
