// What each instalment of a contract still allows: its amount, or for a gated one its amount × the
// coefficient of the latest evaluation for it (nothing before one passes), less what is paid or pending.
// OWNER: H2. TEMPORARY minimal version so that H1's reads run before H2's lands: H2's file replaces it.
import type { Db } from '../core/db/connection';
import type {
  Evaluation,
  InstalmentStatus,
  Payment,
  ScheduledInstalmentTerms,
} from '../../../shared/features/contracts/contract';

export function instalmentStatuses(
  instalments: readonly ScheduledInstalmentTerms[],
  evaluations: readonly Evaluation[],
  payments: readonly Payment[],
): InstalmentStatus[] {
  return instalments.map((instalment) => {
    const own = payments.filter((p) => p.instalmentSeq === instalment.seq);
    const paidFen = own.filter((p) => p.status === 'paid').reduce((sum, p) => sum + p.amountFen, 0);
    const pendingFen = own.filter((p) => p.status === 'requested').reduce((sum, p) => sum + p.amountFen, 0);
    const gate = evaluations
      .filter((e) => instalment.gate !== 'none' && e.instalmentSeq === instalment.seq)
      .at(-1);
    const allowedFen =
      instalment.gate === 'none'
        ? instalment.amountFen
        : Math.round((instalment.amountFen * (gate?.coefficientPercent ?? 0)) / 100);
    return {
      ...instalment,
      evaluation: gate
        ? {
            id: gate.id,
            grade: gate.grade,
            totalTenths: gate.totalTenths,
            coefficientPercent: gate.coefficientPercent,
          }
        : null,
      allowedFen,
      paidFen,
      pendingFen,
      remainingFen: Math.max(0, allowedFen - paidFen - pendingFen),
      payability:
        allowedFen - paidFen - pendingFen > 0 ? 'payable' : gate ? 'settled' : 'awaiting_evaluation',
    };
  });
}

export function selectEvaluations(db: Db, contractId: number): Evaluation[] {
  const rows = db
    .prepare(
      `SELECT id, contract_id AS contractId, kind, instalment_seq AS instalmentSeq, evaluated_on AS evaluatedOn,
         evaluators, conclusion, total_tenths AS totalTenths, grade, coefficient_percent AS coefficientPercent,
         recorded_by AS recordedBy, recorded_at AS recordedAt
       FROM contract_evaluation WHERE contract_id = ? ORDER BY evaluated_on, id`,
    )
    .all(contractId) as Omit<Evaluation, 'scores'>[];
  return rows.map((row) => ({ ...row, scores: [] }));
}

export function selectPayments(db: Db, contractId: number): Payment[] {
  return db
    .prepare(
      `SELECT p.id, p.contract_id AS contractId, p.instalment_seq AS instalmentSeq, p.date, p.amount_fen AS amountFen,
         p.voucher_no AS voucherNo, p.note, p.status, p.evaluation_id AS evaluationId,
         p.coefficient_percent AS coefficientPercent, p.reverses_id AS reversesId,
         (SELECT r.id FROM contract_payment r WHERE r.reverses_id = p.id) AS reversedById,
         p.requested_by AS requestedBy, p.requested_at AS requestedAt, p.decided_by AS decidedBy,
         p.decided_at AS decidedAt, p.rejected_reason AS rejectedReason
       FROM contract_payment p WHERE p.contract_id = ? ORDER BY p.date, p.id`,
    )
    .all(contractId) as Payment[];
}
