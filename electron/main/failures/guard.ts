// Installs the main process's last line: no start with a switch that opens the app to other programs, and a
// Chinese box (the English detail logged) for an error nothing caught or a page that ended. The texts and
// decisions are plain functions beside this file; this one only wires them into Electron.
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { refusedLaunchSwitch } from '../../security/launch-switches';
import { appendErrorLog, errorLogEntry } from './error-log';
import { launchRefusalBox } from './launch-refusal';
import { mainFailureResponse, type MainFailureKind } from './main-failure';
import { rendererGoneBox } from './renderer-gone';

/** How long a quit after an uncaught exception may take before the process is ended outright. */
const quitDeadlineMs = 5_000;

let lastBoxAt: number | null = null;
/** Once quitting after an exception, further errors (the shutdown itself failing) are only logged. */
let quitting = false;

/** Logs the English detail of an error the clerk is told about in Chinese; returns the log file's path. */
export function logMainError(context: string, error: unknown): string {
  console.error(`[main] ${context}`, error);
  return appendErrorLog(app.getPath('logs'), errorLogEntry(context, error, new Date()));
}

/**
 * An error box with a Chinese button. showErrorBox is the only box allowed before the app is ready, but its
 * button is the system's "OK"; once ready, a message box says 确定.
 */
function showErrorBox(title: string, content: string): void {
  if (!app.isReady()) dialog.showErrorBox(title, content);
  else dialog.showMessageBoxSync({ type: 'error', title, message: content, buttons: ['确定'], noLink: true });
}

function onFailure(kind: MainFailureKind, error: unknown): void {
  const logPath = logMainError(kind, error);
  if (quitting) return;
  const now = Date.now();
  const response = mainFailureResponse(kind, error, logPath, lastBoxAt === null ? null : now - lastBoxAt);
  if (response.box) {
    lastBoxAt = now;
    showErrorBox(response.box.title, response.box.content);
  }
  if (response.quit) {
    quitting = true;
    setTimeout(() => app.exit(1), quitDeadlineMs).unref();
    app.quit();
  }
}

async function onRendererGone(contents: WebContents, reason: string): Promise<void> {
  const pageUrl = contents.getURL();
  logMainError('render-process-gone', `${reason} ${pageUrl}`);
  const box = rendererGoneBox(reason, pageUrl);
  if (!box) return;
  const window = BrowserWindow.fromWebContents(contents);
  const { response } = window
    ? await dialog.showMessageBox(window, box.options)
    : await dialog.showMessageBox(box.options);
  const action = box.actions[response];
  if (action === 'reload' && !contents.isDestroyed()) contents.reload();
  else if (action === 'quit') app.quit();
  else if (action === 'close' && window && !window.isDestroyed()) window.close();
}

/** Call first, before the single-instance lock; false means the app must not start. */
export function guardMainProcess(): boolean {
  const refused = refusedLaunchSwitch(app.isPackaged, (name) => app.commandLine.hasSwitch(name));
  if (refused !== null) {
    const box = launchRefusalBox(refused);
    showErrorBox(box.title, box.content);
    app.exit(1);
    return false;
  }
  process.on('uncaughtException', (error) => onFailure('uncaught-exception', error));
  process.on('unhandledRejection', (reason) => onFailure('unhandled-rejection', reason));
  app.on('render-process-gone', (_event, contents, details) => {
    void onRendererGone(contents, details.reason).catch((error: unknown) =>
      logMainError('render-process-gone box', error),
    );
  });
  return true;
}
