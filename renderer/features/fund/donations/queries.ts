// Read hooks of the fund's donations screens. Keys start with 'fund', the group every fund command
// invalidates.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { callQuery, isQueryableYear } from '../../../api/client';

export function useFundDonations(input: ChannelInput<'fund.donations'>) {
  return useQuery({
    queryKey: ['fund', 'donations', input],
    queryFn: () => callQuery('fund.donations', input),
    placeholderData: keepPreviousData,
  });
}

export function useFundDonors(input: ChannelInput<'fund.donors'>) {
  return useQuery({
    queryKey: ['fund', 'donors', input],
    queryFn: () => callQuery('fund.donors', input),
    placeholderData: keepPreviousData,
  });
}

export function useFundDonor(id: number) {
  return useQuery({
    queryKey: ['fund', 'donor', id],
    queryFn: () => callQuery('fund.donor', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useFundReceiptRegister(year: number) {
  return useQuery({
    queryKey: ['fund', 'receiptRegister', year],
    queryFn: () => callQuery('fund.receiptRegister', { year }),
    enabled: isQueryableYear(year),
  });
}

export function useFundDesignationList() {
  return useQuery({
    queryKey: ['fund', 'designations'],
    queryFn: () => callQuery('fund.designations', {}),
  });
}
