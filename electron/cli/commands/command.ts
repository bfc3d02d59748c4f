// The shape of a CLI command: its options (node:util parseArgs) and what it does.
import type { ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(values: Record<string, string | boolean | undefined>): Promise<number>;
}
