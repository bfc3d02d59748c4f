// Where the host and the CLI keep the database when no --db is given: a folder in the user's home.
// (The desktop app uses Electron's userData folder instead.)
import os from 'node:os';
import path from 'node:path';

export function defaultDatabasePath(homeDir: string = os.homedir()): string {
  return path.join(homeDir, '.jiedao-ledger', 'ledger.sqlite');
}
