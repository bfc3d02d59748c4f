// SHA-256 over canonical JSON: the same rows give the same text whatever order SQLite returned the columns
// in, so a hash taken when a record was posted can be taken again by `cli check` years later.
import crypto from 'node:crypto';

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** JSON with every object's keys sorted; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}
