// The desktop shell's entry: one instance, one window on app://, the backend behind IPC. The rules live
// in electron/security and electron/backend; this file only wires them into Electron's lifecycle.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { openLedgerGate, type LedgerGate } from '../backend/api/ledger-gate';
import { defaultDatabasePath } from '../backend/core/db/default-path';
import { appOrigin } from '../security/navigation';
import { handleAppScheme, registerAppSchemePrivileges } from './app-protocol';
import { guardMainProcess } from './failures/guard';
import { hardenApp, hardenDefaultSession } from './hardening';
import { registerChannels, unregisterChannels } from './ipc';
import { applicationMenuTemplate } from './menu';
import { failureOfReport, openFailure } from './open-failure';
import { registerPrinting, unregisterPrinting } from './print/print-ipc';
import { holdQuitForBackup } from './quit-backup';
import { shellPaths } from './paths';
import { appTitle, mainWindowOptions } from './window-options';

const paths = shellPaths({
  bundleDir: path.dirname(fileURLToPath(import.meta.url)),
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  electronVersion: process.versions.electron ?? '',
  sqliteBindingOverride: process.env.LEDGER_SQLITE_BINDING,
});

let mainWindow: BrowserWindow | null = null;
let backend: LedgerGate | null = null;

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于',
    message: appTitle,
    detail: `版本 ${app.getVersion()}\n街道财务人员使用的社区经费台账。`,
    // Without buttons the system adds its own "OK", in English on an English system.
    buttons: ['确定'],
  };
  if (mainWindow) void dialog.showMessageBox(mainWindow, options);
  else void dialog.showMessageBox(options);
}

function createMainWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(paths.preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(`${appOrigin}/index.html`);
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

// The same file the host and the CLI open by default (core/default-path.ts mirrors Electron's userData).
const databasePath = () => defaultDatabasePath();

/** The ledger, or its recovery state: a damaged file is met by the recovery page in the window. */
function openBackend(): Promise<LedgerGate> {
  return openLedgerGate({
    dbPath: databasePath(),
    resourcesDir: paths.resourcesDir,
    clock: () => new Date(),
    platform: process.platform,
    nativeBinding: paths.nativeBinding,
  });
}

async function onReady(): Promise<void> {
  hardenDefaultSession();
  handleAppScheme(paths.rendererDir);
  try {
    backend = await openBackend();
    registerChannels(backend);
    registerPrinting(backend, paths.printPreloadPath);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(applicationMenuTemplate(process.platform === 'darwin', { showAbout })),
    );
    createMainWindow();
    // The day's backup, once the window is on its way (a failure is logged and listed, never in the way;
    // while the ledger is unavailable there is nothing to back up).
    void backend.automaticBackup('start');
  } catch (error) {
    // Only when not even the window that carries the recovery page can be made: the box, in Chinese.
    const status = backend?.status();
    const failure =
      status?.state === 'unavailable' ? failureOfReport(status) : openFailure(error, databasePath());
    dialog.showErrorBox(failure.title, failure.message);
    app.exit(1);
  }
}

const mayQuit = holdQuitForBackup(
  () => backend?.automaticBackup('quit') ?? Promise.resolve(),
  () => app.quit(),
);

function start(): void {
  registerAppSchemePrivileges();
  hardenApp();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (backend && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('will-quit', (event) => {
    if (!mayQuit(event)) return;
    unregisterChannels();
    unregisterPrinting();
    backend?.close();
    backend = null;
  });
  void app.whenReady().then(onReady);
}

// The guard refuses a start with a switch that opens the app to other programs, and puts a Chinese box on
// errors nothing caught. A second copy would open the same SQLite file; hand over to the running one instead.
if (guardMainProcess() && app.requestSingleInstanceLock()) start();
else app.quit();
