// What the crash test asks of the ledger after each kill, opened again through the app's composition root:
// each acknowledged write read back through the app's own channels, SQLite's integrity_check, and the
// app's check (the same checkIntegrity `cli check` runs).
import { fileHolder } from '../../../electron/backend/api/caller';
import type { OpenedBackend } from '../../../electron/backend/api/create-backend';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { acknowledgedLine, openCrashLedger, type Acknowledged } from './crash-world';

export interface LedgerHealth {
  /** The acknowledged writes the ledger does not hold, each as the writer printed it. */
  lost: string[];
  /** integrity_check's lines other than ok. */
  integrity: string[];
  /** The app's check findings. */
  findings: string[];
}

export async function checkCrashLedger(
  dbPath: string,
  acknowledged: readonly Acknowledged[],
): Promise<LedgerHealth> {
  const backend = await openCrashLedger(dbPath);
  try {
    const lost: string[] = [];
    for (const write of acknowledged) {
      if (!(await isPresent(backend, write))) lost.push(acknowledgedLine(write));
    }
    const rows = backend.db.pragma('integrity_check') as { integrity_check: string }[];
    return {
      lost,
      integrity: rows.map((row) => row.integrity_check).filter((line) => line !== 'ok'),
      findings: checkIntegrity(backend.db).findings,
    };
  } finally {
    backend.close();
  }
}

async function read<C extends ChannelName>(
  backend: OpenedBackend,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C> | null> {
  const result = await backend.dispatch(channel, input, fileHolder);
  return result.ok ? (result.data as ChannelOutput<C>) : null;
}

async function isPresent(backend: OpenedBackend, write: Acknowledged): Promise<boolean> {
  if (write.kind === 'community') {
    return (await read(backend, 'communities.get', { id: write.id }))?.community.name === write.name;
  }
  const voucher = await read(backend, 'fund.voucher', { id: write.voucherId });
  if (!voucher) return false;
  switch (write.kind) {
    case 'donation':
      return voucher.donationId === write.id;
    case 'submitted':
      return voucher.state === 'submitted' || voucher.state === 'posted';
    case 'posted':
      return voucher.state === 'posted' && (voucher.number ?? '') === write.number;
  }
}
