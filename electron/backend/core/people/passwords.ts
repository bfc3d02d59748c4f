// Password hashes: scrypt (memory-hard, in node:crypto) with a random salt per hash. The stored form
// carries its parameters, `scrypt$N$r$p$salt$hash`, so a later raise of the cost still verifies old hashes.
import crypto from 'node:crypto';

export interface PasswordCost {
  /** CPU/memory cost, a power of two: memory is 128 · N · r bytes. */
  N: number;
  r: number;
  p: number;
}

/** 2^17 · 8 · 128 B = 128 MiB per hash: OWASP's recommended scrypt minimum. */
export const standardPasswordCost: PasswordCost = { N: 2 ** 17, r: 8, p: 1 };

/** Four times the standard cost at most: room to raise it, never a hash that asks for gigabytes. */
const maxCost = 4 * standardPasswordCost.N * standardPasswordCost.r * standardPasswordCost.p;

const saltBytes = 16;
const hashBytes = 32;

function derive(password: string, salt: Buffer, cost: PasswordCost): Promise<Buffer> {
  const maxmem = 256 * cost.N * cost.r;
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, hashBytes, { ...cost, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, cost: PasswordCost): Promise<string> {
  const salt = crypto.randomBytes(saltBytes);
  const hash = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

/** Whether the password gives the stored hash; compared in constant time. A malformed or tampered hash
 * never matches: parameters scrypt refuses (N not a power of two, a cost beyond the standard's) answer
 * false, not an error, and are never run at a cost the stored text alone chose. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)) return false;
  if (N * r * p > maxCost) return false;
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (expected.length !== hashBytes) return false;
  try {
    const actual = await derive(password, Buffer.from(parts[4]!, 'base64url'), { N, r, p });
    return crypto.timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

/** Verifies against a throwaway hash, so an unknown login costs as long as a wrong password. */
export async function spendVerification(password: string, cost: PasswordCost): Promise<void> {
  await derive(password, Buffer.alloc(saltBytes), cost);
}
