// Every contract channel on ipcMain.handle, behind the sender check. Inputs are validated by the backend.
import { ipcMain } from 'electron';
import type { Backend } from '../backend/api/backend';
import { channelNames, fail } from '../../shared/contract';
import { isTrustedSender } from '../security/ipc-sender';

export function registerChannels(backend: Backend): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) return fail('forbidden', '请求来源不受信任');
      return backend.dispatch(channel, input);
    });
  }
}

export function unregisterChannels(): void {
  for (const channel of channelNames) ipcMain.removeHandler(channel);
}
