// The ledger the crash runs write to, and what one acknowledged write looks like on the writer's stdout.
// The parent prepares the ledger once (three users, the fund opened, one donor); every run of the writer
// continues it, so a later run also opens what an earlier kill left behind.
import path from 'node:path';
import { createBackend, type OpenedBackend } from '../../../electron/backend/api/create-backend';
import { fixedNow, testPasswordCost } from '../../fixtures/backend';
import { personDonor } from '../../fixtures/fund-donations';
import { fundWorld } from '../../fixtures/fund';

/** One line per acknowledged write: `community 12`, `donation 7 31` (donation, its voucher),
 * `submitted 31`, `posted 31 2026-03-0005`. */
export type Acknowledged =
  | { kind: 'community'; id: number; name: string }
  | { kind: 'donation'; id: number; voucherId: number }
  | { kind: 'submitted'; voucherId: number }
  | { kind: 'posted'; voucherId: number; number: string };

export function acknowledgedLine(write: Acknowledged): string {
  switch (write.kind) {
    case 'community':
      return `community ${write.id} ${write.name}`;
    case 'donation':
      return `donation ${write.id} ${write.voucherId}`;
    case 'submitted':
      return `submitted ${write.voucherId}`;
    case 'posted':
      return `posted ${write.voucherId} ${write.number}`;
  }
}

/** Reads a line the writer printed; a line cut by the kill (or anything else) is no acknowledgement. */
export function parseAcknowledged(line: string): Acknowledged | null {
  const [kind, first, second] = line.split(' ');
  const id = Number(first);
  if (!Number.isInteger(id) || id <= 0) return null;
  if (kind === 'community' && second) return { kind, id, name: second };
  if (kind === 'donation' && Number.isInteger(Number(second))) return { kind, id, voucherId: Number(second) };
  if (kind === 'submitted') return { kind, voucherId: id };
  if (kind === 'posted' && second) return { kind, voucherId: id, number: second };
  return null;
}

export interface CrashLedger {
  dir: string;
  dbPath: string;
  donorId: number;
  dispose(): void;
}

/** A test ledger with the fund opened and a donor, closed again for the writer to open. */
export async function prepareCrashLedger(): Promise<CrashLedger> {
  const { backend } = await fundWorld();
  const donor = await backend.call('fund.createDonor', personDonor());
  backend.close();
  return { dir: backend.dir, dbPath: backend.dbPath, donorId: donor.id, dispose: backend.dispose };
}

/** Opens the crash ledger through the app's composition root, as the writer and the checks do. */
export function openCrashLedger(dbPath: string): Promise<OpenedBackend> {
  return createBackend({
    dbPath,
    resourcesDir: path.resolve('resources'),
    clock: () => fixedNow,
    platform: process.platform,
    passwordCost: testPasswordCost,
    logError: (error) => console.error('[crash-writer]', error),
  });
}
