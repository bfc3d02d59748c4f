// Read hooks of the acknowledgements screens (捐赠确认书). Keys start with 'fund', the group every fund
// command invalidates, so an issue, a void or a print refreshes the register and the donations' rows.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract';
import { callQuery } from '../../../api/client';

export function useAcknowledgements(input: ChannelInput<'fund.acknowledgements'>) {
  return useQuery({
    queryKey: ['fund', 'acknowledgements', input],
    queryFn: () => callQuery('fund.acknowledgements', input),
    placeholderData: keepPreviousData,
  });
}

/**
 * The acknowledgements of one donation (at most one valid, any voided before it). A donation's row asks
 * for its own: the donations list carries no acknowledgement, and an acknowledgement's year (of issue)
 * need not be its donation's, so a register page by year could miss it.
 */
export function useDonationAcknowledgements(donationId: number) {
  return useQuery({
    queryKey: ['fund', 'acknowledgements', { donationId }],
    queryFn: () => callQuery('fund.acknowledgements', { donationId, page: 1, pageSize: 50 }),
  });
}
