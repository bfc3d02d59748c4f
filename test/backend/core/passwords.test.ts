// Password hashes at the standard cost: scrypt with its parameters in the stored text, a salt of its own
// for every hash, nothing of the password readable in it, and a tampered hash never verifying.
import crypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  hashPassword,
  standardPasswordCost,
  verifyPassword,
} from '../../../electron/backend/core/people/passwords';
import { openTestBackend, testPassword } from '../../fixtures/backend';

const password = '社区经费-2026-secret';
let first: string;
let second: string;

// Each hash at the standard cost takes about a second and 128 MiB.
beforeAll(async () => {
  [first, second] = await Promise.all([
    hashPassword(password, standardPasswordCost),
    hashPassword(password, standardPasswordCost),
  ]);
}, 60_000);

const digests = (text: string) =>
  ['sha256', 'sha1', 'md5', 'sha512'].flatMap((algorithm) => {
    const digest = crypto.createHash(algorithm).update(text).digest();
    return [digest.toString('hex'), digest.toString('base64'), digest.toString('base64url')];
  });

describe('a password hash at the standard cost', () => {
  it('is scrypt with N = 2^17, r = 8, p = 1, a 16-byte salt and a 32-byte key', () => {
    expect(first).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('differs for two users with the same password: each hash has its own salt', () => {
    expect(first).not.toBe(second);
    expect(first.split('$')[4]).not.toBe(second.split('$')[4]);
  });

  it('contains neither the password nor a plain digest of it', () => {
    for (const hash of [first, second]) {
      expect(hash).not.toContain(password);
      expect(hash).not.toContain(Buffer.from(password).toString('base64url'));
      for (const digest of digests(password)) expect(hash).not.toContain(digest);
    }
  });

  it('verifies the password and refuses any other', async () => {
    const [right, wrong, padded] = await Promise.all([
      verifyPassword(password, first),
      verifyPassword('社区经费-2026-secreT', first),
      verifyPassword(`${password} `, first),
    ]);
    expect([right, wrong, padded]).toEqual([true, false, false]);
  }, 60_000);
});

describe('a tampered hash', () => {
  const part = (hash: string, index: number, value: string) =>
    hash
      .split('$')
      .map((piece, at) => (at === index ? value : piece))
      .join('$');
  const flipped = (base64url: string) => {
    const bytes = Buffer.from(base64url, 'base64url');
    bytes[0] = bytes[0]! ^ 1;
    return bytes.toString('base64url');
  };

  it.each([
    ['another salt', (hash: string) => part(hash, 4, flipped(hash.split('$')[4]!))],
    ['another key', (hash: string) => part(hash, 5, flipped(hash.split('$')[5]!))],
    ['a shortened key', (hash: string) => part(hash, 5, hash.split('$')[5]!.slice(0, 20))],
    ['a lower cost', (hash: string) => part(hash, 1, '16384')],
    ['N not a power of two', (hash: string) => part(hash, 1, '100000')],
    ['a cost of gigabytes', (hash: string) => part(hash, 1, String(2 ** 24))],
    ['a zero r', (hash: string) => part(hash, 2, '0')],
    ['another scheme', (hash: string) => part(hash, 0, 'bcrypt')],
    ['a missing part', (hash: string) => hash.split('$').slice(0, 5).join('$')],
    ['an empty text', () => ''],
  ])(
    'never verifies: %s',
    async (_label, tamper) => {
      await expect(verifyPassword(password, tamper(first))).resolves.toBe(false);
    },
    60_000,
  );
});

describe('the users’ stored hashes', () => {
  it('are salted: the three test users share a password but no hash', async () => {
    const backend = await openTestBackend();
    try {
      const rows = backend.db.prepare('SELECT password_hash AS hash FROM app_user').all() as {
        hash: string;
      }[];
      expect(rows).toHaveLength(3);
      expect(new Set(rows.map((row) => row.hash)).size).toBe(3);
      for (const { hash } of rows) {
        expect(hash).not.toContain(testPassword);
        expect(await verifyPassword(testPassword, hash)).toBe(true);
      }
    } finally {
      backend.dispose();
    }
  });
});
