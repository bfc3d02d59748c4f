// What every service receives: the database, the injected clock and who is acting.
import type { SignedInUser } from '../../../shared/contract/people';
import type { LedgerFile } from './backup/ledger-file';
import type { Db } from './db/connection';
import type { PasswordCost } from './people/passwords';
import type { SessionStore } from './people/sessions';
import { toLocalIsoTimestamp } from '../../../shared/domain/dates';

/** What stays the same for every call: the database, the clock, the resources and the sign-ins. */
export interface BackendContext {
  /** Read afresh by every call: a live restore puts the reopened connection here. */
  db: Db;
  clock: () => Date;
  /** Shipped resources (fonts for PDFs). */
  resourcesDir: string;
  sessions: SessionStore;
  passwordCost: PasswordCost;
  /** The file behind db: its backups and the live restore. */
  ledgerFile: LedgerFile;
}

/** One call's context: the backend's, with who is calling. */
export interface ServiceContext extends BackendContext {
  /** The signed-in user making this call; null for sign-in itself and for the file holder's reads. */
  user: SignedInUser | null;
  /** The name records and the audit log carry: the user's display name. */
  actor: string;
  /** The transport's key of this caller's sign-in (null for the file holder, who never signs in). */
  sessionKey: string | null;
}

/** The user making a change; a command is never dispatched without one (the dispatcher refuses it). */
export function signedInUser(ctx: ServiceContext): SignedInUser {
  if (!ctx.user) throw new Error('a change reached a service without a signed-in user');
  return ctx.user;
}

export function nowIso(ctx: ServiceContext): string {
  return toLocalIsoTimestamp(ctx.clock());
}

/** Runs fn in one immediate transaction: the change and its audit row commit or roll back together. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.db.transaction(fn).immediate();
}
