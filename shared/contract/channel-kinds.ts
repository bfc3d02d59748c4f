// How a channel describes itself: what it does, so that every list the transports and the renderer need
// (window.api, the query/mutation split, invalidation, files, printables) is derived, never kept by hand.
// Every channel also names the roles that may call it; the dispatcher refuses the others before any service
// runs. Names, kinds and roles only, no schemas: the sandboxed preload bundles this file (see channels.ts).
import type { ChannelRoles } from './roles';

/** The first part of a query's key in the renderer: a command refetches the groups it changes. */
export const queryGroups = [
  'office',
  'communities',
  'community',
  'audit',
  'standards',
  'funding',
  'calendar',
  'lists',
  'access',
  'people',
  'providers',
  'contracts',
  'fund',
  'backups',
] as const;
export type QueryGroup = (typeof queryGroups)[number];

/** Reads and changes nothing. */
export interface QueryDeclaration {
  readonly kind: 'query';
  readonly roles: ChannelRoles;
}

/** Writes (and writes an audit row): the screens showing `invalidates` and the audit log are refetched. */
export interface CommandDeclaration {
  readonly kind: 'command';
  readonly invalidates: readonly QueryGroup[];
  readonly roles: ChannelRoles;
}

/** Answers with a file and changes nothing; a printable one can also go to the printer from the shell. */
export interface FileDeclaration {
  readonly kind: 'file';
  readonly printable: boolean;
  readonly roles: ChannelRoles;
}

export type ChannelDeclaration = QueryDeclaration | CommandDeclaration | FileDeclaration;

/** Channel names keep the `area.verb` form. */
export type ChannelDeclarations = { readonly [name: `${string}.${string}`]: ChannelDeclaration };

export function query(roles: ChannelRoles) {
  return { kind: 'query', roles } as const;
}

export function command<const G extends readonly QueryGroup[]>(options: {
  invalidates: G;
  roles: ChannelRoles;
}) {
  return { kind: 'command', invalidates: options.invalidates, roles: options.roles } as const;
}

export function file<const P extends boolean = false>(options: { roles: ChannelRoles; printable?: P }) {
  return { kind: 'file', printable: (options.printable ?? false) as P, roles: options.roles } as const;
}

/** Only `area.verb` names: an index signature alone would let a plain `probe` through. */
type AreaVerbNames<D> = { [K in keyof D]: K extends `${string}.${string}` ? D[K] : never };

/** A feature's channels, checked to have a kind each; the literal types are kept for the derived lists. */
export function declareChannels<const D extends ChannelDeclarations>(declarations: D & AreaVerbNames<D>): D {
  return declarations;
}

type NamesWhere<D extends ChannelDeclarations, Shape> = {
  [C in keyof D]: D[C] extends Shape ? C : never;
}[keyof D] &
  string;

/** Every list the app derives from its declarations, for one merged set of them. */
export interface ChannelLists<D extends ChannelDeclarations> {
  channelNames: readonly (keyof D & string)[];
  queryChannels: readonly NamesWhere<D, QueryDeclaration>[];
  commandChannels: readonly NamesWhere<D, CommandDeclaration>[];
  fileChannels: readonly NamesWhere<D, FileDeclaration>[];
  printableChannels: readonly NamesWhere<D, { kind: 'file'; printable: true }>[];
}

export type QueryChannelOf<D extends ChannelDeclarations> = NamesWhere<D, QueryDeclaration>;
export type CommandChannelOf<D extends ChannelDeclarations> = NamesWhere<D, CommandDeclaration>;
export type FileChannelOf<D extends ChannelDeclarations> = NamesWhere<D, FileDeclaration>;
export type PrintableChannelOf<D extends ChannelDeclarations> = NamesWhere<
  D,
  { kind: 'file'; printable: true }
>;

/** One set of declarations out of every feature's; a name declared twice is a programming error. */
export function mergeChannels<const D extends readonly ChannelDeclarations[]>(
  ...groups: D
): UnionToIntersection<D[number]> {
  const merged: Record<string, ChannelDeclaration> = {};
  for (const group of groups) {
    for (const [name, declaration] of Object.entries(group)) {
      if (name in merged) throw new Error(`channel ${name} is declared twice`);
      merged[name] = declaration;
    }
  }
  return merged as UnionToIntersection<D[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (all: U) => void : never) extends (all: infer I) => void
  ? I
  : never;

export function channelLists<D extends ChannelDeclarations>(declarations: D): ChannelLists<D> {
  const entries = Object.entries(declarations) as [keyof D & string, ChannelDeclaration][];
  const where = (test: (declaration: ChannelDeclaration) => boolean) =>
    entries.filter(([, declaration]) => test(declaration)).map(([name]) => name) as never;
  return {
    channelNames: entries.map(([name]) => name),
    queryChannels: where((declaration) => declaration.kind === 'query'),
    commandChannels: where((declaration) => declaration.kind === 'command'),
    fileChannels: where((declaration) => declaration.kind === 'file'),
    printableChannels: where((declaration) => declaration.kind === 'file' && declaration.printable),
  };
}

/**
 * The query groups to refetch after a command. Every change writes an audit row, so the audit log is
 * always among them.
 */
export function invalidatedGroups(declaration: CommandDeclaration): QueryGroup[] {
  return [...declaration.invalidates.filter((group) => group !== 'audit'), 'audit'];
}
