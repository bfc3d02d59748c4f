// The SQL of the welfare projects: what a project is now (its row, lines, decision, agreement with each
// instalment's live payment, reports, closing), its list, and the sums the services check against.
import {
  instalmentStateLabels,
  projectStateLabels,
  type InstalmentState,
  type ProjectDecision,
  type ProjectDetail,
  type ProjectInstalment,
  type ProjectRow,
  type ProjectState,
} from '../../../../shared/features/fund/projects/contract';
import {
  nextUpdateDue,
  owesQuarterlyUpdates,
} from '../../../../shared/features/fund/projects/progress-updates';
import { allowedProjectActions } from '../../../../shared/features/fund/projects/project-workflow';
import type { Db } from '../../core/db/connection';
import { projectNumbers, voucherNumber } from '../fund-records';

export interface ProjectDbRow {
  id: number;
  year: number;
  seq: number;
  community_id: number;
  community_name: string;
  applicant_kind: 'provider' | 'resident_group';
  provider_id: number | null;
  applicant_name: string;
  applicant_contact: string;
  applicant_phone: string;
  title: string;
  purpose: string;
  beneficiaries: string;
  period_start: string;
  period_end: string;
  budget_fen: number;
  designation_id: number | null;
  designation_name: string | null;
  applied_on: string;
  state: ProjectState;
  review_opinion: string;
  reviewed_on: string | null;
  approved_fen: number | null;
  withdraw_reason: string;
}

export const projectSelect = `
  SELECT p.*, c.name AS community_name, d.name AS designation_name FROM fund_project p
    JOIN community c ON c.id = p.community_id
    LEFT JOIN fund_designation d ON d.id = p.designation_id`;

/** Paid: the instalments whose voucher is posted and not reversed. */
export function paidFenOf(db: Db, projectId: number): number {
  const row = db
    .prepare(
      `SELECT coalesce(sum(i.amount_fen), 0) AS fen FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher v ON v.id = pay.voucher_id
        WHERE i.project_id = ? AND v.state = 'posted' AND v.reversed_by_id IS NULL`,
    )
    .get(projectId) as { fen: number };
  return row.fen;
}

/** The instalment's payment still standing: a draft, one waiting for review, or posted and not reversed. */
export function livePaymentOf(
  db: Db,
  instalmentId: number,
): {
  voucherId: number;
  state: 'draft' | 'submitted' | 'posted';
  period: string | null;
  seq: number | null;
} | null {
  const row = db
    .prepare(
      `SELECT v.id AS voucherId, v.state, v.period, v.seq FROM fund_project_payment pay
         JOIN fund_voucher v ON v.id = pay.voucher_id
        WHERE pay.instalment_id = ? AND (v.state <> 'posted' OR v.reversed_by_id IS NULL)
        ORDER BY pay.id DESC LIMIT 1`,
    )
    .get(instalmentId) as
    | {
        voucherId: number;
        state: 'draft' | 'submitted' | 'posted';
        period: string | null;
        seq: number | null;
      }
    | undefined;
  return row ?? null;
}

/** The project's payment vouchers still a draft or waiting for review. */
export function pendingPaymentsOf(db: Db, projectId: number): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM fund_project_payment pay
         JOIN fund_project_instalment i ON i.id = pay.instalment_id
         JOIN fund_voucher v ON v.id = pay.voucher_id
        WHERE i.project_id = ? AND v.state <> 'posted'`,
    )
    .get(projectId) as { n: number };
  return row.n;
}

/** What other live projects on the designation were granted and not yet paid (their commitments). */
export function committedFenOn(db: Db, designationId: number, exceptProjectId: number): number {
  const rows = db
    .prepare(
      `SELECT id, approved_fen FROM fund_project
        WHERE designation_id = ? AND id <> ? AND state IN ('approved', 'agreed', 'in_progress')`,
    )
    .all(designationId, exceptProjectId) as { id: number; approved_fen: number }[];
  return rows.reduce((sum, row) => sum + Math.max(row.approved_fen - paidFenOf(db, row.id), 0), 0);
}

/** The day of the last report or project-update disclosure; the agreement's day before either. */
export function lastUpdateOn(db: Db, projectId: number): string | null {
  const row = db
    .prepare(
      `SELECT max(day) AS day FROM (
         SELECT max(reported_on) AS day FROM fund_project_report WHERE project_id = @id
         UNION ALL SELECT max(published_on) FROM fund_disclosure WHERE project_id = @id AND kind = 'project_update'
         UNION ALL SELECT signed_on FROM fund_project_agreement WHERE project_id = @id)`,
    )
    .get({ id: projectId }) as { day: string | null };
  return row.day;
}

export function toRow(db: Db, row: ProjectDbRow): ProjectRow {
  const paidFen = paidFenOf(db, row.id);
  const last = row.state === 'in_progress' ? lastUpdateOn(db, row.id) : null;
  const owes = last !== null && owesQuarterlyUpdates(row.period_start, row.period_end);
  return {
    id: row.id,
    number: projectNumbers.format(row.year, row.seq),
    state: row.state,
    stateLabel: projectStateLabels[row.state],
    communityId: row.community_id,
    communityName: row.community_name,
    applicantName: row.applicant_name,
    title: row.title,
    budgetFen: row.budget_fen,
    approvedFen: row.approved_fen,
    paidFen,
    remainingFen: row.approved_fen === null ? 0 : row.approved_fen - paidFen,
    nextUpdateDue: owes ? nextUpdateDue(last) : null,
  };
}

/** The projects in progress, for the reminder list. */
export function selectProjectsInProgress(db: Db): ProjectRow[] {
  const rows = db
    .prepare(`${projectSelect} WHERE p.state = 'in_progress' ORDER BY p.year, p.seq`)
    .all() as ProjectDbRow[];
  return rows.map((row) => toRow(db, row));
}

function selectDecision(
  db: Db,
  projectId: number,
  purpose: ProjectDecision['purpose'],
): ProjectDecision | null {
  const row = db
    .prepare(
      `SELECT id, purpose, decided_on AS decidedOn, decision_no AS decisionNo, result, approved_fen AS approvedFen,
              conditions FROM fund_project_decision WHERE project_id = ? AND purpose = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(projectId, purpose) as Omit<ProjectDecision, 'members'> | undefined;
  if (!row) return null;
  const members = db
    .prepare('SELECT name, duty FROM fund_project_decision_member WHERE decision_id = ? ORDER BY position')
    .all(row.id) as ProjectDecision['members'];
  return { ...row, members };
}

