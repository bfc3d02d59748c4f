// Read hooks, one per query channel. Keys start with the area so a mutation can invalidate by prefix.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../shared/contract';
import { callQuery } from './client';

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
  postingEnd: (startDate: string, workingDays: number) =>
    ['calendar', 'postingEnd', startDate, workingDays] as const,
};

export function useOffice() {
  return useQuery({ queryKey: queryKeys.office, queryFn: () => callQuery('office.get', {}) });
}

export function useCommunities(input: ChannelInput<'communities.list'>) {
  return useQuery({
    queryKey: queryKeys.communities(input),
    queryFn: () => callQuery('communities.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useCommunity(id: number) {
  return useQuery({
    queryKey: queryKeys.community(id),
    queryFn: () => callQuery('communities.get', { id }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

export function useAuditLog(input: ChannelInput<'audit.list'>) {
  return useQuery({
    queryKey: queryKeys.audit(input),
    queryFn: () => callQuery('audit.list', input),
    placeholderData: keepPreviousData,
  });
}

export function useStandards() {
  return useQuery({ queryKey: queryKeys.standards, queryFn: () => callQuery('standards.list', {}) });
}

export function useFundingYears() {
  return useQuery({ queryKey: queryKeys.fundingYears, queryFn: () => callQuery('funding.years', {}) });
}

const isYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

export function useFundingYear(year: number) {
  return useQuery({
    queryKey: queryKeys.fundingYear(year),
    queryFn: () => callQuery('funding.year', { year }),
    enabled: isYear(year),
  });
}

/** The year computed without saving; fetched only while the preview is open. */
export function useFundingPreview(year: number, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.fundingPreview(year),
    queryFn: () => callQuery('funding.preview', { year }),
    enabled: enabled && isYear(year),
    staleTime: 0,
  });
}

export function useCommunityFunding(year: number, communityId: number) {
  return useQuery({
    queryKey: queryKeys.communityFunding(year, communityId),
    queryFn: () => callQuery('funding.community', { year, communityId }),
    enabled: isYear(year) && Number.isInteger(communityId) && communityId > 0,
  });
}

/** Postings that already carry the voucher number; idle while it is blank. */
export function useVoucherUses(voucherNo: string) {
  const trimmed = voucherNo.trim();
  return useQuery({
    queryKey: queryKeys.voucherUses(trimmed),
    queryFn: () => callQuery('funding.voucherUses', { voucherNo: trimmed }),
    enabled: trimmed !== '' && trimmed.length <= 40,
  });
}

export function useCalendar(year: number) {
  return useQuery({
    queryKey: queryKeys.calendar(year),
    queryFn: () => callQuery('calendar.list', { year }),
    enabled: isYear(year),
    placeholderData: keepPreviousData,
  });
}

/** Last day of a posting period; `startDate` null (not chosen yet) keeps the query idle. */
export function usePostingEnd(startDate: string | null, workingDays: number | null) {
  const ready =
    startDate !== null && workingDays !== null && Number.isInteger(workingDays) && workingDays >= 1;
  return useQuery({
    queryKey: queryKeys.postingEnd(startDate ?? '', workingDays ?? 0),
    queryFn: () =>
      callQuery('calendar.postingEnd', { startDate: startDate ?? '', workingDays: workingDays ?? 0 }),
    enabled: ready && workingDays <= 30,
    placeholderData: keepPreviousData,
  });
}
