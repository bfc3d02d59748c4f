// Read hooks of the disclosure screens (信息公开). Keys start with 'fund', the group every fund command
// invalidates, so a posting refreshes the quarter's preview and a recorded notice the register and the
// dashboard's calendar.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callQuery, isQueryableYear } from '../../../api/client';

export function useQuarterDisclosure(year: number, quarter: number) {
  return useQuery({
    queryKey: ['fund', 'quarterDisclosure', year, quarter],
    queryFn: () => callQuery('fund.quarterDisclosure', { year, quarter }),
    enabled: isQueryableYear(year),
    placeholderData: keepPreviousData,
  });
}

/** The register of posted notices; one year's, or every year's when `year` is null. */
export function useDisclosures(year: number | null) {
  return useQuery({
    queryKey: ['fund', 'disclosures', year],
    queryFn: () => callQuery('fund.disclosures', { year }),
    placeholderData: keepPreviousData,
  });
}

export function useDisclosureDeadlines() {
  return useQuery({
    queryKey: ['fund', 'disclosureDeadlines'],
    queryFn: () => callQuery('fund.disclosureDeadlines', {}),
    // Before the fund's settings are saved there is no calendar: the card stays away, nothing to retry.
    retry: false,
  });
}
