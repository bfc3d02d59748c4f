// Read hooks of the welfare projects' screens (公益项目). Keys start with 'fund', the group every fund
// command invalidates, so a step taken on a project refetches its page, the list and the reminders.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { callQuery } from '../../../api/client';

export const fundProjectsQueryKeys = {
  projects: (input: ChannelInput<'fund.projects'>) => ['fund', 'projects', input] as const,
  project: (id: number) => ['fund', 'project', id] as const,
  reminders: ['fund', 'projectReminders'] as const,
  audit: (id: number) => ['fund', 'projectAudit', id] as const,
};

const isId = (id: number): boolean => Number.isInteger(id) && id > 0;

export function useFundProjects(input: ChannelInput<'fund.projects'>) {
  return useQuery({
    queryKey: fundProjectsQueryKeys.projects(input),
    queryFn: () => callQuery('fund.projects', input),
    placeholderData: keepPreviousData,
  });
}

export function useFundProject(id: number) {
  return useQuery({
    queryKey: fundProjectsQueryKeys.project(id),
    queryFn: () => callQuery('fund.project', { id }),
    enabled: isId(id),
  });
}

export function useFundProjectReminders() {
  return useQuery({
    queryKey: fundProjectsQueryKeys.reminders,
    queryFn: () => callQuery('fund.projectReminders', {}),
  });
}

/** A project's 操作记录: its audit rows, newest first. */
export function useFundProjectAudit(id: number) {
  return useQuery({
    queryKey: fundProjectsQueryKeys.audit(id),
    queryFn: () => callQuery('fund.projectAudit', { id }),
    enabled: isId(id),
  });
}

/** The active providers an application may name (the contracts feature's 承接主体). */
export function useActiveProviders(enabled: boolean) {
  return useQuery({
    queryKey: ['providers', 'list', { search: '', status: 'active' }],
    queryFn: () => callQuery('providers.list', { search: '', status: 'active' }),
    enabled,
  });
}
