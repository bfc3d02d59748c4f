// The one typed contract between the renderer and the Node side, merged from the features' contracts.
// Each channel is declared once with its kind (channels.ts) and once with its run-time input schema and
// output type (the feature's contract file, checked against the declarations); both transports (Electron
// IPC, the loopback host) and window.api are derived from them, so a missing handler or a drifted
// signature fails to compile.
import type { z } from 'zod';
import type { ChannelName, Channels, FileChannel } from './channels';
import type { ContractFor } from './channel-spec';
import { coreContract } from './core-contract';
import { peopleContract } from './people-contract';
import type { FileAnswer } from './files';
import { accessContract } from '../features/access/contract';
import { backupsContract } from '../features/backups/contract';
import { calendarContract } from '../features/calendar/contract';
import { contractsContract } from '../features/contracts/contract';
import { fundContract } from '../features/fund/contract';
import { fundingContract } from '../features/funding/contract';
import { listsContract } from '../features/lists/contract';
import { registerContract } from '../features/register/contract';
import type { Result } from './result';

export const contract = {
  ...coreContract,
  ...peopleContract,
  ...registerContract,
  ...fundingContract,
  ...calendarContract,
  ...listsContract,
  ...accessContract,
  ...contractsContract,
  ...fundContract,
  ...backupsContract,
} satisfies ContractFor<Channels>;

export type Contract = typeof contract;
/** What a caller sends (before defaults and trimming). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives: validated, trimmed, defaults filled. */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
/** What a handler answers (a file channel: the file's bytes). */
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;
/** What the renderer receives: a file channel's answer has been through a transport (FileAnswer). */
export type ChannelAnswer<C extends ChannelName> = C extends FileChannel ? FileAnswer : ChannelOutput<C>;

/** The renderer's view: one async function per channel, answering with the result envelope. */
export type Api = { [C in ChannelName]: (input: ChannelInput<C>) => Promise<Result<ChannelAnswer<C>>> };

export {
  answersWithFile,
  channelNames,
  groupsInvalidatedBy,
  isChannelName,
  rolesOf,
  type ChannelName,
  type CommandChannel,
  type FileChannel,
  type PrintableChannel,
  type QueryChannel,
} from './channels';
export type { FileAnswer, FileBatch, FileOutput, ImportError } from './files';
export * from './result';
