// Bundles the desktop shell: main (ESM, Node 20), the worker threads main starts (import-worker.mjs and
// the backups' verify-worker.mjs, found beside main.mjs) and the sandboxed preloads (one CommonJS file
// each), and copies the SQL migrations next to main.mjs, where the bundled migrate module looks for them.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const outDir = path.join(repoRoot, 'dist', 'electron');

// Native modules cannot be bundled. pdfmake/pdfkit and exceljs read data files relative to their own
// __dirname, so they stay in node_modules too (electron-builder ships production dependencies).
const nodeExternals = ['electron', 'better-sqlite3', 'pdfmake', 'pdfkit', 'exceljs'];

// Bundled CommonJS code calls require() and reads __dirname; an ES module has neither.
const esmBanner = [
  "import { createRequire as __ledgerCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ledgerFileURLToPath } from 'node:url';",
  "import { dirname as __ledgerDirname } from 'node:path';",
  'const require = __ledgerCreateRequire(import.meta.url);',
  'const __filename = __ledgerFileURLToPath(import.meta.url);',
  'const __dirname = __ledgerDirname(__filename);',
].join('\n');

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
};

function buildNodeEntry(entryPoint, outName) {
  return build({
    ...common,
    entryPoints: [entryPoint],
    outfile: path.join(outDir, outName),
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: nodeExternals,
    banner: { js: esmBanner },
  });
}

function buildPreload(name) {
  return build({
    ...common,
    entryPoints: [`electron/preload/${name}.ts`],
    outfile: path.join(outDir, `${name}.cjs`),
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron'],
  });
}

function copyMigrations() {
  const from = path.join(repoRoot, 'electron', 'backend', 'core', 'db', 'migrations');
  const to = path.join(outDir, 'migrations');
  rmSync(to, { recursive: true, force: true });
  mkdirSync(to, { recursive: true });
  const files = readdirSync(from).filter((name) => name.endsWith('.sql'));
  for (const name of files) cpSync(path.join(from, name), path.join(to, name));
  return files.length;
}

const nodeEntries = [
  ['electron/main/main.ts', 'main.mjs'],
  ['electron/backend/imports/import-worker.ts', 'import-worker.mjs'],
  ['electron/backend/api/verify-worker.ts', 'verify-worker.mjs'],
];
for (const [, outName] of nodeEntries) rmSync(path.join(outDir, outName), { force: true });
const preloads = ['preload', 'print-preload'];
for (const name of preloads) rmSync(path.join(outDir, `${name}.cjs`), { force: true });
await Promise.all([
  ...nodeEntries.map(([entryPoint, outName]) => buildNodeEntry(entryPoint, outName)),
  ...preloads.map(buildPreload),
]);
const migrations = copyMigrations();
console.log(
  `built dist/electron/main.mjs, import-worker.mjs, verify-worker.mjs, ${preloads.map((name) => `${name}.cjs`).join(', ')}, ${migrations} migration(s)`,
);
