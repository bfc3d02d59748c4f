// A contract's steps: signing (numbered, committed against the allocation), starting, amending, completing and terminating.
// OWNER: H1 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { ContractDetail } from '../../../shared/features/contracts/contract';

export function signContract(_ctx: ServiceContext, _input: ParsedInput<'contracts.sign'>): ContractDetail {
  throw new Error('not built yet: contracts.sign');
}

export function startContract(_ctx: ServiceContext, _input: ParsedInput<'contracts.start'>): ContractDetail {
  throw new Error('not built yet: contracts.start');
}

export function amendContract(_ctx: ServiceContext, _input: ParsedInput<'contracts.amend'>): ContractDetail {
  throw new Error('not built yet: contracts.amend');
}

export function completeContract(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.complete'>,
): ContractDetail {
  throw new Error('not built yet: contracts.complete');
}

export function terminateContract(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.terminate'>,
): ContractDetail {
  throw new Error('not built yet: contracts.terminate');
}
