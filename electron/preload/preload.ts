// Builds window.api from the channel list: one function per channel, each a plain ipcRenderer.invoke.
// No logic and no other imports: a sandboxed preload is bundled into one CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../../shared/contract/channels';

const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const name of channelNames) {
  api[name] = (input?: unknown) => ipcRenderer.invoke(name, input ?? {});
}

contextBridge.exposeInMainWorld('api', Object.freeze(api));
