// The one default database file of the desktop app, the host and the CLI: `ledger.sqlite` in the desktop
// app's data folder, so `cli check` without --db checks the file the clerk works in. Computed in plain
// Node the way Electron computes app.getPath('userData'): its appData folder joined with the app's name,
// which Electron takes from package.json's productName.
import os from 'node:os';
import path from 'node:path';

/** package.json's productName (a test keeps them equal): renaming it would move the clerk's data. */
export const appDataFolderName = '街道社区经费台账';
export const databaseFileName = 'ledger.sqlite';

export interface DataFolderInputs {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
}

const currentInputs = (): DataFolderInputs => ({
  platform: process.platform,
  env: process.env,
  homeDir: os.homedir(),
});

/** Electron's appData: %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME (absolute) or ~/.config. */
function appDataRoot({ platform, env, homeDir }: DataFolderInputs): string {
  if (platform === 'win32') return env.APPDATA || path.win32.join(homeDir, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(homeDir, 'Library', 'Application Support');
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(homeDir, '.config');
}

/** The desktop app's data folder (Electron's userData). */
export function appDataFolder(inputs: DataFolderInputs = currentInputs()): string {
  const join = inputs.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataRoot(inputs), appDataFolderName);
}

export function defaultDatabasePath(inputs: DataFolderInputs = currentInputs()): string {
  const join = inputs.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataFolder(inputs), databaseFileName);
}
