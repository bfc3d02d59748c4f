// Write hooks. Every change writes an audit row, and a change alters the screens of its area (a profile
// also changes the year's funding table), so a successful mutation invalidates those queries plus the
// audit log.
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ChannelInput, ChannelName } from '../../shared/contract';
import { call } from './client';
import type { FileChannel } from './files';

type QueryChannel =
  | 'office.get'
  | 'communities.list'
  | 'communities.get'
  | 'audit.list'
  | 'standards.list'
  | 'funding.years'
  | 'funding.preview'
  | 'funding.year'
  | 'funding.community'
  | 'funding.voucherUses'
  | 'calendar.list'
  | 'calendar.postingEnd'
  | 'calendar.today'
  | 'lists.overview'
  | 'lists.versions'
  | 'lists.version'
  | 'lists.current'
  | 'lists.history'
  | 'access.list'
  | 'access.get'
  | 'access.catalogue';

type MutationChannel = Exclude<ChannelName, QueryChannel | FileChannel>;

function affectedQueryPrefixes(channel: MutationChannel): string[] {
  if (channel.startsWith('office.')) return ['office', 'audit'];
  // A standard is shown with the year it applies to; approved lines never change with it.
  if (channel.startsWith('standards.')) return ['standards', 'funding', 'audit'];
  if (channel.startsWith('calendar.')) return ['calendar', 'audit'];
  // Imported households are yearly profiles: the register shows them too.
  if (channel === 'funding.importHouseholds') return ['funding', 'communities', 'community', 'audit'];
  if (channel.startsWith('funding.')) return ['funding', 'audit'];
  if (channel.startsWith('lists.')) return ['lists', 'audit'];
  if (channel.startsWith('access.')) return ['access', 'audit'];
  return ['communities', 'community', 'funding', 'audit'];
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
