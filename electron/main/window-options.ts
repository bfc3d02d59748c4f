// The main window's options, every security flag written out so a reader (and a test) sees the choice.
import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const appTitle = '街道社区经费台账';

/** The same locked-down preferences for every window; only the preload differs. */
function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    spellcheck: false,
    preload: preloadPath,
  };
}

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: appTitle,
    width: 1366,
    height: 860,
    minWidth: 1100,
    minHeight: 700,
    // Shown on ready-to-show, so the clerk never sees an empty white frame.
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The print window: a preview of the sheets while they are drawn, then the system print dialog on top.
 * Modal over the main window, so nothing changes underneath a print in progress.
 */
export function printWindowOptions(
  preloadPath: string,
  fileName: string,
  parent: BrowserWindow | undefined,
): BrowserWindowConstructorOptions {
  return {
    title: `打印：${fileName}`,
    width: 900,
    height: 1000,
    minWidth: 600,
    minHeight: 500,
    show: false,
    backgroundColor: '#e6e6e6',
    autoHideMenuBar: true,
    ...(parent ? { parent, modal: true } : {}),
    webPreferences: secureWebPreferences(preloadPath),
  };
}
