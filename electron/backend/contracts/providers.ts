// Providers (承接主体): entry, correction, suspension, the qualification checks and the card with history.
// OWNER: H1 (skeleton: every function is replaced by its service).
import type { ParsedInput } from '../../../shared/contract';
import type { ServiceContext } from '../core/context';
import type { Provider, ProviderCard, ProviderRow } from '../../../shared/features/contracts/contract';

export function listProviders(_ctx: ServiceContext, _input: ParsedInput<'providers.list'>): ProviderRow[] {
  throw new Error('not built yet: providers.list');
}

export function getProvider(_ctx: ServiceContext, _input: ParsedInput<'providers.get'>): ProviderCard {
  throw new Error('not built yet: providers.get');
}

export function createProvider(_ctx: ServiceContext, _input: ParsedInput<'providers.create'>): Provider {
  throw new Error('not built yet: providers.create');
}

export function updateProvider(_ctx: ServiceContext, _input: ParsedInput<'providers.update'>): Provider {
  throw new Error('not built yet: providers.update');
}

export function suspendProvider(_ctx: ServiceContext, _input: ParsedInput<'providers.suspend'>): Provider {
  throw new Error('not built yet: providers.suspend');
}

export function reactivateProvider(
  _ctx: ServiceContext,
  _input: ParsedInput<'providers.reactivate'>,
): Provider {
  throw new Error('not built yet: providers.reactivate');
}

export function recordQualificationCheck(
  _ctx: ServiceContext,
  _input: ParsedInput<'providers.recordCheck'>,
): ProviderCard {
  throw new Error('not built yet: providers.recordCheck');
}
