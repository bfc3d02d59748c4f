// Write hooks. Every change writes an audit row, and register changes alter the list and the detail,
// so a successful mutation invalidates the queries of its area plus the audit log.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import { call } from './client';

type MutationChannel = Exclude<
  ChannelName,
  'office.get' | 'communities.list' | 'communities.get' | 'audit.list'
>;

function affectedQueryPrefixes(channel: MutationChannel): string[] {
  return channel.startsWith('office.') ? ['office', 'audit'] : ['communities', 'community', 'audit'];
}

async function invalidateAfter(queryClient: QueryClient, channel: MutationChannel): Promise<void> {
  // After a delete the open detail page is left at once: refetching the deleted record would only fail.
  const refetchType = channel.endsWith('.delete') ? 'none' : 'active';
  await Promise.all(
    affectedQueryPrefixes(channel).map((prefix) =>
      queryClient.invalidateQueries({
        queryKey: [prefix],
        refetchType: prefix === 'community' ? refetchType : 'active',
      }),
    ),
  );
}

export function useChannelMutation<C extends MutationChannel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => invalidateAfter(queryClient, channel),
  });
}
