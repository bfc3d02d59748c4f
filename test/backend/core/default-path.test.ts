// One default database for the desktop app, the host and the CLI: ledger.sqlite in the folder Electron
// names app.getPath('userData') for this app, computed here without Electron.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appDataFolder,
  appDataFolderName,
  defaultDatabasePath,
} from '../../../electron/backend/core/db/default-path';

const packageJson = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as {
  productName: string;
};

describe('the default database file', () => {
  it('lives in a folder named after package.json’s productName, as Electron names userData', () => {
    expect(appDataFolderName).toBe(packageJson.productName);
  });

  it('is in %APPDATA% on Windows', () => {
    const env = { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' };
    expect(defaultDatabasePath({ platform: 'win32', env, homeDir: 'C:\\Users\\clerk' })).toBe(
      'C:\\Users\\clerk\\AppData\\Roaming\\街道社区经费台账\\ledger.sqlite',
    );
    expect(appDataFolder({ platform: 'win32', env: {}, homeDir: 'C:\\Users\\clerk' })).toBe(
      'C:\\Users\\clerk\\AppData\\Roaming\\街道社区经费台账',
    );
  });

  it('is in ~/Library/Application Support on macOS', () => {
    expect(defaultDatabasePath({ platform: 'darwin', env: {}, homeDir: '/Users/clerk' })).toBe(
      '/Users/clerk/Library/Application Support/街道社区经费台账/ledger.sqlite',
    );
  });

  it('is in $XDG_CONFIG_HOME, or ~/.config, on Linux', () => {
    expect(defaultDatabasePath({ platform: 'linux', env: {}, homeDir: '/home/clerk' })).toBe(
      '/home/clerk/.config/街道社区经费台账/ledger.sqlite',
    );
    expect(
      defaultDatabasePath({
        platform: 'linux',
        env: { XDG_CONFIG_HOME: '/data/config' },
        homeDir: '/home/clerk',
      }),
    ).toBe('/data/config/街道社区经费台账/ledger.sqlite');
    // The XDG specification ignores a relative path, and so does Electron.
    expect(
      defaultDatabasePath({ platform: 'linux', env: { XDG_CONFIG_HOME: 'config' }, homeDir: '/home/clerk' }),
    ).toBe('/home/clerk/.config/街道社区经费台账/ledger.sqlite');
  });

  it('is the one the desktop app, the host and the CLI open', () => {
    for (const file of ['electron/main/main.ts', 'electron/host/main.ts', 'electron/cli/open-backend.ts'])
      expect(fs.readFileSync(path.resolve(file), 'utf8'), file).toContain('defaultDatabasePath()');
    expect(fs.readFileSync(path.resolve('electron/main/main.ts'), 'utf8')).not.toContain(
      "getPath('userData')",
    );
  });
});
