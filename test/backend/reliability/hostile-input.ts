// One hostile input for a channel, from a plausible sample of its input: the sample as it is (hostile
// text that is still valid), one or several fields replaced by a hostile value, a field missing, keys
// added beside the real ones, or something that is no argument object at all.
import type { Random } from './prng';
import { extraFields, hostileValues, hostileWholeInputs } from './hostile-values';

export interface HostileInput {
  /** How it was made, for a failure's message: `field lines.0.debitFen := NaN`. */
  label: string;
  input: unknown;
}

type Path = (string | number)[];

const values = hostileValues();
const wholeInputs = hostileWholeInputs();

export function hostileInput(sample: unknown, random: Random): HostileInput {
  const paths = leafPaths(sample);
  const roll = random.next();
  if (roll < 0.1 || paths.length === 0) {
    const input = random.pick(wholeInputs);
    return { label: `whole := ${describe(input)}`, input };
  }
  if (roll < 0.25) return { label: 'sample as drawn', input: sample };
  if (roll < 0.6) return replaced(sample, [random.pick(paths)], random);
  if (roll < 0.75)
    return replaced(sample, [random.pick(paths), random.pick(paths), random.pick(paths)], random);
  if (roll < 0.88) {
    const path = random.pick(paths);
    return { label: `missing ${path.join('.')}`, input: withoutPath(sample, path) };
  }
  const extras = extraFields(random);
  return { label: `extra ${Object.keys(extras).join(',')}`, input: { ...(sample as object), ...extras } };
}

function replaced(sample: unknown, paths: Path[], random: Random): HostileInput {
  let input = sample;
  const labels: string[] = [];
  for (const path of paths) {
    const value = random.pick(values);
    input = withPath(input, path, value);
    labels.push(`${path.join('.')} := ${describe(value)}`);
  }
  return { label: `field ${labels.join('; ')}`, input };
}

/** Every field of the sample, nested ones and array items included (objects and arrays themselves too). */
function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return prefix.length > 0 ? [prefix] : [];
  const entries = Array.isArray(value)
    ? value.map((item, index) => [index, item] as const)
    : Object.entries(value);
  const nested = entries.flatMap(([key, item]) => leafPaths(item, [...prefix, key]));
  return prefix.length > 0 ? [prefix, ...nested] : nested;
}

function withPath(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withPath(copy[head], rest, replacement);
  return copy;
}

function withoutPath(value: unknown, path: Path): unknown {
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (rest.length === 0) delete copy[head];
  else copy[head] = withoutPath(copy[head], rest);
  return copy;
}

function describe(value: unknown): string {
  if (typeof value === 'number' || value === undefined) return String(value);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    return '(nested too deep to print)';
  }
  return text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text;
}
