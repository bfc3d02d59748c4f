// What a sign-in costs at the standard scrypt cost: our hashPassword and verifyPassword against raw
// crypto.scrypt with the same parameters in the same run (so the overhead of our code shows apart from
// the machine's speed), and one auth.signIn through the dispatcher on a real file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sessionCaller } from '../../electron/backend/api/caller';
import { createBackend } from '../../electron/backend/api/create-backend';
import {
  hashPassword,
  standardPasswordCost,
  verifyPassword,
} from '../../electron/backend/core/people/passwords';
import { makeTempDir } from '../fixtures/backend';

const runs = 6;
const password = 'bench-password-2026';
const { N, r, p } = standardPasswordCost;

async function msEach(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let index = 0; index < runs; index += 1) await run();
  return Number(process.hrtime.bigint() - started) / 1e6 / runs;
}

function rawScrypt(): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    crypto.scrypt(password, crypto.randomBytes(16), 32, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

async function dispatchedSignIn(): Promise<number> {
  const dir = makeTempDir('ledger-bench-sign-in-');
  const backend = await createBackend({
    dbPath: path.join(dir, 'ledger.sqlite'),
    resourcesDir: path.resolve('resources'),
    clock: () => new Date(),
    platform: process.platform,
  });
  try {
    const admin = { login: 'bench', displayName: '基准', password };
    await backend.dispatch('auth.setUp', admin, sessionCaller('bench:set-up'));
    return await msEach(async () => {
      const result = await backend.dispatch('auth.signIn', admin, sessionCaller('bench:sign-in'));
      if (!result.ok) throw new Error(result.error.message);
    });
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const line = (ms: number, what: string) => console.log(`${ms.toFixed(1).padStart(9)} ms  ${what}`);

/** Mean ms of each, taken in turns: a load that changes during the run weighs on all of them alike. */
async function inTurns(cases: (() => Promise<unknown>)[]): Promise<number[]> {
  const totals = cases.map(() => 0);
  for (let index = 0; index < runs; index += 1) {
    // Each turn starts with the next case, so no case is always the one after a pause.
    for (let step = 0; step < cases.length; step += 1) {
      const at = (index + step) % cases.length;
      const run = cases[at]!;
      const started = process.hrtime.bigint();
      await run();
      totals[at]! += Number(process.hrtime.bigint() - started) / 1e6;
    }
  }
  return totals.map((total) => total / runs);
}

export async function benchSignIn(): Promise<void> {
  const mib = (128 * N * r) / 2 ** 20;
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `\nsign-in: scrypt N = 2^${Math.log2(N)}, r = ${r}, p = ${p}; ${mib} MiB a hash (128·N·r); mean of ${runs}, ` +
      `${os.cpus().length} cores, load ${load}`,
  );
  const rssBefore = process.resourceUsage().maxRSS;
  const stored = await hashPassword(password, standardPasswordCost);
  const [raw, hashed, verified] = (await inTurns([
    rawScrypt,
    () => hashPassword(password, standardPasswordCost),
    () => verifyPassword(password, stored),
  ])) as [number, number, number];
  const over = (ms: number) => `${((ms / raw - 1) * 100).toFixed(1)} % against raw`;
  line(raw, 'raw crypto.scrypt, same parameters');
  line(hashed, `hashPassword (setting a password; ${over(hashed)})`);
  line(verified, `verifyPassword (a sign-in; ${over(verified)})`);
  line(await dispatchedSignIn(), 'auth.signIn through the dispatcher on a real file (verify + audit row)');
  const peak = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
  console.log(`peak RSS ${peak(rssBefore)} before, ${peak(process.resourceUsage().maxRSS)} after`);
}