function instalmentState(payment: ReturnType<typeof livePaymentOf>): InstalmentState {
  if (payment === null) return 'unpaid';
  return payment.state === 'posted' ? 'paid' : payment.state;
}

function selectInstalments(db: Db, projectId: number): ProjectInstalment[] {
  const rows = db
    .prepare(
      `SELECT id, seq, planned_on AS plannedOn, amount_fen AS amountFen, condition
         FROM fund_project_instalment WHERE project_id = ? ORDER BY seq`,
    )
    .all(projectId) as Omit<ProjectInstalment, 'state' | 'stateLabel' | 'voucherId' | 'voucherNumber'>[];
  return rows.map((row) => {
    const payment = livePaymentOf(db, row.id);
    const state = instalmentState(payment);
    const posted = payment !== null && payment.period !== null && payment.seq !== null;
    return {
      ...row,
      state,
      stateLabel: instalmentStateLabels[state],
      voucherId: payment?.voucherId ?? null,
      voucherNumber: posted ? voucherNumber(payment.period!, payment.seq!) : null,
    };
  });
}

function selectAgreement(db: Db, projectId: number): ProjectDetail['agreement'] {
  const row = db
    .prepare(
      'SELECT agreement_no AS agreementNo, signed_on AS signedOn, terms FROM fund_project_agreement WHERE project_id = ?',
    )
    .get(projectId) as Omit<NonNullable<ProjectDetail['agreement']>, 'instalments'> | undefined;
  return row ? { ...row, instalments: selectInstalments(db, projectId) } : null;
}

function selectClosing(db: Db, projectId: number): ProjectDetail['closing'] {
  const row = db
    .prepare(
      `SELECT c.closed_on AS closedOn, c.paid_fen AS paidFen, c.used_fen AS usedFen, c.returned_fen AS returnedFen,
              c.leftover_fen AS leftoverFen, c.disposition, c.redesignation_decision_id AS redesignationDecisionId,
              c.target_designation_id AS targetDesignationId, d.name AS targetDesignationName, c.report,
              c.voucher_id AS voucherId, v.state AS voucherState, v.period, v.seq
         FROM fund_project_closing c LEFT JOIN fund_designation d ON d.id = c.target_designation_id
         LEFT JOIN fund_voucher v ON v.id = c.voucher_id
        WHERE c.project_id = ?`,
    )
    .get(projectId) as
    | (Omit<NonNullable<ProjectDetail['closing']>, 'voucherNumber'> & {
        period: string | null;
        seq: number | null;
      })
    | undefined;
  if (!row) return null;
  const { period, seq, ...closing } = row;
  return { ...closing, voucherNumber: period !== null && seq !== null ? voucherNumber(period, seq) : null };
}

export function findProject(db: Db, id: number): ProjectDetail | null {
  const row = db.prepare(`${projectSelect} WHERE p.id = ?`).get(id) as ProjectDbRow | undefined;
  if (!row) return null;
  return {
    ...toRow(db, row),
    year: row.year,
    seq: row.seq,
    applicantKind: row.applicant_kind,
    providerId: row.provider_id,
    applicantContact: row.applicant_contact,
    applicantPhone: row.applicant_phone,
    purpose: row.purpose,
    beneficiaries: row.beneficiaries,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    designationId: row.designation_id,
    designationName: row.designation_name,
    appliedOn: row.applied_on,
    reviewOpinion: row.review_opinion,
    reviewedOn: row.reviewed_on,
    withdrawReason: row.withdraw_reason,
    budgetLines: db
      .prepare(
        `SELECT line_no AS lineNo, item, amount_fen AS amountFen, note FROM fund_project_budget_line
          WHERE project_id = ? ORDER BY line_no`,
      )
      .all(id) as ProjectDetail['budgetLines'],
    decision: selectDecision(db, id, 'approval'),
    redesignation: selectDecision(db, id, 'redesignation'),
    agreement: selectAgreement(db, id),
    reports: db
      .prepare(
        `SELECT id, reported_on AS reportedOn, progress, used_fen AS usedFen FROM fund_project_report
          WHERE project_id = ? ORDER BY reported_on, id`,
      )
      .all(id) as ProjectDetail['reports'],
    closing: selectClosing(db, id),
    allowedActions: allowedProjectActions(row.state),
  };
}
