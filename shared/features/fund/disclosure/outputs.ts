// What the disclosure channels answer. Amounts are integer fen; a red reversal's amount is negative. Every
// name here is what the public may read: a donor's published name, never an anonymous donor's own.
import type { DisclosureKind } from './disclosure-fields';

/** 更正说明: a posted red reversal, naming the voucher it corrects. */
export interface DisclosureCorrection {
  reversalVoucherId: number;
  reversalNumber: string;
  reversalDate: string;
  originalVoucherId: number;
  originalNumber: string;
  originalDate: string;
  /** 捐赠收入, 资助支出, 银行手续费… */
  originalKindLabel: string;
  /** The original's amount (positive); the reversal takes it back. */
  amountFen: number;
  /** The clerk's reason for the reversal, with any anonymous donor's name replaced by the published one. */
  reason: string;
  /** The sentence the notice prints. */
  text: string;
}

export interface QuarterDonationRow {
  voucherId: number;
  number: string;
  date: string;
  publishedName: string;
  designationName: string;
  /** Negative on a red reversal. */
  amountFen: number;
  /** Set on a reversal row: what it corrects. */
  correction: DisclosureCorrection | null;
}

export interface QuarterDesignationRow {
  /** null: 非限定性. */
  designationId: number | null;
  name: string;
  incomeFen: number;
  spendingFen: number;
}

export interface QuarterGrantRow {
  voucherId: number;
  number: string;
  date: string;
  /** 微基金项目〔2026〕3号, or null for a grant that pays no project. */
  projectNumber: string | null;
  projectTitle: string | null;
  /** The project's applicant, or the voucher's counterparty. */
  recipient: string;
  designationName: string;
  amountFen: number;
  correction: DisclosureCorrection | null;
}

export interface QuarterDisclosure {
  year: number;
  quarter: number;
  /** ISO dates of the quarter's first and last day. */
  from: string;
  to: string;
  openingBalanceFen: number;
  incomeFen: number;
  spendingFen: number;
  closingBalanceFen: number;
  donations: QuarterDonationRow[];
  byDesignation: QuarterDesignationRow[];
  grants: QuarterGrantRow[];
  /** Every reversal posted in the quarter, in date order. */
  corrections: DisclosureCorrection[];
}

export interface DisclosureRecord {
  id: number;
  kind: DisclosureKind;
  kindLabel: string;
  year: number;
  quarter: number | null;
  projectId: number | null;
  projectNumber: string | null;
  projectTitle: string | null;
  publishedOn: string;
  workingDays: number;
  createdAt: string;
}

export type DeadlineStatus = 'done' | 'pending' | 'due_soon' | 'overdue';
export const deadlineStatusLabels: Record<DeadlineStatus, string> = {
  done: '已完成',
  pending: '待办',
  due_soon: '即将到期',
  overdue: '已逾期',
};

export interface DisclosureDeadline {
  kind: DisclosureKind;
  /** 2026年第1季度收支公示, 微基金项目〔2026〕3号 项目进展公示… */
  what: string;
  year: number;
  quarter: number | null;
  projectId: number | null;
  dueOn: string;
  status: DeadlineStatus;
  statusLabel: string;
  /** The date of the disclosure that fulfilled it; null unless done. */
  doneOn: string | null;
}

export interface DisclosureDeadlines {
  asOf: string;
  items: DisclosureDeadline[];
  overdueCount: number;
  dueSoonCount: number;
}
