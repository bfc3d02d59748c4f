// The writer the crash runs kill: `node --import tsx crash-writer.ts DB DONOR_ID WRITER LIMIT`. It opens the
// ledger through createBackend, signs in as 经办人 and 审核人, and writes through dispatch — a community,
// a donation, its voucher submitted, then posted — printing a line after each write dispatch answered ok.
// It stops by itself after LIMIT writes; the parent kills it well before.
import { sessionCaller, type Caller } from '../../../electron/backend/api/caller';
import type { OpenedBackend } from '../../../electron/backend/api/create-backend';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { testPassword, testUsers } from '../../fixtures/backend';
import { donationInput } from '../../fixtures/fund-donations';
import { acknowledgedLine, openCrashLedger, type Acknowledged } from './crash-world';

const [dbPath, donorArgument, writer, limitArgument] = process.argv.slice(2);
const donorId = Number(donorArgument);
const limit = Number(limitArgument);

type Send = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

function sender(backend: OpenedBackend, caller: Caller): Send {
  return async (channel, input) => {
    const result = await backend.dispatch(channel, input, caller);
    if (!result.ok) throw new Error(`${channel} refused: ${result.error.message}`);
    return result.data as never;
  };
}

async function signedIn(backend: OpenedBackend, role: 'preparer' | 'approver'): Promise<Send> {
  const send = sender(backend, sessionCaller(`crash:${role}`));
  await send('auth.signIn', { login: testUsers[role].login, password: testPassword });
  return send;
}

/** Writes one round of four; each yields its acknowledgement only after dispatch answered ok. */
async function* round(preparer: Send, approver: Send, index: number): AsyncGenerator<Acknowledged> {
  const name = `崩溃${writer}-${index}`;
  const community = await preparer('communities.create', {
    name,
    code: '',
    address: '',
    floorAreaM2: 1000,
    isPilot: false,
  });
  yield { kind: 'community', id: community.id, name };
  const recorded = await preparer('fund.recordDonation', donationInput(donorId, { amountFen: 100 + index }));
  yield { kind: 'donation', id: recorded.donation.id, voucherId: recorded.voucherId };
  await preparer('fund.submitVoucher', { id: recorded.voucherId });
  yield { kind: 'submitted', voucherId: recorded.voucherId };
  const posted = await approver('fund.postVoucher', { id: recorded.voucherId });
  yield { kind: 'posted', voucherId: posted.id, number: posted.number ?? '' };
}

async function main(): Promise<void> {
  const backend = await openCrashLedger(dbPath!);
  const preparer = await signedIn(backend, 'preparer');
  const approver = await signedIn(backend, 'approver');
  process.stdout.write('ready\n');
  let written = 0;
  for (let index = 0; written < limit; index += 1) {
    for await (const write of round(preparer, approver, index)) {
      // Writes to a pipe are synchronous on Linux: the line has left this process before the next write.
      process.stdout.write(`${acknowledgedLine(write)}\n`);
      written += 1;
    }
  }
  backend.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
