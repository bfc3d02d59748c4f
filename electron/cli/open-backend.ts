// Opens the backend for a CLI command, with the same composition root the app uses.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend, type OpenedBackend } from '../backend/api/create-backend';
import { defaultDatabasePath } from '../backend/core/db/default-path';
import type { ChannelName, ChannelInput, ChannelOutput } from '../../shared/contract';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export function resolveDbPath(db: string | undefined): string {
  return path.resolve(db ?? defaultDatabasePath());
}

export function openBackend(dbPath: string, clock: () => Date = () => new Date()): Promise<OpenedBackend> {
  return createBackend({
    dbPath,
    resourcesDir: path.join(repoRoot, 'resources'),
    clock,
    platform: process.platform,
    actor: `cli:${os.userInfo().username}`,
  });
}

/** Calls a channel and throws its Chinese message when it is refused. */
export async function call<C extends ChannelName>(
  backend: OpenedBackend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as ChannelOutput<C>;
}
