// The checks every step of a contract makes: its state may take the step, and its date lies between the
// step's earliest day and today.
import { refusalOfAction, type ContractAction } from '../../../../shared/features/contracts/contract';
import type { ServiceContext } from '../../core/context';
import { AppError, conflict } from '../../core/errors';
import { today } from '../../core/posting/posting-dates';
import { requireContractRecord } from '../contract-read';
import type { ContractRecord } from '../queries/contracts';

/** The contract as it stands, refused when its state may not take the step. */
export function requireStep(ctx: ServiceContext, id: number, action: ContractAction): ContractRecord {
  const record = requireContractRecord(ctx, id);
  const refusal = refusalOfAction(record.state, action);
  if (refusal) throw conflict(refusal);
  return record;
}

/** A step's date: not before `from` (named `earliest`), not after today. */
export function refuseStepDate(
  ctx: ServiceContext,
  date: string,
  field: { label: string; name: string },
  from: { date: string; earliest: string },
): void {
  if (date > today(ctx)) throw new AppError('invalid_input', `${field.label}：不能晚于今天`, field.name);
  if (date < from.date)
    throw new AppError(
      'invalid_input',
      `${field.label}：不能早于${from.earliest}（${from.date}）`,
      field.name,
    );
}
