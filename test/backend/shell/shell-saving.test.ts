// The saving glue of electron/main/ipc.ts against a real backend on a real SQLite file and a real folder.
// Electron cannot run here, so its module is a stand-in that plays the save dialog; what is tested is what
// the page is answered when the chosen place cannot be written, or the dialog itself fails: a Chinese
// sentence, and the English detail in the log file the error boxes name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/contract';
import { sessionCaller } from '../../../electron/backend/api/caller';
import { errorLogFileName } from '../../../electron/main/failures/error-log';
import { unexpectedShellFailure } from '../../../electron/main/failures/main-failure';
import { openTestBackend, testPassword, testUsers, type TestBackend } from '../../fixtures/backend';

type Handler = (event: unknown, input?: unknown) => Promise<Result<unknown>>;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const folders = { documents: '', logs: '' };
  const saveDialog: { answer: () => Promise<{ canceled: boolean; filePath?: string }> } = {
    answer: () => Promise.resolve({ canceled: true }),
  };
  return {
    handlers,
    folders,
    saveDialog,
    module: {
      app: { getPath: (name: 'documents' | 'logs') => folders[name] },
      BrowserWindow: { fromWebContents: () => null },
      dialog: { showSaveDialog: () => saveDialog.answer() },
      ipcMain: {
        handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
        removeHandler: (channel: string) => handlers.delete(channel),
      },
    },
  };
});

vi.mock('electron', () => electron.module);

const { registerChannels, unregisterChannels } = await import('../../../electron/main/ipc');

const mainPage = { sender: { id: 7 }, senderFrame: { url: 'app://app/index.html#/lists' } };

function askForTemplate(): Promise<Result<unknown>> {
  return electron.handlers.get('lists.importTemplate')!(mainPage, { kind: 'work_items' });
}

function logText(): string {
  const file = path.join(electron.folders.logs, errorLogFileName);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

describe('saving a produced file from the main window', () => {
  let backend: TestBackend;
  let folder: string;

  beforeEach(async () => {
    backend = await openTestBackend();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-saving-'));
    electron.folders.documents = folder;
    electron.folders.logs = path.join(folder, 'logs');
    const signIn = { login: testUsers.preparer.login, password: testPassword };
    await backend.dispatch('auth.signIn', signIn, sessionCaller(`window:${mainPage.sender.id}`));
    registerChannels(backend);
    // The shell also prints what it logs; the log file is what is checked.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    unregisterChannels();
    backend.dispose();
  });

  it('writes the workbook where the clerk chose', async () => {
    const target = path.join(folder, '模板.xlsx');
    electron.saveDialog.answer = () => Promise.resolve({ canceled: false, filePath: target });
    expect(await askForTemplate()).toMatchObject({ ok: true, data: { savedAs: target, canceled: false } });
    expect(fs.readFileSync(target).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('explains in Chinese a folder that has gone, and logs the English detail', async () => {
    const target = path.join(folder, '已拔出的U盘', '模板.xlsx');
    electron.saveDialog.answer = () => Promise.resolve({ canceled: false, filePath: target });
    const answer = await askForTemplate();
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: `文件保存失败：所选文件夹不存在或已被移除（U 盘是否已拔出？），请重新选择位置。文件：${target}`,
      },
    });
    expect(fs.existsSync(target)).toBe(false);
    expect(logText()).toMatch(/\[save .*模板\.xlsx\] Error: ENOENT: no such file or directory/);
  });

  it('answers a failing dialog in Chinese instead of Electron\'s "Error invoking remote method"', async () => {
    electron.saveDialog.answer = () => Promise.reject(new Error('GTK dialog could not be created'));
    expect(await askForTemplate()).toEqual({
      ok: false,
      error: { code: 'internal', message: unexpectedShellFailure },
    });
    expect(logText()).toContain('[ipc lists.importTemplate] Error: GTK dialog could not be created');
  });

  it('still refuses a page that is not the main page, before any dialog', async () => {
    electron.saveDialog.answer = () => Promise.reject(new Error('no dialog expected'));
    const answer = await electron.handlers.get('lists.importTemplate')!(
      { sender: { id: 7 }, senderFrame: { url: 'app://app/print.html' } },
      { kind: 'work_items' },
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(logText()).toBe('');
  });
});
