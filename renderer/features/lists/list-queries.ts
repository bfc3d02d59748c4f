// Read hooks of the public lists (公示清单) and work-access requests (准入). Keys start with the area
// ('lists', 'access') so a mutation of that area invalidates them by prefix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { ListKind } from '../../../shared/features/lists/contract';
import { callQuery } from '../../api/client';

export const listQueryKeys = {
  overview: ['lists', 'overview'] as const,
  current: (kind: ListKind) => ['lists', 'current', kind] as const,
  version: (versionId: number) => ['lists', 'version', versionId] as const,
  history: (kind: ListKind) => ['lists', 'history', kind] as const,
  accessList: (input: ChannelInput<'access.list'>) => ['access', 'list', input] as const,
  access: (id: number) => ['access', 'get', id] as const,
  catalogue: (communityId: number | undefined) => ['access', 'catalogue', communityId ?? 'all'] as const,
};

const isId = (id: number | null | undefined): id is number =>
  typeof id === 'number' && Number.isInteger(id) && id > 0;

export function useListOverview() {
  return useQuery({ queryKey: listQueryKeys.overview, queryFn: () => callQuery('lists.overview', {}) });
}

export function useCurrentList(kind: ListKind) {
  return useQuery({
    queryKey: listQueryKeys.current(kind),
    queryFn: () => callQuery('lists.current', { kind }),
    placeholderData: keepPreviousData,
  });
}

/** A version with its items; idle while there is no version (no draft). */
export function useListVersion(versionId: number | null | undefined) {
  return useQuery({
    queryKey: listQueryKeys.version(versionId ?? 0),
    queryFn: () => callQuery('lists.version', { versionId: versionId ?? 0 }),
    enabled: isId(versionId),
  });
}

export function useListHistory(kind: ListKind, enabled: boolean) {
  return useQuery({
    queryKey: listQueryKeys.history(kind),
    queryFn: () => callQuery('lists.history', { kind }),
    enabled,
  });
}

export function useAccessRequests(input: ChannelInput<'access.list'>) {
  return useQuery({
    queryKey: listQueryKeys.accessList(input),
    queryFn: () => callQuery('access.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useAccessRequest(id: number) {
  return useQuery({
    queryKey: listQueryKeys.access(id),
    queryFn: () => callQuery('access.get', { id }),
    enabled: isId(id),
  });
}

export function useCatalogue(communityId: number | undefined) {
  return useQuery({
    queryKey: listQueryKeys.catalogue(communityId),
    queryFn: () => callQuery('access.catalogue', communityId === undefined ? {} : { communityId }),
    placeholderData: keepPreviousData,
  });
}
