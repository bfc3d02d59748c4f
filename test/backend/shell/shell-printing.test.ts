// The printing glue of electron/main (print-ipc.ts, print-window.ts) against a real backend on a real
// SQLite file. Electron itself cannot run on these machines, so its module is replaced by a stand-in that
// records what the shell asks of it (ipcMain handlers, the print window, webContents.print) and lets the
// test play the print page and the system dialog. The job's own decisions are in test/unit.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/contract';
import type { PrintDocument, PrintOutcome } from '../../../shared/contract/printing';
import { desktopPrintChannel, printWindowChannels } from '../../../shared/contract/shell-channels';
import { sessionCaller } from '../../../electron/backend/api/caller';
import { openTestBackend, testPassword, testUsers, type TestBackend } from '../../fixtures/backend';
import { accessRequestInput, communityInput, officeSettingsInput } from '../../fixtures/builders';

type Handler = (event: unknown, payload?: unknown) => unknown;

const electron = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const listeners = new Map<string, Handler[]>();
  const windows: FakeWindow[] = [];
  let nextId = 100;

  class FakeWindow {
    readonly events = new Map<string, Array<(...args: unknown[]) => void>>();
    readonly printCalls: Array<{ options: unknown; callback: (success: boolean, reason: string) => void }> =
      [];
    readonly webContents: {
      id: number;
      print: (options: unknown, cb: (s: boolean, r: string) => void) => void;
    };
    url = '';
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      this.webContents = {
        id: nextId++,
        print: (options, callback) => this.printCalls.push({ options, callback }),
      };
      windows.push(this);
    }
    static fromWebContents(contents: { id: number }) {
      return windows.find((window) => window.webContents.id === contents.id) ?? null;
    }
    setMenu() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    on(name: string, listener: (...args: unknown[]) => void) {
      this.events.set(name, [...(this.events.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: (...args: unknown[]) => void) {
      return this.on(name, listener);
    }
    isDestroyed() {
      return this.closed;
    }
    close() {
      if (this.closed) return;
      this.closed = true;
      for (const listener of this.events.get('closed') ?? []) listener();
    }
  }

  return {
    handlers,
    listeners,
    windows,
    FakeWindow,
    module: {
      BrowserWindow: FakeWindow,
      ipcMain: {
        handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
        removeHandler: (channel: string) => handlers.delete(channel),
        on: (channel: string, listener: Handler) =>
          listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
        removeAllListeners: (channel: string) => listeners.delete(channel),
      },
    },
  };
});

vi.mock('electron', () => electron.module);

const { registerPrinting, unregisterPrinting } = await import('../../../electron/main/print/print-ipc');

const mainPage = { id: 1, url: 'app://app/index.html#/notices' };
const mainWindow = new electron.FakeWindow({});

function eventFrom(sender: { id: number; url: string }) {
  return { sender: { id: sender.id }, senderFrame: { url: sender.url } };
}

function askToPrint(request: unknown, from = { id: mainWindow.webContents.id, url: mainPage.url }) {
  const handler = electron.handlers.get(desktopPrintChannel);
  if (!handler) throw new Error('desktop:print is not registered');
  return handler(eventFrom(from), request) as Promise<Result<PrintOutcome>>;
}

/** Plays the print page: messages as its preload would send them, from the given window. */
function printPage(window: InstanceType<typeof electron.FakeWindow>, url = 'app://app/print.html') {
  const from = eventFrom({ id: window.webContents.id, url });
  const send = (channel: string, report: unknown) => {
    for (const listener of electron.listeners.get(channel) ?? []) listener(from, report);
  };
  return {
    requestDocument: () => electron.handlers.get(printWindowChannels.document)!(from) as PrintDocument | null,
    progress: (report: unknown) => send(printWindowChannels.progress, report),
    ready: (report: unknown) => send(printWindowChannels.ready, report),
    failed: (report: unknown) => send(printWindowChannels.failed, report),
  };
}

/** Lets the awaited backend call and window opening run. */
async function until<T>(condition: () => T | undefined | null | false): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = condition();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out waiting for the shell');
}

/** Asks to print and waits for the print window the shell opens for it. */
async function printWindowFor(request: unknown) {
  const before = electron.windows.length;
  const answer = askToPrint(request);
  const window = await until(() => electron.windows.length > before && electron.windows.at(-1));
  return { answer, window };
}

