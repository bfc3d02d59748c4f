// The ledger the channel fuzz aims at: the demo database (as `cli demo` seeds it) so there are real ids to
// hit, with a window signed in as each demo user, one signed out, and the file holder (the CLI). The users
// channels aim only at two users made for the purpose, so an accepted reset or role change never takes
// the fuzz's own windows away; whatever else an accepted call did to a window is put back after it.
import { fileHolder, sessionCaller, type Caller } from '../../../electron/backend/api/caller';
import { seedDemo } from '../../../electron/cli/commands/demo';
import { demoUsers } from '../../../electron/cli/demo-people';
import { channels, type ChannelName } from '../../../shared/contract/channels';
import { admits, withoutSignIn, type UserRole } from '../../../shared/contract/roles';
import { callerOf, openEmptyTestBackend, type EmptyTestBackend } from '../../fixtures/backend';
import { validUscc } from '../../fixtures/contracts';
import { plausibleNumbers, plausibleStrings } from './hostile-values';
import type { Random } from './prng';
import type { SamplePools } from './sample-input';

export const demoYear = 2026;
export const demoToday = '2026-11-27';
const fuzzClock = () => new Date(`${demoToday}T10:00:00+08:00`);

export type FuzzCallerName = UserRole | 'signedOut' | 'fileHolder';
const roles: readonly UserRole[] = ['preparer', 'approver', 'administrator'];

export interface FuzzWorld {
  ledger: EmptyTestBackend;
  callers: Record<FuzzCallerName, Caller>;
  /** The two users the users channels may change, by id. */
  targetUserIds: number[];
  /** What inputs are sampled from: the users channels aim only at the two target users, every other
   * record id at the demo's low ids. */
  pools(random: Random): SamplePools;
  /** The callers a channel admits. */
  admitted(channel: ChannelName): FuzzCallerName[];
  /** Signs `caller` in as the demo user of this role (the host fuzz's browser tabs). */
  signInAs(role: UserRole, caller: Caller): Promise<unknown>;
  /** Folds the WAL into the database file, so that each fingerprint after it hashes a short WAL: done
   * after setting up and after each accepted call, never between a refused call and its check. */
  checkpoint(): void;
  /** Signs each window back in as its own user (and the signed-out one out) after an accepted call. */
  restoreSessions(): Promise<void>;
}

export async function openFuzzWorld(): Promise<FuzzWorld> {
  const ledger = await openEmptyTestBackend({ clock: fuzzClock });
  const people = await seedDemo(ledger, demoYear, demoToday);
  const targetUserIds = await createTargetUsers(ledger);
  const callers: Record<FuzzCallerName, Caller> = {
    preparer: sessionCaller('fuzz:preparer'),
    approver: sessionCaller('fuzz:approver'),
    administrator: sessionCaller('fuzz:administrator'),
    signedOut: sessionCaller('fuzz:signed-out'),
    fileHolder,
  };
  const signInAs = (role: UserRole, caller: Caller) =>
    callerOf(ledger, caller).call('auth.signIn', {
      login: demoUsers[role].login,
      password: people.passwords[role],
    });
  const signIn = (role: UserRole) => signInAs(role, callers[role]);
  // Text only this ledger can give: valid USCCs, and the blank import workbooks as base64.
  const strings = [validUscc(7), validUscc(42), ...(await importWorkbooks(ledger))];
  const userIds = {} as Record<UserRole, number>;
  for (const role of roles) userIds[role] = (await signIn(role)).id;
  return {
    ledger,
    callers,
    targetUserIds,
    pools: (random) => ({
      strings: [...plausibleStrings, ...strings],
      numbers: plausibleNumbers,
      recordId: (channel) => (channel.startsWith('users.') ? random.pick(targetUserIds) : random.int(1, 40)),
    }),
    admitted: (channel) => admittedCallers(channel),
    signInAs,
    checkpoint: () => {
      ledger.context.db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async restoreSessions() {
      for (const role of roles) {
        const state = await callerOf(ledger, callers[role]).call('auth.state', {});
        if (state.user?.id !== userIds[role] || state.user.mustChangePassword) await signIn(role);
      }
      const signedOut = callerOf(ledger, callers.signedOut);
      if ((await signedOut.call('auth.state', {})).user !== null) await signedOut.call('auth.signOut', {});
    },
  };
}

/** The two users the users channels may reset, rename, demote or disable: 经办人 and 审核人. */
async function createTargetUsers(ledger: EmptyTestBackend): Promise<number[]> {
  // The demo's set-up session is its administrator's.
  const administrator = callerOf(ledger, sessionCaller('demo:set-up'));
  const ids: number[] = [];
  for (const [index, role] of (['preparer', 'approver'] as const).entries()) {
    const created = await administrator.call('users.create', {
      login: `fuzz-target-${index + 1}`,
      displayName: `靶用户${index + 1}`,
      role,
      password: 'target-password-1',
      mustChangePassword: false,
    });
    ids.push(created.id);
  }
  return ids;
}

function admittedCallers(channel: ChannelName): FuzzCallerName[] {
  const declaration = channels[channel];
  if (declaration.roles === withoutSignIn) return ['signedOut', ...roles];
  const signedIn = roles.filter((role) => admits(declaration.roles, role));
  return declaration.kind === 'command' ? signedIn : [...signedIn, 'fileHolder'];
}

/** The blank import templates, so an import channel is also sent a real workbook. */
async function importWorkbooks(ledger: EmptyTestBackend): Promise<string[]> {
  const reader = callerOf(ledger, fileHolder);
  const templates = [
    await reader.call('funding.householdsTemplate', { year: demoYear }),
    await reader.call('lists.importTemplate', { kind: 'work_items' }),
  ];
  return templates.map((file) => Buffer.from(file.bytes).toString('base64'));
}
