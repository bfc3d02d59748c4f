// Read hooks of the fund's books. Keys start with 'fund', the group every fund command invalidates.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { callQuery } from '../../../api/client';

export const fundBooksQueryKeys = {
  settings: ['fund', 'settings'] as const,
  accounts: ['fund', 'accounts'] as const,
  designations: ['fund', 'designations'] as const,
  vouchers: (input: ChannelInput<'fund.vouchers'>) => ['fund', 'vouchers', input] as const,
  voucher: (id: number) => ['fund', 'voucher', id] as const,
  audit: (id: number) => ['fund', 'audit', id] as const,
};

const isId = (id: number): boolean => Number.isInteger(id) && id > 0;

export function useFundSettings() {
  return useQuery({ queryKey: fundBooksQueryKeys.settings, queryFn: () => callQuery('fund.settings', {}) });
}

export function useFundAccounts() {
  return useQuery({ queryKey: fundBooksQueryKeys.accounts, queryFn: () => callQuery('fund.accounts', {}) });
}

export function useFundDesignations() {
  return useQuery({
    queryKey: fundBooksQueryKeys.designations,
    queryFn: () => callQuery('fund.designations', {}),
  });
}

export function useFundVouchers(input: ChannelInput<'fund.vouchers'>) {
  return useQuery({
    queryKey: fundBooksQueryKeys.vouchers(input),
    queryFn: () => callQuery('fund.vouchers', input),
    placeholderData: keepPreviousData,
  });
}

export function useFundVoucher(id: number) {
  return useQuery({
    queryKey: fundBooksQueryKeys.voucher(id),
    queryFn: () => callQuery('fund.voucher', { id }),
    enabled: isId(id),
  });
}

/** A voucher's 操作日志: every audit row of it, newest first (fund.audit answers them all at once). */
export function useFundVoucherAudit(id: number) {
  return useQuery({
    queryKey: fundBooksQueryKeys.audit(id),
    queryFn: () => callQuery('fund.audit', { id }),
    enabled: isId(id),
  });
}
