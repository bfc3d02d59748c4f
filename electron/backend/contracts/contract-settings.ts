// The office's contract settings: qualification check age, evaluation template, grade coefficients.
// OWNER: H2 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { ContractSettings } from '../../../shared/features/contracts/contract';

export function readContractSettings(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.settings'>,
): ContractSettings {
  throw new Error('not built yet: contracts.settings');
}

export function saveContractSettings(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.saveSettings'>,
): ContractSettings {
  throw new Error('not built yet: contracts.saveSettings');
}
