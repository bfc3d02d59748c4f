// The main window's options, every security flag written out so a reader (and a test) sees the choice.
import type { BrowserWindowConstructorOptions } from 'electron';

export const appTitle = '街道社区经费台账';

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
    webPreferences: {
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
    },
  };
}
