// Read hooks of the purchase-of-services screens. Keys start with 'providers' or 'contracts', the groups
// the feature's commands invalidate (contract changes also refetch 'funding').
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { callQuery, isQueryableYear } from '../../api/client';

export const contractsQueryKeys = {
  providers: (input: ChannelInput<'providers.list'>) => ['providers', 'list', input] as const,
  provider: (id: number) => ['providers', 'get', id] as const,
  contracts: (input: ChannelInput<'contracts.list'>) => ['contracts', 'list', input] as const,
  contract: (id: number) => ['contracts', 'get', id] as const,
  audit: (input: ChannelInput<'contracts.audit'>) => ['contracts', 'audit', input] as const,
  budget: (year: number, communityId: number | undefined) =>
    ['contracts', 'budget', year, communityId ?? 'all'] as const,
  settings: ['contracts', 'settings'] as const,
  voucherUses: (voucherNo: string) => ['contracts', 'voucherUses', voucherNo] as const,
};

const isId = (id: number): boolean => Number.isInteger(id) && id > 0;

export function useProviders(input: ChannelInput<'providers.list'>) {
  return useQuery({
    queryKey: contractsQueryKeys.providers(input),
    queryFn: () => callQuery('providers.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useProvider(id: number) {
  return useQuery({
    queryKey: contractsQueryKeys.provider(id),
    queryFn: () => callQuery('providers.get', { id }),
    enabled: isId(id),
  });
}

export function useContracts(input: ChannelInput<'contracts.list'>) {
  return useQuery({
    queryKey: contractsQueryKeys.contracts(input),
    queryFn: () => callQuery('contracts.list', input),
    placeholderData: keepPreviousData,
  });
}

/** 操作日志 of one contract; every contracts command refetches it with the contract. */
export function useContractAudit(input: ChannelInput<'contracts.audit'>) {
  return useQuery({
    queryKey: contractsQueryKeys.audit(input),
    queryFn: () => callQuery('contracts.audit', input),
    placeholderData: keepPreviousData,
  });
}

export function useContract(id: number) {
  return useQuery({
    queryKey: contractsQueryKeys.contract(id),
    queryFn: () => callQuery('contracts.get', { id }),
    enabled: isId(id),
  });
}

/** Every community's purchased-services money of a year, or one community's. */
export function usePurchasedServicesBudget(year: number, communityId?: number) {
  return useQuery({
    queryKey: contractsQueryKeys.budget(year, communityId),
    queryFn: () =>
      callQuery('contracts.budget', communityId === undefined ? { year } : { year, communityId }),
    enabled: isQueryableYear(year),
  });
}

export function useContractSettings() {
  return useQuery({
    queryKey: contractsQueryKeys.settings,
    queryFn: () => callQuery('contracts.settings', {}),
  });
}

/** Payments that already carry the voucher number; idle while it is blank. */
export function useContractVoucherUses(voucherNo: string) {
  const trimmed = voucherNo.trim();
  return useQuery({
    queryKey: contractsQueryKeys.voucherUses(trimmed),
    queryFn: () => callQuery('contracts.voucherUses', { voucherNo: trimmed }),
    enabled: trimmed !== '' && trimmed.length <= 30,
  });
}
