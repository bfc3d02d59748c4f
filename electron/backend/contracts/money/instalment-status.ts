// What each instalment of a contract still allows: its amount, or for a gated one its amount × the
// coefficient of the latest evaluation for it (nothing before one is recorded), less what is paid or
// pending. Used by the payment services, readContract and the documents.
import {
  allowedByCoefficient,
  type Evaluation,
  type InstalmentPayability,
  type InstalmentStatus,
  type Payment,
  type ScheduledInstalmentTerms,
} from '../../../../shared/features/contracts/contract';

export { selectContractEvaluations as selectEvaluations } from '../queries/evaluations';
export { selectContractPayments as selectPayments } from '../queries/payments';

/** The latest evaluation recorded for the instalment (the one that counts), if any. */
export function latestEvaluationFor(evaluations: readonly Evaluation[], seq: number): Evaluation | undefined {
  return evaluations.filter((evaluation) => evaluation.instalmentSeq === seq).at(-1);
}

function sumOf(payments: readonly Payment[], status: Payment['status']): number {
  return payments
    .filter((payment) => payment.status === status)
    .reduce((sum, payment) => sum + payment.amountFen, 0);
}

export function instalmentStatus(
  instalment: ScheduledInstalmentTerms,
  evaluations: readonly Evaluation[],
  payments: readonly Payment[],
): InstalmentStatus {
  const gated = instalment.gate !== 'none';
  const latest = gated ? latestEvaluationFor(evaluations, instalment.seq) : undefined;
  const allowedFen = !gated
    ? instalment.amountFen
    : latest
      ? allowedByCoefficient(instalment.amountFen, latest.coefficientPercent)
      : 0;
  const own = payments.filter((payment) => payment.instalmentSeq === instalment.seq);
  const paidFen = sumOf(own, 'paid');
  const pendingFen = sumOf(own, 'requested');
  const remainingFen = Math.max(0, allowedFen - paidFen - pendingFen);
  return {
    ...instalment,
    evaluation: latest
      ? {
          id: latest.id,
          grade: latest.grade,
          totalTenths: latest.totalTenths,
          coefficientPercent: latest.coefficientPercent,
        }
      : null,
    allowedFen,
    paidFen,
    pendingFen,
    remainingFen,
    payability: payabilityOf(gated, latest, allowedFen, paidFen),
  };
}

function payabilityOf(
  gated: boolean,
  latest: Evaluation | undefined,
  allowedFen: number,
  paidFen: number,
): InstalmentPayability {
  if (gated && !latest) return 'awaiting_evaluation';
  if (gated && latest!.coefficientPercent === 0) return 'evaluation_failed';
  // Settled once everything allowed is paid: a request still pending keeps it open until decided.
  return allowedFen > 0 && paidFen >= allowedFen ? 'settled' : 'payable';
}

export function instalmentStatuses(
  instalments: readonly ScheduledInstalmentTerms[],
  evaluations: readonly Evaluation[],
  payments: readonly Payment[],
): InstalmentStatus[] {
  return instalments.map((instalment) => instalmentStatus(instalment, evaluations, payments));
}