describe('printing from the main window', () => {
  let backend: TestBackend;
  let communityId: number;
  const noticeRequest = () => ({
    channel: 'lists.notice',
    input: {
      kind: 'two_lists',
      communityId,
      startDate: '2026-03-16',
      workingDays: 5,
      issueDate: '2026-03-15',
    },
  });

  beforeEach(async () => {
    backend = await openTestBackend();
    // The shell calls as the main window's sign-in: 经办人 signs in there, as at the desktop.
    const signIn = { login: testUsers.preparer.login, password: testPassword };
    await backend.dispatch('auth.signIn', signIn, sessionCaller(`window:${mainWindow.webContents.id}`));
    await backend.as('administrator').call('office.update', officeSettingsInput());
    communityId = (await backend.call('communities.create', communityInput({ name: '世纪城' }))).id;
    registerPrinting(backend, '/opt/ledger/print-preload.cjs');
  });

  afterEach(() => {
    for (const window of electron.windows) if (window !== mainWindow) window.close();
    unregisterPrinting();
    backend.dispose();
  });

  it('produces the notice, draws it in a modal print window and opens the system dialog', async () => {
    const { answer, window } = await printWindowFor(noticeRequest());
    expect(window.url).toBe('app://app/print.html');
    expect(window.options).toMatchObject({ parent: mainWindow, modal: true, show: false });
    expect((window.options.webPreferences as Record<string, unknown>).preload).toBe(
      '/opt/ledger/print-preload.cjs',
    );
    expect(String(window.options.title)).toMatch(/^打印：.*世纪城.*\.pdf$/);

    const page = printPage(window);
    const document = page.requestDocument();
    expect(document).not.toBeNull();
    expect(Buffer.from(document!.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(document!.title).toBe(String(window.options.title).slice('打印：'.length));
    expect(page.requestDocument()).toBeNull();

    page.progress({ rendered: 1, total: 2 });
    page.progress({ rendered: 2, total: 2 });
    expect(window.printCalls).toHaveLength(0);
    page.ready({ pageCount: 2, widthMm: 210, heightMm: 297 });
    expect(window.printCalls).toHaveLength(1);
    expect(window.printCalls[0]!.options).toMatchObject({ silent: false, pageSize: 'A4' });

    window.printCalls[0]!.callback(true, '');
    expect(await answer).toEqual({
      ok: true,
      data: { fileName: document!.title, pageCount: 2, printed: true },
    });
    expect(window.closed).toBe(true);
  });

  it('answers "not printed" when the clerk closes the dialog', async () => {
    const { answer, window } = await printWindowFor(noticeRequest());
    const page = printPage(window);
    page.requestDocument();
    page.ready({ pageCount: 1, widthMm: 210, heightMm: 297 });
    window.printCalls[0]!.callback(false, 'cancelled');
    expect(await answer).toMatchObject({ ok: true, data: { printed: false } });
  });

  it('passes the backend refusal through and opens no window', async () => {
    const windowsBefore = electron.windows.length;
    const answer = await askToPrint({
      ...noticeRequest(),
      input: { ...noticeRequest().input, workingDays: 0 },
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'workingDays' } });
    expect(electron.windows.length).toBe(windowsBefore);
  });

  it.each([
    [
      'a channel that is not printable',
      { channel: 'funding.annualReport', input: { year: 2026 } },
      '不支持打印',
    ],
    [
      'a backend channel that changes data',
      { channel: 'communities.delete', input: { id: 1 } },
      '不支持打印',
    ],
    ['an extra field', { channel: 'lists.notice', input: {}, path: '/etc/passwd' }, ''],
  ])('refuses %s before asking the backend', async (_label, request, message) => {
    const answer = await askToPrint(request);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid_input');
      expect(answer.error.message).toContain(message);
    }
  });

  it('refuses a per-community series: those are saved into a folder', async () => {
    const answer = await askToPrint({
      ...noticeRequest(),
      input: { ...noticeRequest().input, batch: { id: 'series-0001', index: 0, total: 3 } },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('每个社区一个文件') },
    });
  });

  it.each([
    ['the print page', 'app://app/print.html'],
    ['another site', 'https://evil.example/index.html'],
    ['a file', 'file:///C:/index.html'],
  ])('refuses a print request from %s', async (_label, url) => {
    const answer = await askToPrint(noticeRequest(), { id: mainWindow.webContents.id, url });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a second print while one is open', async () => {
    const { answer: first, window } = await printWindowFor(noticeRequest());
    expect(await askToPrint(noticeRequest())).toMatchObject({ ok: false, error: { code: 'conflict' } });
    window.close();
    expect(await first).toMatchObject({ ok: true, data: { printed: false } });
  });

  it('takes the print window messages only from the print page of that window, and only well-formed', async () => {
    const { answer, window } = await printWindowFor(noticeRequest());
    // The main page, or another window showing print.html, cannot take the document or drive the job.
    expect(printPage(window, 'app://app/index.html').requestDocument()).toBeNull();
    expect(printPage(mainWindow).requestDocument()).toBeNull();
    const page = printPage(window);
    expect(page.requestDocument()).not.toBeNull();
    printPage(mainWindow).ready({ pageCount: 1, widthMm: 210, heightMm: 297 });
    page.ready({ pageCount: 0, widthMm: 210, heightMm: 297 });
    page.ready({ pageCount: 1, widthMm: 210, heightMm: 297, deviceName: 'evil' });
    page.failed({ message: '' });
    expect(window.printCalls).toHaveLength(0);
    expect(window.closed).toBe(false);

    page.failed({ message: '无法读取要打印的文件' });
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'internal', message: '无法准备打印：无法读取要打印的文件' },
    });
    expect(window.closed).toBe(true);
  });

  it('prints the work-access approval form too', async () => {
    const request = await backend.call('access.submit', accessRequestInput([communityId]));
    const { answer, window } = await printWindowFor({ channel: 'access.form', input: { id: request.id } });
    const page = printPage(window);
    expect(page.requestDocument()?.title).toMatch(/审批表.*\.pdf$/);
    page.ready({ pageCount: 1, widthMm: 210, heightMm: 297 });
    window.printCalls[0]!.callback(true, '');
    expect(await answer).toMatchObject({ ok: true, data: { printed: true, pageCount: 1 } });
  });
});
