// Every channel with its kind, merged from the features' declarations, and the lists derived from them.
// The preload builds window.api from channelNames, so this file and what it imports stay free of schemas
// and libraries (a sandboxed preload bundles what it imports); the schemas and output types are in the
// features' contract files, checked against these declarations by type (shared/contract/index.ts).
import {
  channelLists,
  invalidatedGroups,
  mergeChannels,
  type CommandChannelOf,
  type FileChannelOf,
  type PrintableChannelOf,
  type QueryChannelOf,
  type QueryGroup,
} from './channel-kinds';
import type { ChannelRoles } from './roles';
import { coreChannels } from './core-channels';
import { peopleChannels } from './people-channels';
import { accessChannels } from '../features/access/channels';
import { backupsChannels } from '../features/backups/channels';
import { calendarChannels } from '../features/calendar/channels';
import { contractsChannels } from '../features/contracts/channels';
import { fundChannels } from '../features/fund/channels';
import { fundingChannels } from '../features/funding/channels';
import { listsChannels } from '../features/lists/channels';
import { registerChannels } from '../features/register/channels';

export const channels = mergeChannels(
  coreChannels,
  peopleChannels,
  registerChannels,
  fundingChannels,
  calendarChannels,
  listsChannels,
  accessChannels,
  contractsChannels,
  fundChannels,
  backupsChannels,
);
export type Channels = typeof channels;

export type ChannelName = keyof Channels & string;
export type QueryChannel = QueryChannelOf<Channels>;
export type CommandChannel = CommandChannelOf<Channels>;
export type FileChannel = FileChannelOf<Channels>;
export type PrintableChannel = PrintableChannelOf<Channels>;

export const { channelNames, queryChannels, commandChannels, fileChannels, printableChannels } =
  channelLists(channels);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && Object.hasOwn(channels, value);
}

/** The roles that may call the channel (the dispatcher enforces them). */
export function rolesOf(channel: ChannelName): ChannelRoles {
  return channels[channel].roles;
}

/** Whether the channel answers with a file: the shell saves it, the host sends its bytes as base64. */
export function answersWithFile(channel: ChannelName): channel is FileChannel {
  return channels[channel].kind === 'file';
}

/** The query groups a command's success refetches, the audit log included. */
export function groupsInvalidatedBy(channel: CommandChannel): QueryGroup[] {
  return invalidatedGroups(channels[channel]);
}
