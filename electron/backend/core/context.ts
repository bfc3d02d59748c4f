// What every service receives: the database, the injected clock and who is acting.
import type { Db } from './db/connection';
import { toLocalIsoTimestamp } from '../../../shared/domain/dates';

export interface ServiceContext {
  db: Db;
  clock: () => Date;
  actor: string;
  /** Shipped resources (fonts for PDFs). */
  resourcesDir: string;
}

export function nowIso(ctx: ServiceContext): string {
  return toLocalIsoTimestamp(ctx.clock());
}

/** Runs fn in one immediate transaction: the change and its audit row commit or roll back together. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.db.transaction(fn).immediate();
}
