// The English detail behind a Chinese box: appended to a log file in the app's logs folder, which the box
// names so the clerk can send it to support. Plain fs, so it is tested on a real folder without Electron.
import fs from 'node:fs';
import path from 'node:path';

export const errorLogFileName = 'main-errors.log';

/** One entry: when, where it happened, and the error's stack (or its text when it has none). */
export function errorLogEntry(context: string, error: unknown, now: Date): string {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `${now.toISOString()} [${context}] ${detail}\n`;
}

/**
 * Appends the entry and returns the log file's path. Synchronous: the process may be about to quit. A log
 * that cannot be written (a full disk) must not hide the box, so the failure is only printed.
 */
export function appendErrorLog(logDir: string, entry: string): string {
  const file = path.join(logDir, errorLogFileName);
  try {
    fs.mkdirSync(logDir, { recursive: true });
    fs.appendFileSync(file, entry, 'utf8');
  } catch (error) {
    console.error('[main] cannot write the error log', file, error);
  }
  return file;
}
