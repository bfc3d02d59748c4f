// The shape of a CLI command: its options (node:util parseArgs) and what it does.
import type { ParseArgsConfig } from 'node:util';
import { isLedgerYear } from '../../../shared/domain/years';

export type OptionValues = Record<string, string | boolean | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. Positionals are the words after the command's name. */
  run(values: OptionValues, positionals: string[]): Promise<number>;
}

export function requiredOption(values: OptionValues, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value === '') throw new Error(`缺少选项 --${name}`);
  return value;
}

export function yearOption(values: OptionValues): number {
  const text = requiredOption(values, 'year');
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || !isLedgerYear(year)) throw new Error(`--year：年度无效：${text}`);
  return year;
}
