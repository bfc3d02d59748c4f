// Read hooks of funding: the standards, the years, a year's table and a community's lines. Keys start
// with 'standards' or 'funding', the groups funding's commands invalidate.
import { useQuery } from '@tanstack/react-query';
import { callQuery, isQueryableYear } from '../../api/client';

export const fundingQueryKeys = {
  standards: ['standards'] as const,
  fundingYears: ['funding', 'years'] as const,
  fundingYear: (year: number) => ['funding', 'year', year] as const,
  fundingPreview: (year: number) => ['funding', 'preview', year] as const,
  communityFunding: (year: number, communityId: number) =>
    ['funding', 'community', year, communityId] as const,
  voucherUses: (voucherNo: string) => ['funding', 'voucherUses', voucherNo] as const,
};

export function useStandards() {
  return useQuery({ queryKey: fundingQueryKeys.standards, queryFn: () => callQuery('standards.list', {}) });
}

export function useFundingYears() {
  return useQuery({ queryKey: fundingQueryKeys.fundingYears, queryFn: () => callQuery('funding.years', {}) });
}

export function useFundingYear(year: number) {
  return useQuery({
    queryKey: fundingQueryKeys.fundingYear(year),
    queryFn: () => callQuery('funding.year', { year }),
    enabled: isQueryableYear(year),
  });
}

/** The year computed without saving; fetched only while the preview is open. */
export function useFundingPreview(year: number, enabled: boolean) {
  return useQuery({
    queryKey: fundingQueryKeys.fundingPreview(year),
    queryFn: () => callQuery('funding.preview', { year }),
    enabled: enabled && isQueryableYear(year),
    staleTime: 0,
  });
}

export function useCommunityFunding(year: number, communityId: number) {
  return useQuery({
    queryKey: fundingQueryKeys.communityFunding(year, communityId),
    queryFn: () => callQuery('funding.community', { year, communityId }),
    enabled: isQueryableYear(year) && Number.isInteger(communityId) && communityId > 0,
  });
}

/** Postings that already carry the voucher number; idle while it is blank. */
export function useVoucherUses(voucherNo: string) {
  const trimmed = voucherNo.trim();
  return useQuery({
    queryKey: fundingQueryKeys.voucherUses(trimmed),
    queryFn: () => callQuery('funding.voucherUses', { voucherNo: trimmed }),
    enabled: trimmed !== '' && trimmed.length <= 40,
  });
}
