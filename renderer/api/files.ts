// Files in and out of the renderer, which never sees a path. An export arrives as bytes and a suggested
// name: the desktop shell has already saved it through its native dialog (`savedAs`), while in browser
// mode the bytes are handed to the browser as a download. A series of files (one notice per community) is
// saved into one folder by the desktop shell, and downloaded as one zip in browser mode. An upload is read
// here and sent as base64.
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { ChannelInput, FileChannel } from '../../shared/contract';
import type { FileAnswer } from '../../shared/contract/files';
import { call } from './client';
import { toApiError } from './errors';
import { zipArchive } from './zip-archive';

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The file's bytes as base64, for an upload channel (`funding.importHouseholds`). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // btoa takes a "binary string"; build it in chunks so a large file does not overflow the call stack.
  const chunkSize = 0x8000;
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunkSize));
  }
  return btoa(binary);
}

function downloadInBrowser(file: FileAnswer): void {
  downloadBytes(base64ToBytes(file.base64 ?? ''), file.fileName, file.mimeType);
}

function downloadBytes(bytes: Uint8Array<ArrayBuffer>, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken its own reference once the download starts; the URL can go a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Hands a produced file to the clerk: 「已保存：…」 when the desktop shell saved it (or 已取消保存 when its
 * dialog was closed), otherwise a browser download. `message` is the App's instance (App.useApp), so the
 * notice follows the app's theme.
 */
export function deliverFile(file: FileAnswer, message: MessageInstance): void {
  if (file.canceled) {
    void message.info('已取消保存');
    return;
  }
  if (file.savedAs) {
    void message.success(`已保存：${file.savedAs}`);
    return;
  }
  downloadInBrowser(file);
  void message.success(`已下载：${file.fileName}`);
}

/** Whether the desktop shell saves each file of a series as it arrives; in browser mode they are zipped. */
export function shellSavesSeries(): boolean {
  return window.api !== undefined;
}

/** Browser mode: the files of a series, in order, as one zip download named `zipName`. */
export function deliverSeriesAsZip(files: FileAnswer[], zipName: string, message: MessageInstance): void {
  const entries = files.map((file) => ({ name: file.fileName, bytes: base64ToBytes(file.base64 ?? '') }));
  downloadBytes(zipArchive(entries, new Date()), zipName, 'application/zip');
  void message.success(`已下载：${zipName}（${files.length} 个文件）`);
}

/** Runs a file channel and delivers its answer; `isPending` drives the button's progress. */
export function useFileOutput<C extends FileChannel>(channel: C) {
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (input: ChannelInput<C>): Promise<FileAnswer> => call(channel, input),
    onSuccess: (file) => deliverFile(file, message),
    onError: (error) => void message.error(toApiError(error).message),
  });
}
