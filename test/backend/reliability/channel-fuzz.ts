// The channel fuzz, shared by `npm test` (a few inputs per channel) and `npm run soak` (many): every
// channel in channelNames gets seeded hostile inputs through dispatch, each as a caller drawn from the
// ones it admits or, one time in three, from all of them. Every call must answer; a refusal must be a
// Chinese sentence and leave the database file byte-for-byte as it was.
import type { z } from 'zod';
import { contract, channelNames, type ChannelName, type Result } from '../../../shared/contract';
import { fingerprint } from '../../fixtures/backend';
import { seededRandom, type Random } from './prng';
import { hostileInput } from './hostile-input';
import { plausibleNumbers, plausibleStrings } from './hostile-values';
import { sampleInput, type SamplePools } from './sample-input';
import { openFuzzWorld, type FuzzCallerName, type FuzzWorld } from './fuzz-world';

export interface FuzzOptions {
  inputsPerChannel: number;
  seed: number;
  onChannel?(channel: ChannelName, report: FuzzReport): void;
}

export interface FuzzReport {
  seed: number;
  channels: number;
  inputs: number;
  refused: number;
  accepted: number;
  acceptedByChannel: Partial<Record<ChannelName, number>>;
  /** Refusals that changed the database beyond what refusalWritesByDesign allows. */
  changedByRefusal: string[];
  /** Calls that threw instead of answering, or answered 'internal' (an unexpected error logged). */
  crashes: string[];
  /** Refusals whose message is not a Chinese sentence. */
  notChinese: string[];
  /** Set when a prototype key reached Object.prototype. */
  prototypePolluted: boolean;
}

/** Channels the fuzz leaves out, with the reason; the test asserts the list is exactly this. */
export const excludedChannels: Partial<Record<ChannelName, string>> = {};

/** Refusals that write by design, with the reason; the test asserts the list is exactly this. Such a
 * refusal may add one audit row and nothing else the fuzz can tell from the audit count. */
export const refusalsThatWrite: Partial<Record<ChannelName, string>> = {
  'auth.signIn': 'a wrong password or unknown login is audited and counts toward the lockout (sign-in.ts)',
};

function refusalWritesByDesign(channel: ChannelName, code: string, auditRowsAdded: number): boolean {
  return channel in refusalsThatWrite && code === 'unauthenticated' && auditRowsAdded === 1;
}

export async function runChannelFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const random = seededRandom(options.seed);
  const world = await openFuzzWorld();
  const report: FuzzReport = {
    seed: options.seed,
    channels: 0,
    inputs: 0,
    refused: 0,
    accepted: 0,
    acceptedByChannel: {},
    changedByRefusal: [],
    crashes: [],
    notChinese: [],
    prototypePolluted: false,
  };
  try {
    const state = { print: fingerprint(world.ledger.dbPath) };
    for (const channel of channelNames.filter((name) => !(name in excludedChannels))) {
      for (let index = 0; index < options.inputsPerChannel; index += 1) {
        await fuzzOnce(world, channel, random, report, state);
      }
      report.channels += 1;
      report.prototypePolluted ||= ({} as Record<string, unknown>).polluted !== undefined;
      options.onChannel?.(channel, report);
    }
  } finally {
    world.ledger.dispose();
  }
  return report;
}

function poolsOf(world: FuzzWorld, random: Random): SamplePools {
  return {
    strings: [...plausibleStrings, ...world.strings],
    numbers: plausibleNumbers,
    // The users channels aim at the fuzz's own targets; everything else at the demo's low ids.
    recordId: (channel) =>
      channel.startsWith('users.') ? random.pick(world.targetUserIds) : random.int(1, 40),
  };
}

async function fuzzOnce(
  world: FuzzWorld,
  channel: ChannelName,
  random: Random,
  report: FuzzReport,
  state: { print: string },
): Promise<void> {
  const schema = contract[channel].input as z.ZodType;
  const { label, input } = hostileInput(sampleInput(schema, channel, poolsOf(world, random), random), random);
  const admitted = world.admitted(channel);
  const callerName: FuzzCallerName = random.chance(1 / 3)
    ? random.pick(['preparer', 'approver', 'administrator', 'signedOut', 'fileHolder'] as const)
    : random.pick(admitted);
  const what = `${channel} as ${callerName}, ${label}`;
  const logged = world.ledger.loggedErrors.length;
  const auditRows = auditCount(world);
  report.inputs += 1;
  let result: Result<unknown>;
  try {
    result = await world.ledger.dispatch(channel, input, world.callers[callerName]);
  } catch (error) {
    report.crashes.push(`${what}: threw ${String(error)}`);
    return;
  }
  if (world.ledger.loggedErrors.length > logged || (!result.ok && result.error.code === 'internal')) {
    report.crashes.push(`${what}: ${String(world.ledger.loggedErrors.at(-1))}`);
  }
  const after = fingerprint(world.ledger.dbPath);
  if (result.ok) {
    report.accepted += 1;
    report.acceptedByChannel[channel] = (report.acceptedByChannel[channel] ?? 0) + 1;
    await world.restoreSessions();
    state.print = fingerprint(world.ledger.dbPath);
    return;
  }
  report.refused += 1;
  if (!isChineseSentence(result.error.message)) report.notChinese.push(`${what}: ${result.error.message}`);
  if (after !== state.print) {
    const allowed = refusalWritesByDesign(channel, result.error.code, auditCount(world) - auditRows);
    if (!allowed) report.changedByRefusal.push(`${what}: ${result.error.code} ${result.error.message}`);
    state.print = after;
  }
}

function auditCount(world: FuzzWorld): number {
  return (world.ledger.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** Written for the clerk: some Chinese, and none of the phrases SQLite, zod or JavaScript answer in. */
export function isChineseSentence(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !englishErrorPhrases.test(message);
}

const englishErrorPhrases =
  /SQLITE|no such|constraint failed|Cannot|undefined|Invalid|Expected|expected|TypeError|RangeError|is not a|Unexpected/;
