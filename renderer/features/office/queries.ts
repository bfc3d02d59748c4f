// Read hook of the office's settings.
import { useQuery } from '@tanstack/react-query';
import { callQuery } from '../../api/client';

export const officeQueryKeys = {
  office: ['office'] as const,
};

export function useOffice() {
  return useQuery({ queryKey: officeQueryKeys.office, queryFn: () => callQuery('office.get', {}) });
}
