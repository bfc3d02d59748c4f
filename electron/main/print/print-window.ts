// Opens the print window on app://app/print.html and adapts it to the PrintWindow the job drives.
import { BrowserWindow } from 'electron';
import { appOrigin } from '../../security/navigation';
import { printWindowOptions } from '../window-options';
import type { PrintWindow } from './print-job';

export function openPrintWindow(
  preloadPath: string,
  fileName: string,
  parent: BrowserWindow | null,
): { window: BrowserWindow; port: PrintWindow } {
  const window = new BrowserWindow(printWindowOptions(preloadPath, fileName, parent ?? undefined));
  window.setMenu(null);
  window.once('ready-to-show', () => window.show());
  // The page sets its own title (the file name, which the printer queue shows); keep the window's.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(`${appOrigin}/print.html`);
  const port: PrintWindow = {
    print: (options) =>
      new Promise((resolve) => {
        window.webContents.print(options, (success, failureReason) => resolve({ success, failureReason }));
      }),
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
  };
  return { window, port };
}
