// The composition root: opens and migrates the database, then wires the services to the channels.
// Everything that varies between the desktop app, the host, the CLI and the tests comes in as options.
import type { Db } from '../core/db/connection';
import type { BackendContext } from '../core/context';
import { automaticBackup } from '../core/backup/automatic';
import { BackupProgressTracker } from '../core/backup/progress';
import type { BackupEnv } from '../core/backup/verify-backup';
import { standardPasswordCost } from '../core/people/passwords';
import { SessionStore } from '../core/people/sessions';
import type { Backend, BackendOptions } from './backend';
import { CallGate } from './call-gate';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';
import { checkIntegrity } from './integrity';
import { restoreLive } from './live-restore';
import { verifyOffThread } from './verify-off-thread';
import { openLedger } from './open-ledger';

export interface OpenedBackend extends Backend {
  /** The open connection, for the CLI's checks and for tests (after a live restore: context.db). */
  db: Db;
  context: BackendContext;
}

export async function createBackend(options: BackendOptions): Promise<OpenedBackend> {
  const db = await openLedger(options.dbPath, options.clock(), options.nativeBinding);
  const env: BackupEnv = {
    check: checkIntegrity,
    nativeBinding: options.nativeBinding,
    verifyOffThread: (file) => verifyOffThread(file, env),
  };
  const gate = new CallGate();
  const context: BackendContext = {
    db,
    clock: options.clock,
    resourcesDir: options.resourcesDir,
    sessions: new SessionStore(),
    passwordCost: options.passwordCost ?? standardPasswordCost,
    ledgerFile: {
      dbPath: options.dbPath,
      env,
      progress: new BackupProgressTracker(),
      restore: (fileName, by) => restoreLive(context, gate, fileName, by),
    },
  };
  const log = options.logError ?? ((error: unknown) => console.error('[backend]', error));
  const dispatch = createDispatch(context, handlers, log);
  return {
    db,
    context,
    dispatch: (channel, input, caller) => gate.pass(() => dispatch(channel, input, caller)),
    automaticBackup: (moment) =>
      automaticBackup(context.db, options.dbPath, moment, { now: options.clock(), env, log }),
    restore: context.ledgerFile.restore,
    close: () => {
      if (context.db.open) context.db.close();
    },
  };
}
