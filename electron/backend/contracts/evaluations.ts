// 绩效评价: recorded with the scores, total and grade computed, the coefficient of the grade kept.
// OWNER: H2 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { Evaluation } from '../../../shared/features/contracts/contract';

export function recordEvaluation(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.evaluate'>,
): Evaluation {
  throw new Error('not built yet: contracts.evaluate');
}
