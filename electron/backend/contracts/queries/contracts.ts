// Queries of the contract row: its parties and state, and each step's write.
import type { Db } from '../../core/db/connection';
import type { ContractState } from '../../../../shared/features/contracts/contract';

export interface ContractRecord {
  id: number;
  year: number;
  contractSeq: number | null;
  communityId: number;
  providerId: number;
  state: ContractState;
  currentVersion: number;
  signedDate: string | null;
  signedBy: string | null;
  warningsJson: string;
  startedDate: string | null;
  completedDate: string | null;
  terminatedDate: string | null;
  terminationReason: string | null;
  settlementFen: number | null;
  terminatedBy: string | null;
  createdBy: string;
  createdAt: string;
}

export function findContractRecord(db: Db, id: number): ContractRecord | undefined {
  return db
    .prepare(
      `SELECT id, year, contract_seq AS contractSeq, community_id AS communityId, provider_id AS providerId, state,
         current_version AS currentVersion, signed_date AS signedDate, signed_by AS signedBy,
         warnings_json AS warningsJson, started_date AS startedDate, completed_date AS completedDate,
         terminated_date AS terminatedDate, termination_reason AS terminationReason,
         settlement_fen AS settlementFen, terminated_by AS terminatedBy, created_by AS createdBy,
         created_at AS createdAt
       FROM contract WHERE id = ?`,
    )
    .get(id) as ContractRecord | undefined;
}

export interface Parties {
  year: number;
  communityId: number;
  providerId: number;
}

export function insertContract(db: Db, parties: Parties, by: string, at: string): number {
  const result = db
    .prepare(
      `INSERT INTO contract (year, community_id, provider_id, created_by, created_at)
       VALUES (@year, @communityId, @providerId, @by, @at)`,
    )
    .run({ ...parties, by, at });
  return Number(result.lastInsertRowid);
}

export function updateParties(db: Db, id: number, parties: Parties): void {
  db.prepare(
    'UPDATE contract SET year = @year, community_id = @communityId, provider_id = @providerId WHERE id = @id',
  ).run({ ...parties, id });
}

export function deleteContract(db: Db, id: number): void {
  db.prepare('DELETE FROM contract WHERE id = ?').run(id);
}

export function markSigned(
  db: Db,
  id: number,
  signing: { seq: number; date: string; by: string; warningsJson: string },
): void {
  db.prepare(
    `UPDATE contract SET state = 'signed', contract_seq = @seq, signed_date = @date, signed_by = @by,
       warnings_json = @warningsJson WHERE id = @id`,
  ).run({ ...signing, id });
}

export function markStarted(db: Db, id: number, date: string): void {
  db.prepare("UPDATE contract SET state = 'performing', started_date = ? WHERE id = ?").run(date, id);
}

export function markCompleted(db: Db, id: number, date: string): void {
  db.prepare("UPDATE contract SET state = 'completed', completed_date = ? WHERE id = ?").run(date, id);
}

export function markTerminated(
  db: Db,
  id: number,
  termination: { date: string; reason: string; settlementFen: number; by: string },
): void {
  db.prepare(
    `UPDATE contract SET state = 'terminated', terminated_date = @date, termination_reason = @reason,
       settlement_fen = @settlementFen, terminated_by = @by WHERE id = @id`,
  ).run({ ...termination, id });
}

export function setCurrentVersion(db: Db, id: number, version: number): void {
  db.prepare('UPDATE contract SET current_version = ? WHERE id = ?').run(version, id);
}

/** Whether a final evaluation is recorded: completing a contract needs one (验收). */
export function hasFinalEvaluation(db: Db, id: number): boolean {
  return (
    db
      .prepare("SELECT 1 FROM contract_evaluation WHERE contract_id = ? AND kind = 'final' LIMIT 1")
      .get(id) !== undefined
  );
}

/** Paid (approved, reversals included) and requested-pending per instalment seq. */
export function paidAndPendingBySeq(db: Db, id: number): Map<number, { paid: number; pending: number }> {
  const rows = db
    .prepare(
      `SELECT instalment_seq AS seq,
         coalesce(sum(CASE WHEN status = 'paid' THEN amount_fen END), 0) AS paid,
         coalesce(sum(CASE WHEN status = 'requested' THEN amount_fen END), 0) AS pending
       FROM contract_payment WHERE contract_id = ? GROUP BY instalment_seq`,
    )
    .all(id) as { seq: number; paid: number; pending: number }[];
  return new Map(rows.map((row) => [row.seq, { paid: row.paid, pending: row.pending }]));
}

export function paidOn(db: Db, id: number): number {
  return (
    db
      .prepare(
        "SELECT coalesce(sum(amount_fen), 0) AS paid FROM contract_payment WHERE contract_id = ? AND status = 'paid'",
      )
      .get(id) as { paid: number }
  ).paid;
}
