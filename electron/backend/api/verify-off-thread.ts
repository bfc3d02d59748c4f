// Verifies a backup in a worker thread (verify-worker.ts), so the desktop's main process keeps serving
// the window while a large ledger is checked. One thread serves the process, started on first use and
// never keeping the process alive while idle. Should the thread fail, the check runs here instead: a
// backup is never left unverified for want of a thread.
import { Worker } from 'node:worker_threads';
import { verifyBackup, type BackupEnv, type Verification } from '../core/backup/verify-backup';
import type { VerifyReply, VerifyRequest } from './verify-worker';

interface Pending {
  resolve: (verification: Verification) => void;
  fallback: () => void;
}

let thread: Worker | null = null;
const pending = new Map<number, Pending>();
let lastId = 0;

export function verifyOffThread(file: string, env: BackupEnv): Promise<Verification> {
  return new Promise((resolve) => {
    const id = (lastId += 1);
    pending.set(id, { resolve, fallback: () => resolve(verifyBackup(file, env)) });
    try {
      const worker = thread ?? startThread();
      worker.ref();
      worker.postMessage({ id, file, nativeBinding: env.nativeBinding } satisfies VerifyRequest);
    } catch {
      settle(id)?.fallback();
    }
  });
}

function startThread(): Worker {
  const worker = new Worker(workerScript());
  worker.unref();
  worker.on('message', (reply: VerifyReply) => {
    const job = settle(reply.id);
    if ('verification' in reply) job?.resolve(reply.verification);
    else job?.fallback();
  });
  const failAll = () => {
    if (thread === worker) thread = null;
    for (const id of [...pending.keys()]) settle(id)?.fallback();
  };
  worker.on('error', failAll);
  worker.on('exit', failAll);
  thread = worker;
  return worker;
}

function settle(id: number): Pending | undefined {
  const job = pending.get(id);
  pending.delete(id);
  if (pending.size === 0) thread?.unref();
  return job;
}

/** Beside main.mjs in the desktop bundle (build-electron.mjs); through the tsx shim from the sources. */
function workerScript(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './verify-worker.dev.mjs' : './verify-worker.mjs', import.meta.url);
}
