// Every contract channel on ipcMain.handle, behind the sender check. Inputs are validated by the backend.
// A file the backend produces is saved here through the native dialog; the renderer gets the outcome.
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import fs from 'node:fs/promises';
import type { Backend } from '../backend/api/backend';
import { channelNames, fail, type Result } from '../../shared/contract';
import { isTrustedSender } from '../security/ipc-sender';
import { isFileOutput, saveDialogOptions, savedResult } from './file-save';

export function registerChannels(backend: Backend): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url)) return fail('forbidden', '请求来源不受信任');
      const result = await backend.dispatch(channel, input);
      return result.ok && isFileOutput(result.data) ? saveThroughDialog(result.data, BrowserWindow.fromWebContents(event.sender)) : result;
    });
  }
}

async function saveThroughDialog(file: Parameters<typeof savedResult>[0], window: BrowserWindow | null): Promise<Result<unknown>> {
  const options = saveDialogOptions(file, app.getPath('documents'));
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return savedResult(file, undefined);
  try {
    await fs.writeFile(choice.filePath, Buffer.from(file.base64, 'base64'));
  } catch (error) {
    return fail('internal', `文件保存失败：${error instanceof Error ? error.message : String(error)}`);
  }
  return savedResult(file, choice.filePath);
}

export function unregisterChannels(): void {
  for (const channel of channelNames) ipcMain.removeHandler(channel);
}
