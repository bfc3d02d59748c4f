// The contracts' documents: the register (xlsx), the notice, the payment approval form and the evaluation sheet (PDF).
// OWNER: H3 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { FileOutput } from '../../../shared/contract/files';

export function exportContractRegister(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.register'>,
): FileOutput {
  throw new Error('not built yet: contracts.register');
}

export function exportContractNotice(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.notice'>,
): FileOutput {
  throw new Error('not built yet: contracts.notice');
}

export function exportPaymentForm(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.paymentForm'>,
): FileOutput {
  throw new Error('not built yet: contracts.paymentForm');
}

export function exportEvaluationSheet(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.evaluationSheet'>,
): FileOutput {
  throw new Error('not built yet: contracts.evaluationSheet');
}
