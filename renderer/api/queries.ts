// Read hooks, one per query channel. Keys start with the area so a mutation can invalidate by prefix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { isLedgerYear } from '../../shared/domain/years';
import { call } from './client';

export const queryKeys = {
  office: ['office'] as const,
  communities: (input: ChannelInput<'communities.list'>) => ['communities', input] as const,
  community: (id: number) => ['community', id] as const,
  audit: (input: ChannelInput<'audit.list'>) => ['audit', input] as const,
  standards: ['standards'] as const,
  fundingYears: ['funding', 'years'] as const,
  fundingYear: (year: number) => ['funding', 'year', year] as const,
  fundingPreview: (year: number) => ['funding', 'preview', year] as const,
  communityFunding: (year: number, communityId: number) =>
    ['funding', 'community', year, communityId] as const,
  voucherUses: (voucherNo: string) => ['funding', 'voucherUses', voucherNo] as const,
  calendar: (year: number) => ['calendar', 'list', year] as const,
  today: ['calendar', 'today'] as const,
  postingEnd: (startDate: string, workingDays: number) =>
    ['calendar', 'postingEnd', startDate, workingDays] as const,
};

export function useOffice() {
  return useQuery({ queryKey: queryKeys.office, queryFn: () => call('office.get', {}) });
}

export function useCommunities(input: ChannelInput<'communities.list'>) {
  return useQuery({
    queryKey: queryKeys.communities(input),
    queryFn: () => call('communities.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useCommunity(id: number) {
  return useQuery({
    queryKey: queryKeys.community(id),
    queryFn: () => call('communities.get', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useAuditLog(input: ChannelInput<'audit.list'>) {
  return useQuery({
    queryKey: queryKeys.audit(input),
    queryFn: () => call('audit.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useStandards() {
  return useQuery({ queryKey: queryKeys.standards, queryFn: () => call('standards.list', {}) });
}

export function useFundingYears() {
  return useQuery({ queryKey: queryKeys.fundingYears, queryFn: () => call('funding.years', {}) });
}

export function useFundingYear(year: number) {
  return useQuery({
    queryKey: queryKeys.fundingYear(year),
    queryFn: () => call('funding.year', { year }),
    enabled: isLedgerYear(year),
  });
}

/** The year computed without saving; fetched only while the preview is open. */
export function useFundingPreview(year: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.fundingPreview(year),
    queryFn: () => call('funding.preview', { year }),
    enabled: enabled && isLedgerYear(year),
    staleTime: 0,
  });
}

export function useCommunityFunding(year: number, communityId: number) {
  return useQuery({
    queryKey: queryKeys.communityFunding(year, communityId),
    queryFn: () => call('funding.community', { year, communityId }),
    enabled: isLedgerYear(year) && Number.isInteger(communityId) && communityId > 0,
  });
}

/** Postings that already carry the voucher number; idle while it is blank. */
export function useVoucherUses(voucherNo: string) {
  const trimmed = voucherNo.trim();
  return useQuery({
    queryKey: queryKeys.voucherUses(trimmed),
    queryFn: () => call('funding.voucherUses', { voucherNo: trimmed }),
    enabled: trimmed !== '' && trimmed.length <= 40,
  });
}

export function useCalendar(year: number) {
  return useQuery({
    queryKey: queryKeys.calendar(year),
    queryFn: () => call('calendar.list', { year }),
    enabled: isLedgerYear(year),
    placeholderData: keepPreviousData,
  });
}

/** Last day of a posting period; `startDate` null (not chosen yet) keeps the query idle. */
export function usePostingEnd(startDate: string | null, workingDays: number | null) {
  const ready =
    startDate !== null && workingDays !== null && Number.isInteger(workingDays) && workingDays >= 1;
  return useQuery({
    queryKey: queryKeys.postingEnd(startDate ?? '', workingDays ?? 0),
    queryFn: () => call('calendar.postingEnd', { startDate: startDate ?? '', workingDays: workingDays ?? 0 }),
    enabled: ready && workingDays <= 30,
    placeholderData: keepPreviousData,
  });
}

/** Today by the backend's clock (calendar.today); read through useToday() in renderer/ui/today. */
export const todayQuery = {
  queryKey: queryKeys.today,
  queryFn: () => call('calendar.today', {}),
  // Asked again every minute, so a window left open over midnight moves on to the new day.
  refetchInterval: 60_000,
};

export function useTodayQuery() {
  return useQuery(todayQuery);
}
