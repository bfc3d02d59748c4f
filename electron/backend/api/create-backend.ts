// The composition root: opens and migrates the database, then wires the services to the channels.
// Everything that varies between the desktop app, the host, the CLI and the tests comes in as options.
import { openDatabase, type Db } from '../core/db/connection';
import { loadMigrations, migrate } from '../core/db/migrate';
import type { BackendContext } from '../core/context';
import { standardPasswordCost } from '../core/people/passwords';
import { SessionStore } from '../core/people/sessions';
import type { Backend, BackendOptions } from './backend';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';

export interface OpenedBackend extends Backend {
  /** The open connection, for the CLI's checks and for tests. */
  db: Db;
  context: BackendContext;
}

export async function createBackend(options: BackendOptions): Promise<OpenedBackend> {
  const db = openDatabase(
    options.dbPath,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    await migrate(db, loadMigrations(), { now: options.clock() });
  } catch (error) {
    db.close();
    throw error;
  }
  const context: BackendContext = {
    db,
    clock: options.clock,
    resourcesDir: options.resourcesDir,
    sessions: new SessionStore(),
    passwordCost: options.passwordCost ?? standardPasswordCost,
  };
  const log = options.logError ?? ((error: unknown) => console.error('[backend]', error));
  return {
    db,
    context,
    dispatch: createDispatch(context, handlers, log),
    close: () => {
      if (db.open) db.close();
    },
  };
}
