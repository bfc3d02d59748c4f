// Reading contracts: one with everything, the filtered page with totals, and the budget of each community.
// OWNER: H1 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type {
  ContractDetail,
  ContractPage,
  PurchasedServicesBudget,
} from '../../../shared/features/contracts/contract';

export function listContracts(_ctx: ServiceContext, _input: ParsedInput<'contracts.list'>): ContractPage {
  throw new Error('not built yet: contracts.list');
}

export function budgetOf(
  _ctx: ServiceContext,
  _input: ParsedInput<'contracts.budget'>,
): PurchasedServicesBudget[] {
  throw new Error('not built yet: contracts.budget');
}

/** One contract with everything (the shared read of every service and document). */
export function readContract(_ctx: ServiceContext, _id: number): ContractDetail {
  throw new Error('not built yet: readContract');
}
