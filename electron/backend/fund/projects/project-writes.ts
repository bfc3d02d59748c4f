// The writes of the welfare projects, one statement each; the services decide when they are allowed.
import type { ProjectState } from '../../../../shared/features/fund/projects/project-workflow';
import type { Db } from '../../core/db/connection';

export interface ApplicationRow {
  communityId: number;
  applicantKind: 'provider' | 'resident_group';
  providerId: number | null;
  applicantName: string;
  applicantContact: string;
  applicantPhone: string;
  title: string;
  purpose: string;
  beneficiaries: string;
  periodStart: string;
  periodEnd: string;
  budgetFen: number;
  designationId: number | null;
  appliedOn: string;
}

export interface BudgetLineRow {
  item: string;
  amountFen: number;
  note: string;
}

export function insertProject(
  db: Db,
  row: ApplicationRow & { year: number; seq: number; at: string },
): number {
  const result = db
    .prepare(
      `INSERT INTO fund_project (year, seq, community_id, applicant_kind, provider_id, applicant_name,
         applicant_contact, applicant_phone, title, purpose, beneficiaries, period_start, period_end, budget_fen,
         designation_id, applied_on, state, created_at, updated_at)
       VALUES (@year, @seq, @communityId, @applicantKind, @providerId, @applicantName, @applicantContact,
         @applicantPhone, @title, @purpose, @beneficiaries, @periodStart, @periodEnd, @budgetFen, @designationId,
         @appliedOn, 'submitted', @at, @at)`,
    )
    .run(row);
  return Number(result.lastInsertRowid);
}

export function updateApplication(db: Db, id: number, row: ApplicationRow & { at: string }): void {
  db.prepare(
    `UPDATE fund_project SET community_id = @communityId, applicant_kind = @applicantKind, provider_id = @providerId,
       applicant_name = @applicantName, applicant_contact = @applicantContact, applicant_phone = @applicantPhone,
       title = @title, purpose = @purpose, beneficiaries = @beneficiaries, period_start = @periodStart,
       period_end = @periodEnd, budget_fen = @budgetFen, designation_id = @designationId, applied_on = @appliedOn,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...row, id });
}

/** Budget lines are replaced as a whole (the triggers allow it only while the application is submitted). */
export function replaceBudgetLines(db: Db, projectId: number, lines: BudgetLineRow[]): void {
  db.prepare('DELETE FROM fund_project_budget_line WHERE project_id = ?').run(projectId);
  const insert = db.prepare(
    `INSERT INTO fund_project_budget_line (project_id, line_no, item, amount_fen, note) VALUES (?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, index) => insert.run(projectId, index + 1, line.item, line.amountFen, line.note));
}

export function setProjectState(
  db: Db,
  id: number,
  state: ProjectState,
  at: string,
  extra: { reviewOpinion?: string; reviewedOn?: string; approvedFen?: number; withdrawReason?: string } = {},
): void {
  db.prepare(
    `UPDATE fund_project SET state = @state, updated_at = @at,
       review_opinion = coalesce(@reviewOpinion, review_opinion), reviewed_on = coalesce(@reviewedOn, reviewed_on),
       approved_fen = coalesce(@approvedFen, approved_fen), withdraw_reason = coalesce(@withdrawReason, withdraw_reason)
     WHERE id = @id`,
  ).run({
    id,
    state,
    at,
    reviewOpinion: extra.reviewOpinion ?? null,
    reviewedOn: extra.reviewedOn ?? null,
    approvedFen: extra.approvedFen ?? null,
    withdrawReason: extra.withdrawReason ?? null,
  });
}

export interface DecisionRow {
  projectId: number;
  purpose: 'approval' | 'redesignation';
  decidedOn: string;
  decisionNo: string;
  result: 'approved' | 'rejected';
  approvedFen: number | null;
  conditions: string;
  at: string;
}

/** A 管委会 decision with the members present copied from the fund's settings. */
export function insertDecision(db: Db, row: DecisionRow): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO fund_project_decision (project_id, purpose, decided_on, decision_no, result, approved_fen,
           conditions, created_at)
         VALUES (@projectId, @purpose, @decidedOn, @decisionNo, @result, @approvedFen, @conditions, @at)`,
      )
      .run(row).lastInsertRowid,
  );
  db.prepare(
    `INSERT INTO fund_project_decision_member (decision_id, position, name, duty)
     SELECT ?, row_number() OVER (ORDER BY position, id), name, duty FROM fund_committee_member`,
  ).run(id);
  return id;
}

export function decisionNoTaken(db: Db, decisionNo: string): boolean {
  return (
    db.prepare('SELECT 1 FROM fund_project_decision WHERE decision_no = ?').get(decisionNo) !== undefined
  );
}

export function committeeSize(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM fund_committee_member').get() as { n: number }).n;
}
