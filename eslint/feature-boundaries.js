// The import direction between the folders (see the READMEs of electron/backend, renderer and shared):
// a feature is entered from another feature only through its index.ts (a shared feature also through its
// contract.ts); the small cores (backend core/,
// documents/, renderer ui/ and api/, shared contract/ and domain/) never import a feature; documents never
// reach the database; shared never imports electron/ or renderer/. The composition roots (backend api/ and
// imports/, renderer App.tsx, main.tsx and layout/, shared/contract/index.ts and channels.ts) wire the
// features together and may import any of their files. Tests are not checked: they sit with their code.
import path from 'node:path';

const backendCores = new Set(['core', 'documents']);
const backendRoots = new Set(['api', 'imports']);

/** A folder name that is a feature's, not an index file standing beside the features. */
const isFeatureName = (name) => name !== undefined && name !== 'index' && !name.includes('.');

/** Where a repository-relative file stands: its side, its zone and, in a feature, the feature's name. */
export function placeOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'electron' && parts[1] === 'backend' && isFeatureName(parts[2])) {
    const top = parts[2];
    if (backendCores.has(top)) return { side: 'backend', zone: top };
    if (backendRoots.has(top)) return { side: 'backend', zone: 'root' };
    return { side: 'backend', zone: 'feature', feature: top, rest: parts.slice(3).join('/') };
  }
  if (parts[0] === 'renderer') {
    if (parts[1] === 'features' && isFeatureName(parts[2]))
      return { side: 'renderer', zone: 'feature', feature: parts[2], rest: parts.slice(3).join('/') };
    if (parts[1] === 'ui' || parts[1] === 'api') return { side: 'renderer', zone: parts[1] };
    return { side: 'renderer', zone: 'root' };
  }
  if (parts[0] === 'shared') {
    if (parts[1] === 'features' && isFeatureName(parts[2]))
      return { side: 'shared', zone: 'feature', feature: parts[2], rest: parts.slice(3).join('/') };
    if (parts[1] === 'contract' && (parts[2] === 'index.ts' || parts[2] === 'channels.ts'))
      return { side: 'shared', zone: 'root' };
    return { side: 'shared', zone: parts[1] };
  }
  return { side: parts[0], zone: 'other' };
}

/** A feature's entry: its index; on the shared side also its contract, which it publishes to both sides. */
const isEntry = (place) =>
  /^index(\.tsx?)?$/.test(place.rest) ||
  place.rest === '' ||
  (place.side === 'shared' && /^contract(\.ts)?$/.test(place.rest));

/** Why `from` may not import `to` (both repository-relative), or null when it may. */
export function boundaryProblem(from, to) {
  const a = placeOf(from);
  const b = placeOf(to);
  const target = to.split('/')[0];
  if (a.side === 'shared' && (target === 'electron' || target === 'renderer'))
    return 'shared/ runs on both sides: it never imports electron/ or renderer/.';
  if (a.side === 'renderer' && target === 'electron')
    return 'The renderer reaches the Node side only through the contract (window.api), never by import.';
  if (b.zone !== 'feature' || a.side !== b.side) return null;
  if (a.zone === 'feature' && a.feature === b.feature) return null;
  if (a.zone === 'root') return null;
  if (a.zone !== 'feature')
    return `${from.split('/').slice(0, 3).join('/')} is shared by the features: it never imports one (${b.feature}).`;
  if (isEntry(b)) return null;
  return `A feature uses another feature only through its index.ts: import '${b.feature}' instead of ${b.feature}/${b.rest}.`;
}

/** documents/ builds files from plain data: it never reaches the database or the services. */
function documentsProblem(from, to) {
  const a = placeOf(from);
  if (a.side !== 'backend' || a.zone !== 'documents') return null;
  const b = placeOf(to);
  if (b.side === 'backend' && b.zone !== 'documents')
    return 'documents/ builds files from plain data: it never imports the database, the services or a feature.';
  return null;
}

function resolveSpecifier(cwd, filename, specifier) {
  if (!specifier.startsWith('.')) return null;
  const absolute = path.resolve(path.dirname(filename), specifier);
  return path
    .relative(cwd, absolute)
    .split(path.sep)
    .join('/')
    .replace(/\.(tsx?|mjs|js)$/, '');
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps features, cores and sides apart (the folder READMEs)' },
    schema: [],
  },
  create(context) {
    const cwd = context.cwd;
    const from = path.relative(cwd, context.filename).split(path.sep).join('/');
    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      const to = resolveSpecifier(cwd, context.filename, source.value);
      if (to === null) return;
      const problem = documentsProblem(from, to) ?? boundaryProblem(from, to);
      if (problem) context.report({ node: source, message: problem });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const featureBoundaries = { rules: { 'feature-boundaries': rule } };
