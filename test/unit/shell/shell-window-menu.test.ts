import path from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu';
import { shellPaths } from '../../../electron/main/paths';
import { mainWindowOptions, printWindowOptions } from '../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/opt/ledger/preload.cjs');
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['webSecurity', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['allowRunningInsecureContent', false],
    ['spellcheck', false],
  ] as const)('sets %s explicitly to %s', (flag, value) => {
    expect(Object.hasOwn(web, flag)).toBe(true);
    expect(web[flag]).toBe(value);
  });

  it('loads the given preload', () => {
    expect(web.preload).toBe('/opt/ledger/preload.cjs');
  });

  it('opens hidden at a laptop-friendly size with a floor', () => {
    expect(options).toMatchObject({ show: false, width: 1366, height: 860, minWidth: 1100, minHeight: 700 });
  });

  it('is titled in Chinese', () => {
    expect(options.title).toBe('街道社区经费台账');
  });
});

describe('printWindowOptions', () => {
  const parent = {} as BrowserWindow;
  const options = printWindowOptions('/opt/ledger/print-preload.cjs', '公示.pdf', parent);

  it('has the same security flags as the main window, with its own preload', () => {
    const { preload, ...flags } = options.webPreferences ?? {};
    const { preload: _mainPreload, ...mainFlags } = mainWindowOptions('/x').webPreferences ?? {};
    expect(flags).toEqual(mainFlags);
    expect(preload).toBe('/opt/ledger/print-preload.cjs');
  });

  it('is modal over the main window, hidden until ready, titled with the file', () => {
    expect(options).toMatchObject({ parent, modal: true, show: false, title: '打印：公示.pdf' });
  });

  it('stands alone when there is no main window', () => {
    const alone = printWindowOptions('/p.cjs', 'a.pdf', undefined);
    expect(alone.parent).toBeUndefined();
    expect(alone.modal).toBeUndefined();
  });
});

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('applicationMenuTemplate', () => {
  it.each([false, true])('labels every item in Chinese (isMac=%s)', (isMac) => {
    const labelled = flatten(applicationMenuTemplate(isMac)).filter((item) => item.type !== 'separator');
    expect(labelled.length).toBeGreaterThan(10);
    for (const item of labelled) expect(item.label).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has the 文件, 编辑, 视图 and 帮助 menus in that order', () => {
    expect(applicationMenuTemplate(false).map((menu) => menu.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
  });

  it('puts the app menu first on macOS', () => {
    expect(applicationMenuTemplate(true).map((menu) => menu.label)).toEqual([
      '街道社区经费台账',
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
  });

  it('offers the standard edit and view actions by role', () => {
    const roles = flatten(applicationMenuTemplate(false))
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
      ]),
    );
  });

  it('shows the about box from 帮助 → 关于', () => {
    const showAbout = vi.fn();
    const about = flatten(applicationMenuTemplate(false, { showAbout })).find(
      (item) => item.label === '关于',
    );
    (about?.click as (() => void) | undefined)?.();
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('never opens external links', () => {
    const source = JSON.stringify(applicationMenuTemplate(true), (_key, value: unknown) =>
      typeof value === 'function' ? value.toString() : value,
    );
    expect(source).not.toMatch(/openExternal|https?:/);
  });
});

describe('shellPaths', () => {
  const repo = path.resolve('/home/clerk/ledger');
  const base = {
    bundleDir: path.join(repo, 'dist', 'electron'),
    resourcesPath: path.resolve('/opt/ledger/resources'),
    electronVersion: '45.5.0',
    sqliteBindingOverride: undefined,
  };

  it('finds the renderer build and preload next to the bundle', () => {
    const paths = shellPaths({ ...base, isPackaged: false });
    expect(paths.rendererDir).toBe(path.join(repo, 'dist', 'renderer'));
    expect(paths.preloadPath).toBe(path.join(repo, 'dist', 'electron', 'preload.cjs'));
    expect(paths.printPreloadPath).toBe(path.join(repo, 'dist', 'electron', 'print-preload.cjs'));
  });

  it('uses the repository resources and the Electron-ABI sqlite build in development', () => {
    const paths = shellPaths({ ...base, isPackaged: false });
    expect(paths.resourcesDir).toBe(path.join(repo, 'resources'));
    expect(paths.nativeBinding).toBe(
      path.join(repo, 'dist', 'native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
  });

  it('uses the installed resources and the rebuilt module when packaged', () => {
    const paths = shellPaths({ ...base, isPackaged: true });
    expect(paths.resourcesDir).toBe(path.join(base.resourcesPath, 'resources'));
    expect(paths.nativeBinding).toBeUndefined();
  });

  it('prefers LEDGER_SQLITE_BINDING in development', () => {
    expect(
      shellPaths({ ...base, isPackaged: false, sqliteBindingOverride: '/tmp/b.node' }).nativeBinding,
    ).toBe('/tmp/b.node');
  });

  it('ignores LEDGER_SQLITE_BINDING when packaged: no environment variable picks native code', () => {
    const paths = shellPaths({ ...base, isPackaged: true, sqliteBindingOverride: '/tmp/evil.node' });
    expect(paths.nativeBinding).toBeUndefined();
    expect(paths).toEqual(shellPaths({ ...base, isPackaged: true }));
  });

  it('falls back to the development build when LEDGER_SQLITE_BINDING is empty', () => {
    expect(shellPaths({ ...base, isPackaged: false, sqliteBindingOverride: '' }).nativeBinding).toBe(
      path.join(repo, 'dist', 'native', 'electron-45.5.0', 'better_sqlite3.node'),
    );
  });
});
