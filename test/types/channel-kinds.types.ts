// Type-level tests of the channel declarations, checked by tsc and never executed. Each @ts-expect-error
// must stay an error: if a declaration stopped being checked, tsc would report an unused directive.
import { z } from 'zod';
import { command, declareChannels, file, query } from '../../shared/contract/channel-kinds';
import { anyRole, approvers } from '../../shared/contract/roles';
import { channel, type ContractFor } from '../../shared/contract/channel-spec';
import type {
  ChannelAnswer,
  CommandChannel,
  FileAnswer,
  FileChannel,
  PrintableChannel,
  QueryChannel,
} from '../../shared/contract';
import type { FileOutput } from '../../shared/contract/files';

// A channel without a kind fails to compile.
export const withoutKind = declareChannels({
  'probe.read': query(anyRole),
  // @ts-expect-error a declaration must say what the channel does
  'probe.nothing': {},
});

// A write that does not say what it invalidates fails to compile.
export const withoutGroups = declareChannels({
  // @ts-expect-error a command names the query groups it changes
  'probe.write': { kind: 'command' },
});

// A command naming a query group that does not exist fails to compile.
export const unknownGroup = declareChannels({
  // @ts-expect-error 'ledger' is not a query group
  'probe.write': command({ invalidates: ['ledger'], roles: approvers }),
});

// A channel that does not say who may call it fails to compile, whatever its kind.
export const withoutRoles = declareChannels({
  // @ts-expect-error a command names the roles that may call it
  'probe.write': command({ invalidates: ['lists'] }),
  // @ts-expect-error a query names the roles that may call it
  'probe.read': query(),
  // @ts-expect-error a file names the roles that may call it
  'probe.export': file({ printable: true }),
  // @ts-expect-error a declaration written by hand names its roles too
  'probe.list': { kind: 'query' },
});

// A role that does not exist fails to compile.
export const unknownRole = declareChannels({
  // @ts-expect-error 'clerk' is not a role
  'probe.read': query(['clerk']),
});

// A name without its area fails to compile.
export const withoutArea = declareChannels({
  // @ts-expect-error channel names keep the area.verb form
  probe: query(anyRole),
});

export const probeChannels = declareChannels({
  'probe.read': query(anyRole),
  'probe.export': file({ roles: anyRole }),
});

// A declared channel without its contract entry fails to compile.
// @ts-expect-error Property ''probe.export'' is missing
export const missingSpec: ContractFor<typeof probeChannels> = {
  'probe.read': channel<string>()(z.object({})),
};

// A file channel must answer with a FileOutput.
export const fileAnsweringText = {
  'probe.read': channel<string>()(z.object({})),
  // @ts-expect-error a file channel answers with bytes and a name, not text
  'probe.export': channel<string>()(z.object({})),
} satisfies ContractFor<typeof probeChannels>;

export const fileAnsweringBytes = {
  'probe.read': channel<string>()(z.object({})),
  'probe.export': channel<FileOutput>()(z.object({})),
} satisfies ContractFor<typeof probeChannels>;

// Each hook takes only channels of its own kind.
export const aQuery: QueryChannel = 'funding.year';
// @ts-expect-error a command is no query: it would be fetched instead of invalidating
export const commandAsQuery: QueryChannel = 'funding.disburse';
export const aCommand: CommandChannel = 'funding.disburse';
// @ts-expect-error a query is no command: before, a query left out of a list silently became one
export const queryAsCommand: CommandChannel = 'funding.year';
// @ts-expect-error a file changes nothing, so it is no command
export const fileAsCommand: CommandChannel = 'funding.annualReport';
export const aFile: FileChannel = 'funding.annualReport';
// @ts-expect-error a query does not answer with a file
export const queryAsFile: FileChannel = 'funding.year';
export const aPrintable: PrintableChannel = 'funding.notice';
// @ts-expect-error the annual report is a workbook, not printable
export const workbookAsPrintable: PrintableChannel = 'funding.annualReport';

// The renderer receives a file channel's answer after a transport, never the service's bytes.
export function rendererGetsNoBytes(answer: ChannelAnswer<'funding.notice'>): FileAnswer {
  // @ts-expect-error the bytes stay in the shell or become base64 in the host
  const bytes: Uint8Array = answer.bytes;
  return { ...answer, base64: String(bytes) };
}
