// Read hook of the audit log; every command invalidates the 'audit' group.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { callQuery } from '../../api/client';

export const auditQueryKeys = {
  audit: (input: ChannelInput<'audit.list'>) => ['audit', input] as const,
};

export function useAuditLog(input: ChannelInput<'audit.list'>) {
  return useQuery({
    queryKey: auditQueryKeys.audit(input),
    queryFn: () => callQuery('audit.list', input),
    placeholderData: keepPreviousData,
  });
}
