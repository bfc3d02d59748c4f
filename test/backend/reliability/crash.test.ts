// A writer working through the real channels is killed with SIGKILL at random moments, ten times on one
// ledger; after every kill each acknowledged write is there and both checks pass. `npm run soak` runs the
// same code longer. A failure prints its seed: RELIABILITY_SEED=<seed> repeats the same kills.
import { describe, expect, it } from 'vitest';
import { seedFromEnvironment } from './prng';
import { runCrashRuns } from './crash-runs';

const seed = seedFromEnvironment();

describe(`kill -9 while writing (seed ${seed})`, () => {
  it('keeps every acknowledged write over ten kills, with integrity_check and the app check passing', async () => {
    const report = await runCrashRuns({ runs: 10, meanWrites: 60, seed });
    expect(report.runs, `seed ${seed}`).toBe(10);
    expect(report.writerFailures, `seed ${seed}`).toEqual([]);
    expect(report.lost, `seed ${seed}`).toEqual([]);
    expect(report.integrityFailures, `seed ${seed}`).toEqual([]);
    expect(report.checkFindings, `seed ${seed}`).toEqual([]);
    // The kills fell inside the writing: most runs acknowledged writes before they died.
    expect(report.acknowledged, `seed ${seed}`).toBeGreaterThan(100);
  }, 120_000);
});
