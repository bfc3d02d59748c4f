// Runs an import's parse in a worker thread (import-worker.ts) and answers with its outcome, so a large
// or hostile workbook never stalls the main process. The same code runs in the desktop app, the
// browser-mode host and the tests.
//
// One thread serves every import of the process: it is started on first use (loading exceljs costs a
// second), holds no state between jobs, and never keeps the process alive while idle. A job that runs too
// long, or a workbook that exhausts the thread's capped heap, stops the thread; the next import starts a
// fresh one.
import { Worker } from 'node:worker_threads';
import type { ImportReply, ImportRequest } from './import-worker';
import type { ImportJob, ImportOutcome } from './parse-import';
import { fileError } from '../documents/excel/workbook-limits';

/** Far above a real template (well under a second) but short enough that the clerk is not left waiting. */
const timeoutMs = 60_000;
/** A workbook within the import limits parses in a few hundred MB; beyond this the thread stops, not the app. */
const maxHeapMb = 1_024;

const timeoutMessage = `文件读取超时（超过 ${timeoutMs / 1000} 秒）：请确认选择的是本系统导出的导入模板`;
const memoryMessage = '文件内容过多，读取时超出内存限制：请确认选择的是本系统导出的导入模板';
const interruptedMessage = '文件读取被中断（同时进行的另一次导入超时）：请重新导入';

interface Pending {
  worker: Worker;
  resolve: (outcome: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

let thread: Worker | null = null;
const pending = new Map<number, Pending>();
let lastId = 0;

export function parseInWorker<J extends ImportJob>(job: J): Promise<ImportOutcome<J>> {
  const worker = thread ?? startThread();
  const id = (lastId += 1);
  return new Promise<ImportOutcome<J>>((resolve, reject) => {
    const timer = setTimeout(() => {
      settle(id)?.resolve(refusal(timeoutMessage));
      stopThread(worker);
    }, timeoutMs);
    pending.set(id, { worker, resolve: resolve as (outcome: unknown) => void, reject, timer });
    worker.ref(); // a job in flight keeps the process alive (a CLI awaiting it, say)
    worker.postMessage({ id, job } satisfies ImportRequest);
  });
}

function startThread(): Worker {
  const worker = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } });
  worker.unref();
  worker.on('message', (reply: ImportReply) => {
    const job = settle(reply.id);
    if ('outcome' in reply) job?.resolve(reply.outcome);
    else job?.reject(new Error(`import worker: ${reply.failure}`));
  });
  worker.on('error', (error: Error & { code?: string }) => {
    // The thread is dying: the next import starts a fresh one instead of posting to this one.
    if (thread === worker) thread = null;
    const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    for (const id of jobsOf(worker)) {
      const job = settle(id)!;
      if (outOfMemory) job.resolve(refusal(memoryMessage));
      else job.reject(error);
    }
  });
  worker.on('exit', () => {
    if (thread === worker) thread = null;
    // Imports that shared the thread with one that was stopped (timeout) did nothing wrong: ask again.
    for (const id of jobsOf(worker)) settle(id)!.resolve(refusal(interruptedMessage));
  });
  thread = worker;
  return worker;
}

function jobsOf(worker: Worker): number[] {
  return [...pending].filter(([, job]) => job.worker === worker).map(([id]) => id);
}

/** Takes the job off the list; the thread may idle (and let the process exit) once no job is left. */
function settle(id: number): Pending | undefined {
  const job = pending.get(id);
  if (!job) return undefined;
  clearTimeout(job.timer);
  pending.delete(id);
  if (jobsOf(job.worker).length === 0) job.worker.unref();
  return job;
}

function stopThread(worker: Worker): void {
  if (thread === worker) thread = null;
  void worker.terminate();
}

function refusal(message: string) {
  return { ok: false, errors: [fileError(message)] };
}

/**
 * In the desktop bundle this module is part of main.mjs and the worker is the import-worker.mjs that
 * build-electron.mjs bundles beside it; from the sources (vitest, the host under tsx) it is a .ts file and
 * the worker starts through import-worker.dev.mjs, which brings tsx's loader into the thread.
 */
function workerScript(): URL {
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './import-worker.dev.mjs' : './import-worker.mjs', import.meta.url);
}
