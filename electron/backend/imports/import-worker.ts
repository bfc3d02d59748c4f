// The worker thread imports parse in: exceljs holds a thread for as long as a workbook takes, and this
// way that thread is not the desktop app's main process, whose event loop keeps the window responsive.
import { parentPort } from 'node:worker_threads';
import { parseImport, type ImportJob } from './parse-import';

export interface ImportRequest {
  id: number;
  job: ImportJob;
}

export type ImportReply = { id: number; outcome: unknown } | { id: number; failure: string };

const port = parentPort!;
port.on('message', ({ id, job }: ImportRequest) => {
  parseImport(job).then(
    (outcome) => port.postMessage({ id, outcome } satisfies ImportReply),
    (error: unknown) =>
      port.postMessage({
        id,
        failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
