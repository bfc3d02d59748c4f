// Read hooks of work-access requests (准入) and the catalogue. Keys start with 'access', the group the
// requests' commands invalidate.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { callQuery } from '../../api/client';

export const accessQueryKeys = {
  accessList: (input: ChannelInput<'access.list'>) => ['access', 'list', input] as const,
  access: (id: number) => ['access', 'get', id] as const,
  catalogue: (communityId: number | undefined) => ['access', 'catalogue', communityId ?? 'all'] as const,
};

const isId = (id: number): boolean => Number.isInteger(id) && id > 0;

export function useAccessRequests(input: ChannelInput<'access.list'>) {
  return useQuery({
    queryKey: accessQueryKeys.accessList(input),
    queryFn: () => callQuery('access.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useAccessRequest(id: number) {
  return useQuery({
    queryKey: accessQueryKeys.access(id),
    queryFn: () => callQuery('access.get', { id }),
    enabled: isId(id),
  });
}

export function useCatalogue(communityId: number | undefined) {
  return useQuery({
    queryKey: accessQueryKeys.catalogue(communityId),
    queryFn: () => callQuery('access.catalogue', communityId === undefined ? {} : { communityId }),
    placeholderData: keepPreviousData,
  });
}
