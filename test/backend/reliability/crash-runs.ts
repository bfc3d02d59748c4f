// The crash test's runs, shared by `npm test` (a few short runs) and `npm run soak` (many long ones): the
// writer is started on one ledger, killed with SIGKILL at a random moment, and after each kill the ledger
// is opened again and checked — every acknowledged write present, integrity_check ok, the app's check ok.
// Before one run in five the writer is also killed once at a drawn moment of its start, which may fall
// while it opens the ledger; that kill is checked the same way and counted apart.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seededRandom, type Random } from './prng';
import { parseAcknowledged, prepareCrashLedger, type Acknowledged, type CrashLedger } from './crash-world';
import { checkCrashLedger } from './crash-checks';

export interface CrashOptions {
  runs: number;
  /** The acknowledged writes a run averages before its kill. */
  meanWrites: number;
  seed: number;
  /** Told after each run, for the soak's progress line. */
  onRun?(run: number, report: CrashReport): void;
}

export interface CrashReport {
  seed: number;
  runs: number;
  /** The extra kills at a drawn moment of the writer's start, and how many fell before it was ready. */
  startupKills: number;
  killedWhileStarting: number;
  acknowledged: number;
  /** Acknowledged writes the reopened ledger does not hold, as `run 3: posted 31 …`. */
  lost: string[];
  integrityFailures: string[];
  checkFindings: string[];
  /** A writer that failed on its own (a refused write, a crash) rather than by the kill. */
  writerFailures: string[];
}

const writerPath = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

export async function runCrashRuns(options: CrashOptions): Promise<CrashReport> {
  const random = seededRandom(options.seed);
  const report: CrashReport = {
    seed: options.seed,
    runs: 0,
    startupKills: 0,
    killedWhileStarting: 0,
    acknowledged: 0,
    lost: [],
    integrityFailures: [],
    checkFindings: [],
    writerFailures: [],
  };
  const ledger = await prepareCrashLedger();
  try {
    for (let run = 1; run <= options.runs; run += 1) {
      if (random.chance(0.2)) await startupKill(ledger, run, random, report);
      await crashRun(ledger, run, random, options.meanWrites, report);
      report.runs = run;
      options.onRun?.(run, report);
    }
  } finally {
    ledger.dispose();
  }
  return report;
}

/** Killed after a drawn number of acknowledgements (the mean is meanWrites) and a drawn few
 * milliseconds more: inside a write, or between two. */
async function crashRun(
  ledger: CrashLedger,
  run: number,
  random: Random,
  meanWrites: number,
  report: CrashReport,
): Promise<void> {
  const afterWrites = random.int(Math.ceil(meanWrites / 2), Math.floor((meanWrites * 3) / 2));
  const kill = { afterWrites, delayMs: random.int(0, 3) };
  await checkAfter(ledger, run, await runWriter(ledger, String(run), kill, meanWrites * 2), report);
}

async function startupKill(ledger: CrashLedger, run: number, random: Random, report: CrashReport) {
  // The writer needs about a second to load and open the ledger, then writes until this.
  const outcome = await runWriter(ledger, `${run}s`, { afterMs: random.int(0, 1500) }, 1000);
  report.startupKills += 1;
  if (!outcome.ready) report.killedWhileStarting += 1;
  await checkAfter(ledger, run, outcome, report);
}

async function checkAfter(ledger: CrashLedger, run: number, outcome: WriterOutcome, report: CrashReport) {
  report.acknowledged += outcome.acknowledged.length;
  if (outcome.failure) report.writerFailures.push(`run ${run}: ${outcome.failure}`);
  const health = await checkCrashLedger(ledger.dbPath, outcome.acknowledged);
  report.lost.push(...health.lost.map((write) => `run ${run}: ${write}`));
  report.integrityFailures.push(...health.integrity.map((finding) => `run ${run}: ${finding}`));
  report.checkFindings.push(...health.findings.map((finding) => `run ${run}: ${finding}`));
}

type Kill = { afterMs: number } | { afterWrites: number; delayMs: number };

interface WriterOutcome {
  ready: boolean;
  acknowledged: Acknowledged[];
  failure: string | null;
}

/** `writer` names this start of the writer in what it writes (its communities are 崩溃<writer>-<n>). */
function runWriter(ledger: CrashLedger, writer: string, kill: Kill, limit: number): Promise<WriterOutcome> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', writerPath, ledger.dbPath, String(ledger.donorId), writer, String(limit)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const outcome: WriterOutcome = { ready: false, acknowledged: [], failure: null };
  const killNow = () => child.kill('SIGKILL');
  const timer = 'afterMs' in kill ? setTimeout(killNow, kill.afterMs) : undefined;
  let pending = '';
  let stderr = '';
  let killing = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    // The last piece has no newline yet: a line cut by the kill is no acknowledgement.
    pending = lines.pop()!;
    for (const line of lines) {
      if (line === 'ready') outcome.ready = true;
      const write = parseAcknowledged(line);
      if (write) outcome.acknowledged.push(write);
    }
    if ('afterWrites' in kill && !killing && outcome.acknowledged.length >= kill.afterWrites) {
      killing = true;
      setTimeout(killNow, kill.delayMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    // 'close', not 'exit': the lines still in the pipe when the writer died are read before it fires.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && code !== 0) outcome.failure = `exit ${code}: ${stderr.slice(0, 2000)}`;
      resolve(outcome);
    });
  });
}
