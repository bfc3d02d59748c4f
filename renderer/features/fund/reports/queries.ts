// Read hooks of the fund's periods and reports. Keys start with 'fund', the group every fund command
// invalidates, so a posting, a close or a reopen refetches every report on the screen.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { callQuery, isQueryableYear } from '../../../api/client';

export const fundReportsQueryKeys = {
  periods: (year: number) => ['fund', 'periods', year] as const,
  closeCheck: (month: string) => ['fund', 'closeCheck', month] as const,
  trialBalance: (input: ChannelInput<'fund.trialBalance'>) => ['fund', 'trialBalance', input] as const,
  ledger: (input: ChannelInput<'fund.ledger'>) => ['fund', 'ledger', input] as const,
  designationReport: (year: number) => ['fund', 'designationReport', year] as const,
  donationIncome: (input: ChannelInput<'fund.donationIncome'>) => ['fund', 'donationIncome', input] as const,
  activity: (input: ChannelInput<'fund.activityStatement'>) => ['fund', 'activity', input] as const,
  balanceSheet: (input: ChannelInput<'fund.balanceSheet'>) => ['fund', 'balanceSheet', input] as const,
  balances: ['fund', 'balances'] as const,
};

export function useFundPeriods(year: number) {
  return useQuery({
    queryKey: fundReportsQueryKeys.periods(year),
    queryFn: () => callQuery('fund.periods', { year }),
    enabled: isQueryableYear(year),
  });
}

export function useFundTrialBalance(input: ChannelInput<'fund.trialBalance'>) {
  return useQuery({
    queryKey: fundReportsQueryKeys.trialBalance(input),
    queryFn: () => callQuery('fund.trialBalance', input),
    enabled: isQueryableYear(input.year) && input.fromMonth <= input.toMonth,
    placeholderData: keepPreviousData,
  });
}

export function useFundLedger(input: ChannelInput<'fund.ledger'>) {
  return useQuery({
    queryKey: fundReportsQueryKeys.ledger(input),
    queryFn: () => callQuery('fund.ledger', input),
    enabled: isQueryableYear(input.year) && input.accountId > 0,
    placeholderData: keepPreviousData,
  });
}

export function useFundDesignationReport(year: number) {
  return useQuery({
    queryKey: fundReportsQueryKeys.designationReport(year),
    queryFn: () => callQuery('fund.designationReport', { year }),
    enabled: isQueryableYear(year),
  });
}

export function useFundDonationIncome(input: ChannelInput<'fund.donationIncome'>) {
  return useQuery({
    queryKey: fundReportsQueryKeys.donationIncome(input),
    queryFn: () => callQuery('fund.donationIncome', input),
    enabled: isQueryableYear(input.year) && input.fromMonth <= input.toMonth,
    placeholderData: keepPreviousData,
  });
}

export function useFundActivityStatement(input: ChannelInput<'fund.activityStatement'>) {
  return useQuery({
    queryKey: fundReportsQueryKeys.activity(input),
    queryFn: () => callQuery('fund.activityStatement', input),
    enabled: isQueryableYear(input.year),
  });
}

export function useFundBalanceSheet(input: ChannelInput<'fund.balanceSheet'>) {
  return useQuery({
    queryKey: fundReportsQueryKeys.balanceSheet(input),
    queryFn: () => callQuery('fund.balanceSheet', input),
    enabled: isQueryableYear(input.year),
  });
}

export function useFundBalances() {
  return useQuery({
    queryKey: fundReportsQueryKeys.balances,
    queryFn: () => callQuery('fund.balances', {}),
  });
}
