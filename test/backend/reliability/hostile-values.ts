// The hostile values the channel fuzz sends: wrong types, huge and odd text, money and years out of
// range, dates that do not exist, SQL-ish and path-like text, prototype keys, deep nesting. Also the
// plausible values a field is sampled from, themselves awkward where a field allows it.
import type { Random } from './prng';

/** Text fields are sampled from these: each is valid for some field, and most are unfriendly. */
export const plausibleStrings: readonly string[] = [
  '测试社区',
  "'; DROP TABLE community; --",
  'Robert"); DELETE FROM audit_log; --',
  '../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  'CON',
  '<script>alert(1)</script>',
  '${process.exit()}',
  '%00%2e%2e%2f',
  '🙂👨‍👩‍👧',
  'fuzz-target-1',
  'Fuzz-pass-123',
  '2026-11-20',
  '2026-03-10',
  '2026-01-01',
  '2025-12-31',
  '2026-11',
  '2026-03',
  '0871-63001234',
  '91530111MA6K0001X',
  '社区'.repeat(20),
  'UEsDBAoAAAAAAA==',
];

export const plausibleNumbers: readonly number[] = [1, 2, 3, 5, 10, 100, 2026, 2025, 10_000, 1_000_000, 0];

const deepNesting = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 === 0 ? { a: value } : [value];
  return value;
};

/** Values that replace one field (or the whole input). Built once; the huge ones are shared. */
export function hostileValues(): readonly unknown[] {
  return [
    // Wrong types.
    '1',
    '',
    '   ',
    true,
    null,
    [],
    {},
    [1, 2, 3],
    { id: 1 },
    // Huge text.
    'x'.repeat(1_000_000),
    '中'.repeat(100_000),
    // Money, counts and ids out of range.
    -1,
    0,
    -0,
    0.5,
    1.005,
    -100_00,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    -(2 ** 53),
    1e-9,
    // Years and dates that do not exist or lie outside the ledger's years.
    1899,
    3000,
    99_999,
    '2026-02-30',
    '2026-13-01',
    '0000-01-01',
    '9999-12-31',
    '2026-1-1',
    '2026-03-15T00:00:00Z',
    '20260315',
    // Control, invisible and broken characters.
    'a\u0000b',
    '\u202eevil',
    '\ud800',
    'zero\u200bwidth',
    'line\nbreak',
    // Paths and SQL.
    '/etc/shadow',
    'C:\\Windows\\System32\\config\\SAM',
    'file:///etc/passwd',
    '../../ledger.sqlite',
    '1 OR 1=1',
    "'; PRAGMA writable_schema=1; --",
    // Prototype keys and deep nesting.
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    deepNesting(5_000),
  ];
}

/** Keys a hostile caller adds beside the real ones. */
export function extraFields(random: Random): Record<string, unknown> {
  const extras: Record<string, unknown> = JSON.parse(
    '{"__proto__": {"polluted": true, "role": "administrator"}}',
  );
  const more: [string, unknown][] = [
    ['constructor', { prototype: { polluted: true } }],
    ['role', 'administrator'],
    ['userId', 1],
    ['sql', 'DROP TABLE audit_log'],
    ['dbPath', '/tmp/elsewhere.sqlite'],
  ];
  for (const [key, value] of more) if (random.chance(0.5)) extras[key] = value;
  return extras;
}

/** Whole inputs that are not an argument object at all, or one far too big. */
export function hostileWholeInputs(): readonly unknown[] {
  return [
    null,
    undefined,
    'text',
    42,
    true,
    [],
    [{}],
    deepNesting(10_000),
    Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index])),
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];
}
