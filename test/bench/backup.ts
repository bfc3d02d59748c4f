// What a verified backup of the demo ledger costs: takeBackup (copy, made self-contained, flushed,
// verified with integrity_check and the app's own check, sidecar; in place and in the worker thread)
// beside the raw db.backup() alone, in turns in the same run, so the cost of the verification shows apart
// from the machine's speed.
import fs from 'node:fs';
import path from 'node:path';
import { verifyOffThread } from '../../electron/backend/api/verify-off-thread';
import { takeBackup } from '../../electron/backend/core/backup/take-backup';
import { seedDemo } from '../../electron/cli/commands/demo';
import { toLocalIsoDate } from '../../shared/domain/dates';
import { openEmptyTestBackend } from '../fixtures/backend';
import { backupEnv } from '../fixtures/backups';

const runs = 5;

export async function benchBackup(): Promise<void> {
  const ledger = await openEmptyTestBackend({ clock: () => new Date() });
  try {
    const now = new Date();
    await seedDemo(ledger, now.getFullYear(), toLocalIsoDate(now));
    const size = fs.statSync(ledger.dbPath).size + fs.statSync(`${ledger.dbPath}-wal`).size;
    console.log(
      `\nbackup: the demo ledger (${(size / 1024).toFixed(0)} KB with its WAL); mean of ${runs}, in turns`,
    );
    const rawDir = path.join(ledger.dir, 'raw');
    fs.mkdirSync(rawDir);
    let rawCopies = 0;
    const raw = () => ledger.context.db.backup(path.join(rawDir, `raw-${(rawCopies += 1)}.sqlite`));
    const threaded = { ...backupEnv, verifyOffThread: (file: string) => verifyOffThread(file, threaded) };
    const inWorker = () =>
      takeBackup(ledger.context.db, ledger.dbPath, { kind: 'manual', now: new Date(), env: threaded });
    // The thread starts once per process (loading the code takes about a second): not counted.
    await inWorker();
    const verified = () =>
      takeBackup(ledger.context.db, ledger.dbPath, { kind: 'manual', now: new Date(), env: backupEnv });
    const totals = [0, 0, 0];
    const cases = [raw, verified, inWorker];
    for (let index = 0; index < runs; index += 1) {
      // Each turn starts with the next case, so no case is always the one after a pause.
      for (let step = 0; step < cases.length; step += 1) {
        const which = (index + step) % cases.length;
        const started = process.hrtime.bigint();
        await cases[which]!();
        totals[which]! += Number(process.hrtime.bigint() - started) / 1e6;
      }
    }
    console.log(`${(totals[0]! / runs).toFixed(1).padStart(9)} ms  raw db.backup() of the demo ledger`);
    console.log(
      `${(totals[1]! / runs).toFixed(1).padStart(9)} ms  takeBackup: copy + self-contained + fsync + verify + sidecar`,
    );
    console.log(
      `${(totals[2]! / runs).toFixed(1).padStart(9)} ms  takeBackup verified in the worker thread (as the app does)`,
    );
  } finally {
    ledger.dispose();
  }
}
