// Drafting a contract: create, edit and discard a draft, its terms checked as at signing.
// OWNER: H1 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { ContractDetail } from '../../../shared/features/contracts/contract';

export function createContract(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.create'>,
): ContractDetail {
  throw new Error('not built yet: contracts.create');
}

export function updateContract(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.update'>,
): ContractDetail {
  throw new Error('not built yet: contracts.update');
}

export function discardContract(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.discard'>,
): { id: number } {
  throw new Error('not built yet: contracts.discard');
}
