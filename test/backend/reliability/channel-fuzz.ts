// The channel fuzz, shared by `npm test` (a few inputs per channel) and `npm run soak` (many): every
// channel in channelNames is called through dispatch as every role, signed out and as the file holder, then
// gets seeded hostile inputs. Every call must answer; a refusal must be a Chinese sentence and leave the
// database file byte-for-byte as it was; an accepted read must not have written either.
import type { z } from 'zod';
import { contract, channelNames, type ChannelName, type Result } from '../../../shared/contract';
import { channels } from '../../../shared/contract/channels';
import { fingerprint } from '../../fixtures/backend';
import { seededRandom, type Random } from './prng';
import { hostileInput, type HostileInput } from './hostile-input';
import { sampleInput } from './sample-input';
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
  /** Accepted queries and file answers that changed the database: a read must write nothing. */
  changedByRead: string[];
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
    changedByRead: [],
    crashes: [],
    notChinese: [],
    prototypePolluted: false,
  };
  try {
    world.checkpoint();
    const run: FuzzRun = { world, random, report, print: fingerprint(world.ledger.dbPath) };
    for (const channel of channelNames.filter((name) => !(name in excludedChannels))) {
      await fuzzChannel(run, channel, options.inputsPerChannel);
      report.channels += 1;
      report.prototypePolluted ||= ({} as Record<string, unknown>).polluted !== undefined;
      options.onChannel?.(channel, report);
    }
  } finally {
    world.ledger.dispose();
  }
  return report;
}

const fuzzCallers: readonly FuzzCallerName[] = [
  'preparer',
  'approver',
  'administrator',
  'signedOut',
  'fileHolder',
];

/** One channel: its plausible sample as every caller (so each role and the signed-out window call every
 * channel), then the hostile inputs, each as a caller it admits or, one time in three, any caller. */
async function fuzzChannel(run: FuzzRun, channel: ChannelName, inputsPerChannel: number): Promise<void> {
  const { world, random } = run;
  const schema = contract[channel].input as z.ZodType;
  const sample = () => sampleInput(schema, channel, world.pools(random), random);
  for (const callerName of fuzzCallers) {
    await callOnce(run, channel, callerName, { label: 'sample as drawn', input: sample() });
  }
  for (let index = 0; index < inputsPerChannel; index += 1) {
    const hostile = hostileInput(sample(), random);
    const callerName = random.chance(1 / 3) ? random.pick(fuzzCallers) : random.pick(world.admitted(channel));
    await callOnce(run, channel, callerName, hostile);
  }
}

/** What a fuzz run carries from call to call: the world, the draws, the counts, and the database's
 * fingerprint as the last call left it. */
interface FuzzRun {
  world: FuzzWorld;
  random: Random;
  report: FuzzReport;
  print: string;
}

async function callOnce(
  run: FuzzRun,
  channel: ChannelName,
  callerName: FuzzCallerName,
  { label, input }: HostileInput,
): Promise<void> {
  const { world, report } = run;
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
    if (channels[channel].kind !== 'command' && after !== run.print) report.changedByRead.push(what);
    await world.restoreSessions();
    world.checkpoint();
    run.print = fingerprint(world.ledger.dbPath);
    return;
  }
  report.refused += 1;
  if (!isChineseSentence(result.error.message)) report.notChinese.push(`${what}: ${result.error.message}`);
  if (after !== run.print) {
    const allowed = refusalWritesByDesign(channel, result.error.code, auditCount(world) - auditRows);
    if (!allowed) report.changedByRefusal.push(`${what}: ${result.error.code} ${result.error.message}`);
    run.print = after;
  }
}

/** Through the context's connection: a restore (backups.restore) puts a new one there. */
function auditCount(world: FuzzWorld): number {
  return (world.ledger.context.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** Written for the clerk: some Chinese, and none of the phrases SQLite, zod or JavaScript answer in. */
export function isChineseSentence(message: string): boolean {
  return /[\u4e00-\u9fff]/.test(message) && !englishErrorPhrases.test(message);
}

const englishErrorPhrases =
  /SQLITE|no such|constraint failed|Cannot|undefined|Invalid|Expected|expected|TypeError|RangeError|is not a|Unexpected/;
