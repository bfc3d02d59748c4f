// Builds window.api from the channel list: one function per channel, each a plain ipcRenderer.invoke;
// and window.desktop, the shell's own services (printing). No logic and no other imports: a sandboxed
// preload is bundled into one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../../shared/contract/channels';
import { desktopPrintChannel } from '../../shared/contract/shell-channels';

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const name of channelNames) {
  api[name] = (input?: unknown) => ipcRenderer.invoke(name, input ?? {});
}

contextBridge.exposeInMainWorld('api', Object.freeze(api));
contextBridge.exposeInMainWorld(
  'desktop',
  Object.freeze({ print: (request: unknown) => ipcRenderer.invoke(desktopPrintChannel, request) }),
);
