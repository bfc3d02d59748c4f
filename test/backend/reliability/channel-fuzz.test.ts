// Every channel, hostile inputs from a seeded generator, through dispatch as each role, signed out and as
// the file holder, then through the loopback host: every call answers, a refusal is Chinese, and a refused
// call leaves the database file byte-for-byte unchanged. `npm run soak` runs the same code with 200 inputs
// a channel. A failure prints its seed: RELIABILITY_SEED=<seed> repeats the same inputs.
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract';
import { excludedChannels, isChineseSentence, refusalsThatWrite, runChannelFuzz } from './channel-fuzz';
import { runHostFuzz } from './host-fuzz';
import { seedFromEnvironment } from './prng';

const seed = seedFromEnvironment();
const inputsPerChannel = 4;

describe(`the channel fuzz (seed ${seed})`, () => {
  it('leaves no channel out, and lets only a failed sign-in write while refused', () => {
    expect(excludedChannels).toEqual({});
    expect(Object.keys(refusalsThatWrite)).toEqual(['auth.signIn']);
  });

  it('tells a Chinese refusal from an English one', () => {
    expect(isChineseSentence('社区名称：不能为空')).toBe(true);
    expect(isChineseSentence('lines.0.debitFen：格式不正确')).toBe(true);
    expect(isChineseSentence('SQLITE_CONSTRAINT: NOT NULL constraint failed: community.name')).toBe(false);
    expect(isChineseSentence('操作失败：Cannot read properties of undefined')).toBe(false);
  });

  it('answers every hostile call through dispatch; refusals are Chinese and write nothing', async () => {
    const report = await runChannelFuzz({ inputsPerChannel, seed });
    expect(report.channels, `seed ${seed}`).toBe(channelNames.length);
    // Each channel: its sample as the five callers, then the hostile inputs.
    expect(report.inputs, `seed ${seed}`).toBe(channelNames.length * (5 + inputsPerChannel));
    expect(report.crashes, `seed ${seed}`).toEqual([]);
    expect(report.notChinese, `seed ${seed}`).toEqual([]);
    expect(report.changedByRefusal, `seed ${seed}`).toEqual([]);
    expect(report.changedByRead, `seed ${seed}`).toEqual([]);
    expect(report.prototypePolluted, `seed ${seed}`).toBe(false);
    // Hostile but valid inputs get through, and most of the hostile ones are refused.
    expect(report.accepted, `seed ${seed}`).toBeGreaterThan(0);
    expect(report.refused, `seed ${seed}`).toBeGreaterThan(report.accepted);
  }, 180_000);

  it('refuses through the host what the host must refuse, and answers every hostile body', async () => {
    const report = await runHostFuzz({ seed });
    expect(report.channels, `seed ${seed}`).toBe(channelNames.length);
    expect(report.failures, `seed ${seed}`).toEqual([]);
    expect(report.refused, `seed ${seed}`).toBeGreaterThanOrEqual(channelNames.length);
  }, 180_000);
});
