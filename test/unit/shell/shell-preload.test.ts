import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channels';
import { desktopPrintChannel, printWindowChannels } from '../../../shared/contract/shell-channels';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const read = (relative: string) => readFileSync(path.join(repoRoot, relative), 'utf8');

function importSpecifiers(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  const bare = [...source.matchAll(/import\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  const dynamic = [...source.matchAll(/(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? '',
  );
  return [...specifiers, ...bare, ...dynamic];
}

describe('preload source', () => {
  const source = read('electron/preload/preload.ts');

  it('imports only electron and the channel names', () => {
    expect(new Set(importSpecifiers(source))).toEqual(
      new Set(['electron', '../../shared/contract/channels', '../../shared/contract/shell-channels']),
    );
  });

  it('never hands ipcRenderer itself to the page', () => {
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
    expect(source).toMatch(/exposeInMainWorld\('api', Object\.freeze\(api\)\)/);
  });

  it('gives the main page printing and nothing else of the shell', () => {
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['api', 'desktop']);
    expect(source).toMatch(
      /print: \(request: unknown\) => ipcRenderer\.invoke\(desktopPrintChannel, request\)/,
    );
  });

  it('exports nothing', () => {
    expect(source).not.toMatch(/^\s*export\s/m);
  });
});

describe('print preload source', () => {
  const source = read('electron/preload/print-preload.ts');

  it('imports only electron and the shell channel names', () => {
    expect(new Set(importSpecifiers(source))).toEqual(
      new Set(['electron', '../../shared/contract/shell-channels']),
    );
  });

  it('exposes only the print bridge, each member one fixed channel', () => {
    const exposed = [...source.matchAll(/exposeInMainWorld\(\s*'([^']+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['printBridge']);
    // Every IPC call names a channel from printWindowChannels, never one chosen by the page.
    const calls = [...source.matchAll(/ipcRenderer\.(\w+)\(([^,)]+)/g)].map((m) => [m[1], m[2]]);
    expect(calls).toEqual([
      ['invoke', 'printWindowChannels.document'],
      ['send', 'printWindowChannels.progress'],
      ['send', 'printWindowChannels.ready'],
      ['send', 'printWindowChannels.failed'],
    ]);
  });

  it('exports nothing', () => {
    expect(source).not.toMatch(/^\s*export\s/m);
  });
});

describe('the security rules', () => {
  const folder = path.join(repoRoot, 'electron', 'security');
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts'));

  it.each(files)('%s does not import electron, not even its types', (name) => {
    expect(importSpecifiers(readFileSync(path.join(folder, name), 'utf8'))).not.toContain('electron');
  });
});

describe('the main process', () => {
  const folder = path.join(repoRoot, 'electron', 'main');
  it.each(readdirSync(folder).filter((name) => name.endsWith('.ts')))(
    '%s never calls shell.openExternal',
    (name) => {
      expect(readFileSync(path.join(folder, name), 'utf8')).not.toMatch(/openExternal/);
    },
  );
});

describe('build-electron', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['electron/build/build-electron.mjs'], { cwd: repoRoot, stdio: 'pipe' });
  }, 120_000);

  it.each(['preload.cjs', 'print-preload.cjs'])(
    'bundles %s into one CommonJS file that requires only electron',
    (name) => {
      const bundle = read(`dist/electron/${name}`);
      const required = new Set([...bundle.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]));
      expect(required).toEqual(new Set(['electron']));
      expect(bundle).not.toMatch(/^\s*import\s/m);
    },
  );

  it('puts the print channel names into the preload bundles', () => {
    expect(read('dist/electron/preload.cjs')).toContain(`"${desktopPrintChannel}"`);
    const printBundle = read('dist/electron/print-preload.cjs');
    for (const name of Object.values(printWindowChannels)) expect(printBundle).toContain(`"${name}"`);
  });

  it('puts every channel name into the preload bundle', () => {
    const bundle = read('dist/electron/preload.cjs');
    for (const name of channelNames) expect(bundle).toContain(`"${name}"`);
  });

  it('leaves electron and better-sqlite3 outside the main bundle', () => {
    const bundle = read('dist/electron/main.mjs');
    expect(bundle).toMatch(/from\s*["']electron["']/);
    expect(bundle).not.toContain('class Database');
  });

  it('copies the migrations next to main.mjs', () => {
    const source = readdirSync(path.join(repoRoot, 'electron/backend/core/db/migrations')).filter((n) =>
      n.endsWith('.sql'),
    );
    const copied = readdirSync(path.join(repoRoot, 'dist/electron/migrations'));
    expect(copied.sort()).toEqual(source.sort());
  });
});
