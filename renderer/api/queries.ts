// Read hooks, one per query channel. Keys start with the area so a mutation can invalidate by prefix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { call } from './client';

export const queryKeys = {
  office: ['office'] as const,
  communities: (input: ChannelInput<'communities.list'>) => ['communities', input] as const,
  community: (id: number) => ['community', id] as const,
  audit: (input: ChannelInput<'audit.list'>) => ['audit', input] as const,
};

export function useOffice() {
  return useQuery({ queryKey: queryKeys.office, queryFn: () => call('office.get', {}) });
}

export function useCommunities(input: ChannelInput<'communities.list'>) {
  return useQuery({
    queryKey: queryKeys.communities(input),
    queryFn: () => call('communities.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useCommunity(id: number) {
  return useQuery({
    queryKey: queryKeys.community(id),
    queryFn: () => call('communities.get', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useAuditLog(input: ChannelInput<'audit.list'>) {
  return useQuery({
    queryKey: queryKeys.audit(input),
    queryFn: () => call('audit.list', input),
    placeholderData: keepPreviousData,
  });
}
