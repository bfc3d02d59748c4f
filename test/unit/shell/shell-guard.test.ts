// The wiring of electron/main/failures/guard.ts. Electron cannot run here, so its module is a stand-in that
// records the boxes shown, the quits and the reloads; the guard's handlers are called as Electron and Node
// would call them. The texts themselves are tested in shell-failures.test.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorLogFileName } from '../../../electron/main/failures/error-log';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const state = {
    isPackaged: true,
    isReady: true,
    switches: [] as string[],
    logs: '',
    calls: [] as Array<[string, ...unknown[]]>,
    appListeners: new Map<string, Listener>(),
    boxAnswer: 0,
  };
  const record =
    (name: string, answer?: () => unknown) =>
    (...args: unknown[]) => {
      state.calls.push([name, ...args]);
      return answer?.();
    };
  return {
    state,
    module: {
      app: {
        get isPackaged() {
          return state.isPackaged;
        },
        isReady: () => state.isReady,
        commandLine: { hasSwitch: (name: string) => state.switches.includes(name) },
        getPath: () => state.logs,
        on: (name: string, listener: Listener) => state.appListeners.set(name, listener),
        exit: record('exit'),
        quit: record('quit'),
      },
      BrowserWindow: { fromWebContents: () => null },
      dialog: {
        showErrorBox: record('showErrorBox'),
        showMessageBoxSync: record('showMessageBoxSync', () => 0),
        showMessageBox: record('showMessageBox', () => Promise.resolve({ response: state.boxAnswer })),
      },
    },
  };
});

vi.mock('electron', () => electron.module);

const processEvents = ['uncaughtException', 'unhandledRejection'] as const;
const { state } = electron;
let listenersBefore: Map<string, Listener[]>;

/** process's listeners of an event, typed plainly (Node's overloads do not take a union of names). */
const emitter = process as unknown as NodeJS.EventEmitter;
const listenersOf = (event: string) => emitter.listeners(event) as Listener[];

/** A fresh guard (its burst and quit memory starts empty) from a fresh module. */
async function freshGuard() {
  vi.resetModules();
  return (await import('../../../electron/main/failures/guard')).guardMainProcess;
}

/** The listener the guard added for a process event. */
function added(event: (typeof processEvents)[number]): Listener {
  const listener = listenersOf(event).find((candidate) => !listenersBefore.get(event)?.includes(candidate));
  if (!listener) throw new Error(`no ${event} listener was added`);
  return listener;
}

function callsOf(name: string) {
  return state.calls.filter(([called]) => called === name).map(([, ...args]) => args);
}

beforeEach(() => {
  Object.assign(state, { isPackaged: true, isReady: true, switches: [], calls: [], boxAnswer: 0 });
  state.appListeners.clear();
  state.logs = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-guard-'));
  listenersBefore = new Map(processEvents.map((event) => [event, listenersOf(event)]));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const event of processEvents)
    for (const listener of listenersOf(event))
      if (!listenersBefore.get(event)?.includes(listener)) emitter.off(event, listener);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('guardMainProcess', () => {
  it('refuses a packaged start with --remote-debugging-port: a Chinese box, exit 1, nothing installed', async () => {
    state.switches = ['remote-debugging-port'];
    state.isReady = false;
    expect((await freshGuard())()).toBe(false);
    expect(callsOf('showErrorBox')[0]?.[0]).toBe('程序不能这样启动');
    expect(callsOf('exit')).toEqual([[1]]);
    expect(listenersOf('uncaughtException')).toEqual(listenersBefore.get('uncaughtException'));
  });

  it('lets development start with the same switch', async () => {
    state.switches = ['remote-debugging-port'];
    state.isPackaged = false;
    expect((await freshGuard())()).toBe(true);
    expect(callsOf('exit')).toEqual([]);
  });

  it('meets an uncaught exception with a Chinese box saying 确定, logs it in English and quits once', async () => {
    vi.useFakeTimers();
    (await freshGuard())();
    added('uncaughtException')(new TypeError('Cannot read properties of undefined'));
    const [options] = callsOf('showMessageBoxSync')[0] as [Record<string, unknown>];
    expect(options).toMatchObject({ type: 'error', title: '程序发生意外错误，需要关闭', buttons: ['确定'] });
    expect(String(options.message)).toContain(path.join(state.logs, errorLogFileName));
    expect(callsOf('quit')).toHaveLength(1);
    const log = fs.readFileSync(path.join(state.logs, errorLogFileName), 'utf8');
    expect(log).toContain('[uncaught-exception] TypeError: Cannot read properties of undefined');

    // The shutdown failing in turn is only logged, and the process is ended if quitting hangs.
    added('uncaughtException')(new Error('while closing'));
    expect(callsOf('showMessageBoxSync')).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    expect(callsOf('exit')).toEqual([[1]]);
  });

  it('shows a burst of rejected promises once, and keeps running', async () => {
    (await freshGuard())();
    for (let index = 0; index < 3; index += 1) added('unhandledRejection')(new Error(`rejected ${index}`));
    expect(callsOf('showMessageBoxSync')).toHaveLength(1);
    expect(callsOf('quit')).toEqual([]);
    const log = fs.readFileSync(path.join(state.logs, errorLogFileName), 'utf8');
    expect(log.match(/\[unhandled-rejection\]/g)).toHaveLength(3);
  });

  it('offers to reload the main page when its process ended, and reloads it', async () => {
    (await freshGuard())();
    const reload = vi.fn();
    const contents = { getURL: () => 'app://app/index.html#/fund', isDestroyed: () => false, reload };
    await state.appListeners.get('render-process-gone')?.({}, contents, { reason: 'oom', exitCode: 0 });
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    const [options] = callsOf('showMessageBox')[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      message: '台账页面意外关闭（电脑内存不足）。',
      buttons: ['重新加载', '退出程序'],
    });
  });

  it('quits when the clerk chooses 退出程序', async () => {
    state.boxAnswer = 1;
    (await freshGuard())();
    const contents = { getURL: () => 'app://app/index.html', isDestroyed: () => false, reload: vi.fn() };
    await state.appListeners.get('render-process-gone')?.({}, contents, { reason: 'crashed', exitCode: 11 });
    await vi.waitFor(() => expect(callsOf('quit')).toHaveLength(1));
    expect(contents.reload).not.toHaveBeenCalled();
  });
});
