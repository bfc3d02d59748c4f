// A channel's run-time input schema and its output type, as a feature's contract file states them. The
// contract of each feature is checked against its declarations (channels.ts): one spec per declared
// channel, none extra, and a file channel answers with a FileOutput.
import { z } from 'zod';
import type { ChannelDeclarations, FileDeclaration } from './channel-kinds';
import type { FileOutput } from './files';

export interface ChannelSpec<Input extends z.ZodType = z.ZodType, Output = unknown> {
  input: Input;
  /** Phantom: carries the output type, never read at run time. */
  output?: Output;
}

export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}

export const noInput = z.object({}).default({});

export type ContractFor<D extends ChannelDeclarations> = {
  [C in keyof D]: D[C] extends FileDeclaration ? ChannelSpec<z.ZodType, FileOutput> : ChannelSpec;
};
