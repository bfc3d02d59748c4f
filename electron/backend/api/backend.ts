// What the composition root hands to a transport: one dispatch function over every channel.
import type { Result } from '../../../shared/contract';

export interface BackendOptions {
  /** The SQLite file. Its folder is created when missing. */
  dbPath: string;
  /** Folder with fonts and other shipped resources. */
  resourcesDir: string;
  /** Injected so tests can fix "today". */
  clock: () => Date;
  /** process.platform of the running app, for file names and defaults. */
  platform: NodeJS.Platform;
  /** Who is recorded in the audit log as having made a change. */
  actor: string;
  /** Where unexpected errors go (the clerk sees a generic message); console.error by default. */
  logError?: (error: unknown) => void;
  /** Path of a better_sqlite3.node built for another runtime (the desktop shell in development). */
  nativeBinding?: string;
}

export interface Backend {
  /** Validates the input against the contract, runs the handler, and answers with the envelope. Never throws. */
  dispatch(channel: unknown, input: unknown): Promise<Result<unknown>>;
  close(): void;
}
