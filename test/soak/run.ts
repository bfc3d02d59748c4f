// `npm run soak`: the reliability tests of `npm test`, long — 50 crash runs averaging 1,000 acknowledged
// writes each, 200 hostile inputs per channel through dispatch, and the host's refusals — printing the
// counts. It exits non-zero on any lost write, failed check, crash, English refusal or refusal that wrote.
// SOAK_RUNS, SOAK_WRITES and SOAK_INPUTS shrink it for a quick look; RELIABILITY_SEED repeats a run.
import { runCrashRuns, type CrashReport } from '../backend/reliability/crash-runs';
import { runChannelFuzz, type FuzzReport } from '../backend/reliability/channel-fuzz';
import { runHostFuzz, type HostFuzzReport } from '../backend/reliability/host-fuzz';
import { seedFromEnvironment } from '../backend/reliability/prng';

const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const settings = {
  runs: numberFrom('SOAK_RUNS', 50),
  meanWrites: numberFrom('SOAK_WRITES', 1000),
  inputsPerChannel: numberFrom('SOAK_INPUTS', 200),
  seed: seedFromEnvironment(),
};

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function printCrash(report: CrashReport): string[] {
  return [
    `crash runs            ${report.runs}, and ${report.startupKills} kills during start (${report.killedWhileStarting} before the ledger was open)`,
    `acknowledged writes   ${report.acknowledged}`,
    `lost writes           ${report.lost.length}`,
    `integrity_check       ${report.integrityFailures.length === 0 ? 'ok after every run' : report.integrityFailures.length + ' failures'}`,
    `app check             ${report.checkFindings.length === 0 ? 'ok after every run' : report.checkFindings.length + ' findings'}`,
    `writer failures       ${report.writerFailures.length}`,
    ...[...report.lost, ...report.integrityFailures, ...report.checkFindings, ...report.writerFailures].slice(
      0,
      20,
    ),
  ];
}

function printFuzz(report: FuzzReport): string[] {
  const acceptedChannels = Object.keys(report.acceptedByChannel).length;
  return [
    `channels fuzzed       ${report.channels}`,
    `inputs sent           ${report.inputs}`,
    `refused               ${report.refused}`,
    `accepted              ${report.accepted} (on ${acceptedChannels} channels)`,
    `db changed by refusal ${report.changedByRefusal.length}`,
    `db changed by a read  ${report.changedByRead.length}`,
    `crashes               ${report.crashes.length}`,
    `English refusals      ${report.notChinese.length}`,
    `prototype polluted    ${report.prototypePolluted ? 'yes' : 'no'}`,
    ...[...report.changedByRefusal, ...report.changedByRead, ...report.crashes, ...report.notChinese].slice(
      0,
      20,
    ),
  ];
}

function printHost(report: HostFuzzReport): string[] {
  return [
    `host channels         ${report.channels}`,
    `host requests         ${report.requests} (${report.refused} refused, ${report.accepted} accepted)`,
    `host failures         ${report.failures.length}`,
    ...report.failures.slice(0, 20),
  ];
}

async function main(): Promise<number> {
  console.log(
    `soak: seed ${settings.seed}, ${settings.runs} crash runs × ~${settings.meanWrites} writes, ${settings.inputsPerChannel} inputs per channel`,
  );
  const crash = await runCrashRuns({
    runs: settings.runs,
    meanWrites: settings.meanWrites,
    seed: settings.seed,
    onRun: (run, report) =>
      console.log(
        `  crash run ${run}: ${report.acknowledged} acknowledged so far, ${report.lost.length} lost (${elapsed()})`,
      ),
  });
  const fuzz = await runChannelFuzz({
    inputsPerChannel: settings.inputsPerChannel,
    seed: settings.seed,
    onChannel: (channel, report) => {
      if (report.channels % 20 === 0)
        console.log(
          `  fuzzed ${report.channels} channels, ${report.inputs} inputs, last ${channel} (${elapsed()})`,
        );
    },
  });
  const host = await runHostFuzz({ seed: settings.seed });
  console.log(
    ['', ...printCrash(crash), '', ...printFuzz(fuzz), '', ...printHost(host), '', `took ${elapsed()}`].join(
      '\n',
    ),
  );
  const failures =
    crash.lost.length +
    crash.integrityFailures.length +
    crash.checkFindings.length +
    crash.writerFailures.length +
    fuzz.changedByRefusal.length +
    fuzz.changedByRead.length +
    fuzz.crashes.length +
    fuzz.notChinese.length +
    Number(fuzz.prototypePolluted) +
    host.failures.length;
  if (failures > 0)
    console.log(
      `\nFAILED (seed ${settings.seed}): RELIABILITY_SEED=${settings.seed} npm run soak repeats it`,
    );
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
