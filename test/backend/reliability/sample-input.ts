// A plausible input for a channel, drawn from its own zod schema: every field present and, where the
// pools allow, valid on its own. The fuzz then spoils it field by field, so a hostile value reaches the
// check after the first one rather than stopping at a missing field. No schema is copied here: a channel
// added to the contract is sampled from its declaration.
import type { z } from 'zod';
import type { Random } from './prng';

/** Values a field may take, tried in a drawn order until one passes the field's own schema. */
export interface SamplePools {
  strings: readonly string[];
  /** A record id for a field of this name on this channel (`id`, `communityId`…). */
  recordId(channel: string, field: string): number;
  numbers: readonly number[];
}

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function sampleInput(schema: z.ZodType, channel: string, pools: SamplePools, random: Random): unknown {
  return sample(schema, { channel, field: '', pools, random });
}

interface Where {
  channel: string;
  field: string;
  pools: SamplePools;
  random: Random;
}

function sample(schema: z.ZodType, where: Where): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!).map(([field, inner]) => [field, sample(inner, { ...where, field })]),
      );
    case 'string':
      return firstPassing(schema, shuffled(where.pools.strings, where.random), '文字');
    case 'number':
    case 'int':
      return firstPassing(schema, numbersFor(where), 1);
    case 'boolean':
      return where.random.chance(0.5);
    case 'enum':
      return where.random.pick(Object.values(def.entries!));
    case 'literal':
      return def.values![0];
    case 'array':
      return Array.from({ length: where.random.int(0, 2) }, () => sample(def.element!, where));
    case 'union':
      return sample(where.random.pick(def.options!), where);
    case 'intersection':
      return { ...(sample(def.left!, where) as object), ...(sample(def.right!, where) as object) };
    case 'pipe':
      return sample(def.in!, where);
    case 'lazy':
      return sample(def.getter!(), where);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return sample(def.innerType!, where);
    case 'null':
      return null;
    default:
      return undefined;
  }
}

function numbersFor(where: Where): number[] {
  const { channel, field, pools, random } = where;
  const ids = /(^id$|Id$)/.test(field) ? [pools.recordId(channel, field)] : [];
  return [...ids, ...shuffled(pools.numbers, random)];
}

/** The first candidate the leaf's schema (its refinements included) accepts, else the fallback. */
function firstPassing(schema: z.ZodType, candidates: readonly unknown[], fallback: unknown): unknown {
  return candidates.find((candidate) => schema.safeParse(candidate).success) ?? fallback;
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}
