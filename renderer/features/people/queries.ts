// Read hooks of the users and the separation settings; keys start with 'people' (the group the people
// channels' commands refetch).
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { callQuery } from '../../api/client';
import { todayQueryKey } from '../../ui/today-key';

export const peopleQueryKeys = {
  users: ['people', 'users'] as const,
  settings: ['people', 'settings'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: peopleQueryKeys.users, queryFn: () => callQuery('users.list', {}) });
}

export function usePeopleSettings() {
  return useQuery({ queryKey: peopleQueryKeys.settings, queryFn: () => callQuery('people.settings', {}) });
}

/** Whether a cached query outlives a change of user: only today, which is nobody's data. */
export function outlivesSignIn(queryKey: readonly unknown[]): boolean {
  return todayQueryKey.every((part, index) => queryKey[index] === part);
}

/** Forgets every answer read as the previous user, so none flashes on the next user's screens. */
export function forgetSignedInData(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ predicate: (query) => !outlivesSignIn(query.queryKey) });
  queryClient.removeQueries({ predicate: (query) => !outlivesSignIn(query.queryKey) });
}
