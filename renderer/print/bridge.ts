// The print window's only line to the desktop shell: `window.printBridge`, which the print window's own
// preload exposes. Opened anywhere else (a browser, the main window) the page has no bridge.
import type { PrintBridge } from '../../shared/contract/printing';

declare global {
  interface Window {
    printBridge?: PrintBridge;
  }
}

/** The bridge, or null when this page was not opened by the desktop app's print window. */
export function findPrintBridge(): PrintBridge | null {
  const bridge = window.printBridge;
  return bridge && typeof bridge.requestDocument === 'function' ? bridge : null;
}
