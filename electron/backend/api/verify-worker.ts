// The worker thread a backup is verified in: integrity_check and the app's own check read the whole
// file, and on a large ledger that takes seconds the desktop's main process must not spend blocked.
import { parentPort } from 'node:worker_threads';
import { verifyBackup, type Verification } from '../core/backup/verify-backup';
import { checkIntegrity } from './integrity';

export interface VerifyRequest {
  id: number;
  file: string;
  nativeBinding?: string | undefined;
}

export type VerifyReply = { id: number; verification: Verification } | { id: number; failure: string };

const port = parentPort!;
port.on('message', ({ id, file, nativeBinding }: VerifyRequest) => {
  try {
    const verification = verifyBackup(file, { check: checkIntegrity, nativeBinding });
    port.postMessage({ id, verification } satisfies VerifyReply);
  } catch (error) {
    port.postMessage({
      id,
      failure: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
