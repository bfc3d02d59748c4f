// Every contract channel on ipcMain.handle, answering the main page only. Inputs are validated by the backend.
// A file channel's bytes (its kind says so, see shared/contract/channels.ts) are written here to the file
// chosen in a native dialog; the renderer gets the outcome only.
// A series of files (one notice per community) asks for a folder once and saves them all into it.
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import type { Backend } from '../backend/api/backend';
import { answersWithFile, channelNames, fail, type ChannelName, type Result } from '../../shared/contract';
import type { FileOutput } from '../../shared/contract/files';
import { isMainPageSender } from '../security/ipc-sender';
import { desktopCaller } from './desktop-caller';
import { logMainError } from './failures/guard';
import { unexpectedShellFailure } from './failures/main-failure';
import { batchFilePath, saveDialogOptions, savedResult, saveFailureMessage } from './file-save';

/** Folder chosen for each series in progress; null when the clerk declined to choose one. */
const batchFolders = new Map<string, string | null>();

export function registerChannels(backend: Backend): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isMainPageSender(event.senderFrame?.url)) return fail('forbidden', '请求来源不受信任');
      // A throw here would reach the page as Electron's English "Error invoking remote method".
      try {
        return await answer(backend, channel, event, input);
      } catch (error) {
        logMainError(`ipc ${channel}`, error);
        return fail('internal', unexpectedShellFailure);
      }
    });
  }
}

async function answer(
  backend: Backend,
  channel: ChannelName,
  event: IpcMainInvokeEvent,
  input: unknown,
): Promise<Result<unknown>> {
  const result = await backend.dispatch(channel, input, desktopCaller(event));
  if (!result.ok || !answersWithFile(channel)) return result;
  const file = result.data as FileOutput;
  const window = BrowserWindow.fromWebContents(event.sender);
  return file.batch ? saveIntoBatchFolder(file, window) : saveThroughDialog(file, window);
}

async function saveThroughDialog(file: FileOutput, window: BrowserWindow | null): Promise<Result<unknown>> {
  const options = saveDialogOptions(file, app.getPath('documents'));
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return savedResult(file, undefined);
  return writeFile(file, choice.filePath);
}

async function saveIntoBatchFolder(file: FileOutput, window: BrowserWindow | null): Promise<Result<unknown>> {
  const batch = file.batch!;
  if (batch.index === 0 || !batchFolders.has(batch.id))
    batchFolders.set(batch.id, await chooseFolder(window));
  const folder = batchFolders.get(batch.id) ?? null;
  if (batch.index === batch.total - 1) batchFolders.delete(batch.id);
  if (folder === null) return savedResult(file, undefined);
  return writeFile(file, batchFilePath(folder, file.fileName, fs.existsSync));
}

async function chooseFolder(window: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: '选择保存公示的文件夹',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory' as const, 'createDirectory' as const],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

async function writeFile(file: FileOutput, target: string): Promise<Result<unknown>> {
  try {
    await fs.promises.writeFile(target, file.bytes);
  } catch (error) {
    logMainError(`save ${target}`, error);
    return fail('internal', saveFailureMessage(error, target));
  }
  return savedResult(file, target);
}

export function unregisterChannels(): void {
  for (const channel of channelNames) ipcMain.removeHandler(channel);
}
