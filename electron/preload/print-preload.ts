// The print window's bridge (window.printBridge, typed in shared/contract/printing.ts): ask for the PDF
// once, then report progress, ready or failed. Nothing else of IPC reaches the page; main checks every
// message. No other imports: a sandboxed preload is bundled into one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { printWindowChannels } from '../../shared/contract/shell-channels';

contextBridge.exposeInMainWorld(
  'printBridge',
  Object.freeze({
    requestDocument: () => ipcRenderer.invoke(printWindowChannels.document),
    progress: (report: unknown) => ipcRenderer.send(printWindowChannels.progress, report),
    ready: (report: unknown) => ipcRenderer.send(printWindowChannels.ready, report),
    failed: (report: unknown) => ipcRenderer.send(printWindowChannels.failed, report),
  }),
);
