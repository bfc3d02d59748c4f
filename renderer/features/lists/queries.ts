// Read hooks of the public lists (公示清单). Keys start with 'lists', the group the lists' commands invalidate.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListKind } from '../../../shared/features/lists/contract';
import { callQuery } from '../../api/client';

export const listQueryKeys = {
  overview: ['lists', 'overview'] as const,
  current: (kind: ListKind) => ['lists', 'current', kind] as const,
  version: (versionId: number) => ['lists', 'version', versionId] as const,
  history: (kind: ListKind) => ['lists', 'history', kind] as const,
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
