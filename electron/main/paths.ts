// Where the shell finds its pieces, in development (`electron .` from the repository) and when packaged.
// Pure: main.ts passes in what Electron knows, so the choice can be tested without Electron.
import path from 'node:path';

export interface ShellPathInputs {
  /** Folder of the bundled main.mjs (dist/electron, inside app.asar when packaged). */
  bundleDir: string;
  isPackaged: boolean;
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string;
  /** process.versions.electron. */
  electronVersion: string;
  /** LEDGER_SQLITE_BINDING, set by `npm start`; a packaged app never reads it. */
  sqliteBindingOverride: string | undefined;
}

export interface ShellPaths {
  rendererDir: string;
  preloadPath: string;
  /** The print window's preload (window.printBridge). */
  printPreloadPath: string;
  resourcesDir: string;
  /** A better_sqlite3.node built for Electron; undefined when packaged (electron-builder rebuilt the module). */
  nativeBinding: string | undefined;
}

/**
 * The override exists for development only: honoured by an installed app, an environment variable would
 * make it load native code from any path into the process that holds the ledger (the fuses already keep
 * NODE_OPTIONS and ELECTRON_RUN_AS_NODE out for the same reason). The data folder has no override of the
 * app's own: core/db/default-path.ts reads only the system's variables for the user's application-data folder
 * (APPDATA, XDG_CONFIG_HOME), where Electron keeps userData, so the desktop app, the host and the CLI keep
 * finding the same file.
 */
export function shellPaths(inputs: ShellPathInputs): ShellPaths {
  const repoRoot = path.resolve(inputs.bundleDir, '..', '..');
  const devBinding = path.join(
    repoRoot,
    'dist',
    'native',
    `electron-${inputs.electronVersion}`,
    'better_sqlite3.node',
  );
  return {
    rendererDir: path.join(inputs.bundleDir, '..', 'renderer'),
    preloadPath: path.join(inputs.bundleDir, 'preload.cjs'),
    printPreloadPath: path.join(inputs.bundleDir, 'print-preload.cjs'),
    resourcesDir: inputs.isPackaged
      ? path.join(inputs.resourcesPath, 'resources')
      : path.join(repoRoot, 'resources'),
    nativeBinding: inputs.isPackaged ? undefined : inputs.sqliteBindingOverride || devBinding,
  };
}
