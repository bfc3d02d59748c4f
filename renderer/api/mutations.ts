// Write hooks. Every change writes an audit row, and a change alters the screens of its area (a profile
// also changes the year's funding table), so a successful command refetches the query groups its
// declaration names (shared/features/<feature>/channels.ts) plus the audit log.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { groupsInvalidatedBy, type ChannelInput, type CommandChannel } from '../../shared/contract';
import { call } from './client';

async function invalidateAfter(queryClient: QueryClient, channel: CommandChannel): Promise<void> {
  // After a delete the open detail page is left at once: refetching the deleted record would only fail.
  const refetchType = channel.endsWith('.delete') ? 'none' : 'active';
  await Promise.all(
    groupsInvalidatedBy(channel).map((prefix) =>
      queryClient.invalidateQueries({
        queryKey: [prefix],
        refetchType: prefix === 'community' ? refetchType : 'active',
      }),
    ),
  );
}

export function useChannelMutation<C extends CommandChannel>(channel: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onSuccess: () => invalidateAfter(queryClient, channel),
  });
}
