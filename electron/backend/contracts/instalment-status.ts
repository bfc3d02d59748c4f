// What each instalment of a contract still allows: its amount, or for a gated one its amount × the
// coefficient of the latest evaluation for it (nothing before one passes), less what is paid or pending.
// OWNER: H2 (skeleton).
import type { Db } from '../core/db/connection';
import type {
  Evaluation,
  InstalmentStatus,
  Payment,
  ScheduledInstalmentTerms,
} from '../../../shared/features/contracts/contract';

export function instalmentStatuses(
  _instalments: readonly ScheduledInstalmentTerms[],
  _evaluations: readonly Evaluation[],
  _payments: readonly Payment[],
): InstalmentStatus[] {
  throw new Error('not built yet: instalmentStatuses');
}

export function selectEvaluations(_db: Db, _contractId: number): Evaluation[] {
  throw new Error('not built yet: selectEvaluations');
}

export function selectPayments(_db: Db, _contractId: number): Payment[] {
  throw new Error('not built yet: selectPayments');
}
