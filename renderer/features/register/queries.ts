// Read hooks of the register. Keys start with 'communities' (the list) and 'community' (one community's
// page), the groups a register command invalidates.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { callQuery } from '../../api/client';

export const registerQueryKeys = {
  communities: (input: ChannelInput<'communities.list'>) => ['communities', input] as const,
  community: (id: number) => ['community', id] as const,
};

export function useCommunities(input: ChannelInput<'communities.list'>) {
  return useQuery({
    queryKey: registerQueryKeys.communities(input),
    queryFn: () => callQuery('communities.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useCommunity(id: number) {
  return useQuery({
    queryKey: registerQueryKeys.community(id),
    queryFn: () => callQuery('communities.get', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}
