// The channel fuzz through the loopback host: every channel is called once over a transport the host
// must refuse (no token, a wrong token, another origin, another Host, GET, no session, a body that is no
// JSON or too big) and once with a hostile body from a browser tab signed in as a role it admits. Every
// answer is an envelope (or the host's 421), a refusal is Chinese, and a refused call writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { maxBodyBytes, startHost } from '../../../electron/host/server';
import { sessionCaller } from '../../../electron/backend/api/caller';
import { contract, channelNames, type ChannelName } from '../../../shared/contract';
import type { UserRole } from '../../../shared/contract/roles';
import { fingerprint, makeTempDir } from '../../fixtures/backend';
import { rawRequest, type RawResponse } from '../../fixtures/raw-http';
import { seededRandom, type Random } from './prng';
import { hostileInput } from './hostile-input';
import { sampleInput } from './sample-input';
import { openFuzzWorld, type FuzzWorld } from './fuzz-world';
import { isChineseSentence } from './channel-fuzz';

export interface HostFuzzReport {
  seed: number;
  channels: number;
  requests: number;
  refused: number;
  accepted: number;
  /** Answers that broke a rule: a refused transport let through, a 5xx, English, a refusal that wrote. */
  failures: string[];
}

const token = 'host-fuzz-token-0123456789';
const tabs: Record<UserRole, string> = {
  preparer: 'fuzz-tab-preparer-0001',
  approver: 'fuzz-tab-approver-0001',
  administrator: 'fuzz-tab-administrator-01',
};

interface Refusal {
  label: string;
  status: number;
  send(port: number, channel: ChannelName): Promise<RawResponse>;
}

const post = (port: number, channel: string, headers: Record<string, string>, body = '{}') =>
  rawRequest(port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { host: `127.0.0.1:${port}`, ...headers },
    body,
  });
const withTab = (session: string) => ({ authorization: `Bearer ${token}`, 'x-ledger-session': session });

const refusals: Refusal[] = [
  { label: 'no token', status: 401, send: (port, channel) => post(port, channel, {}) },
  {
    label: 'a wrong token',
    status: 401,
    send: (port, channel) => post(port, channel, { authorization: `Bearer ${token.replace('0', '1')}` }),
  },
  {
    label: 'another origin',
    status: 403,
    send: (port, channel) =>
      post(port, channel, { ...withTab(tabs.administrator), origin: 'https://evil.example' }),
  },
  {
    label: 'another Host (DNS rebinding)',
    status: 421,
    send: (port, channel) =>
      post(port, channel, { ...withTab(tabs.administrator), host: `evil.example:${port}` }),
  },
  {
    label: 'GET',
    status: 405,
    send: (port, channel) =>
      rawRequest(port, { path: `/api/${channel}`, headers: withTab(tabs.administrator) }),
  },
  {
    label: 'no session header',
    status: 400,
    send: (port, channel) => post(port, channel, { authorization: `Bearer ${token}` }),
  },
  {
    label: 'a body that is no JSON',
    status: 400,
    send: (port, channel) => post(port, channel, withTab(tabs.administrator), '{"a":'),
  },
  {
    label: 'a body over the limit',
    status: 413,
    send: (port, channel) =>
      post(port, channel, withTab(tabs.administrator), JSON.stringify({ text: 'x'.repeat(maxBodyBytes) })),
  },
];

export async function runHostFuzz(options: { seed: number }): Promise<HostFuzzReport> {
  const random = seededRandom(options.seed);
  const world = await openFuzzWorld();
  const staticDir = makeTempDir('ledger-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>街道社区经费台账</title>');
  const { server, port } = await startHost({ dispatch: world.ledger.dispatch, staticDir, token, port: 0 });
  const report: HostFuzzReport = {
    seed: options.seed,
    channels: 0,
    requests: 0,
    refused: 0,
    accepted: 0,
    failures: [],
  };
  try {
    for (const role of Object.keys(tabs) as UserRole[])
      await world.signInAs(role, sessionCaller(`tab:${tabs[role]}`));
    world.checkpoint();
    for (const channel of channelNames) {
      await refusedTransport(world, port, channel, random, report);
      await hostileBody(world, port, channel, random, report);
      report.channels += 1;
    }
  } finally {
    server.close();
    world.ledger.dispose();
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
  return report;
}

async function refusedTransport(
  world: FuzzWorld,
  port: number,
  channel: ChannelName,
  random: Random,
  report: HostFuzzReport,
) {
  // The oversized body is 10 MB a time: a few channels carry it, the others a cheaper refusal.
  const refusal = random.chance(0.03) ? refusals.at(-1)! : random.pick(refusals.slice(0, -1));
  const before = fingerprint(world.ledger.dbPath);
  const response = await refusal.send(port, channel);
  report.requests += 1;
  report.refused += 1;
  const what = `${channel} with ${refusal.label}`;
  if (response.status !== refusal.status)
    report.failures.push(`${what}: answered ${response.status}, not ${refusal.status}`);
  if (refusal.status !== 421 && !isChineseRefusal(response.body))
    report.failures.push(`${what}: ${response.body.slice(0, 200)}`);
  if (fingerprint(world.ledger.dbPath) !== before) report.failures.push(`${what}: the database changed`);
}

async function hostileBody(
  world: FuzzWorld,
  port: number,
  channel: ChannelName,
  random: Random,
  report: HostFuzzReport,
) {
  const admitted = world.admitted(channel).filter((name): name is UserRole => name in tabs);
  const role = admitted.length > 0 ? random.pick(admitted) : 'administrator';
  const pools = world.pools(random);
  const { label, input } = hostileInput(
    sampleInput(contract[channel].input as z.ZodType, channel, pools, random),
    random,
  );
  const before = fingerprint(world.ledger.dbPath);
  const response = await post(port, channel, withTab(tabs[role]), jsonBody(input));
  report.requests += 1;
  const what = `${channel} as ${role} tab, ${label}`;
  const answer = parsed(response.body);
  if (response.status >= 500 || answer === null)
    return void report.failures.push(`${what}: ${response.status} ${response.body.slice(0, 200)}`);
  if (answer.ok) {
    report.accepted += 1;
    // An accepted sign-out or sign-in may have moved the tab: put it back as its role.
    await world.signInAs(role, sessionCaller(`tab:${tabs[role]}`));
    return world.checkpoint();
  }
  report.refused += 1;
  if (!isChineseSentence(answer.error.message)) report.failures.push(`${what}: ${answer.error.message}`);
  const allowedWrite = channel === 'auth.signIn' && answer.error.code === 'unauthenticated';
  if (!allowedWrite && fingerprint(world.ledger.dbPath) !== before)
    report.failures.push(`${what}: refused, but the database changed`);
}

/** A body as a browser would send it; one nested too deep for JSON.stringify is written out by hand. */
function jsonBody(input: unknown): string {
  try {
    return JSON.stringify(input) ?? '';
  } catch {
    return `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  }
}

function parsed(body: string): { ok: true } | { ok: false; error: { code: string; message: string } } | null {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function isChineseRefusal(body: string): boolean {
  const answer = parsed(body);
  return answer !== null && !answer.ok && isChineseSentence(answer.error.message);
}
