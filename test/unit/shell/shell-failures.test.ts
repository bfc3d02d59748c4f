// The main process's last line (electron/main/failures, app-protocol-answers.ts): what the clerk reads
// when something nothing caught goes wrong, and the English detail kept for support in the log file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { notFoundAnswer, serverErrorAnswer } from '../../../electron/main/app-protocol-answers';
import { appendErrorLog, errorLogEntry, errorLogFileName } from '../../../electron/main/failures/error-log';
import {
  mainFailureResponse,
  rejectionBoxIntervalMs,
  unexpectedShellFailure,
} from '../../../electron/main/failures/main-failure';
import { rendererGoneBox } from '../../../electron/main/failures/renderer-gone';

const cjk = /[\u4e00-\u9fff]/;
const logPath = '/home/clerk/.config/街道社区经费台账/logs/main-errors.log';

describe('mainFailureResponse', () => {
  it('closes the ledger and quits after an uncaught exception, saying saved data is safe and where the log is', () => {
    const response = mainFailureResponse(
      'uncaught-exception',
      new TypeError('x is undefined'),
      logPath,
      null,
    );
    expect(response.quit).toBe(true);
    expect(response.box?.title).toBe('程序发生意外错误，需要关闭');
    expect(response.box?.content).toContain('已保存的数据不受影响');
    expect(response.box?.content).toContain(`错误详情已记录在：${logPath}`);
    expect(response.box?.content).not.toContain('x is undefined');
  });

  it('shows every uncaught exception, even right after another box', () => {
    expect(mainFailureResponse('uncaught-exception', new Error('again'), logPath, 10).box).not.toBeNull();
  });

  it('keeps running after a rejected promise, saying the last operation may not have finished', () => {
    const response = mainFailureResponse('unhandled-rejection', new Error('dialog gone'), logPath, null);
    expect(response.quit).toBe(false);
    expect(response.box?.title).toBe('操作可能没有完成');
    expect(response.box?.content).toContain('刚才的操作可能没有完成');
    expect(response.box?.content).not.toContain('dialog gone');
  });

  it('only logs a burst of rejections after the first box, and shows one again after a while', () => {
    const error = new Error('again');
    expect(mainFailureResponse('unhandled-rejection', error, logPath, 5_000).box).toBeNull();
    expect(
      mainFailureResponse('unhandled-rejection', error, logPath, rejectionBoxIntervalMs).box,
    ).not.toBeNull();
  });

  it('only logs a page load cut short by a reload (ERR_ABORTED)', () => {
    const aborted = Object.assign(new Error("ERR_ABORTED (-3) loading 'app://app/index.html'"), {
      code: 'ERR_ABORTED',
    });
    expect(mainFailureResponse('unhandled-rejection', aborted, logPath, null)).toEqual({
      box: null,
      quit: false,
    });
  });

  it('answers a shell failure over IPC in Chinese', () => {
    expect(unexpectedShellFailure).toMatch(/^操作没有完成：程序内部错误，已记录。/);
  });
});

describe('the error log', () => {
  it('appends the English detail with the time and where it happened, creating the folder', () => {
    const logDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-log-')), 'logs');
    const now = new Date('2026-03-02T01:02:03.000Z');
    const first = new RangeError('Invalid array length');
    const file = appendErrorLog(logDir, errorLogEntry('uncaught-exception', first, now));
    appendErrorLog(logDir, errorLogEntry('unhandled-rejection', 'a plain reason', now));
    expect(file).toBe(path.join(logDir, errorLogFileName));
    const lines = fs.readFileSync(file, 'utf8');
    expect(lines).toMatch(
      /^2026-03-02T01:02:03\.000Z \[uncaught-exception\] RangeError: Invalid array length\n\s+at /,
    );
    expect(lines).toContain('2026-03-02T01:02:03.000Z [unhandled-rejection] a plain reason\n');
  });

  it('still names the file when it cannot be written, so the box is shown all the same', () => {
    const blocker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-log-')), 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(appendErrorLog(blocker, 'entry\n')).toBe(path.join(blocker, errorLogFileName));
    } finally {
      console.error = original;
    }
  });
});

describe('rendererGoneBox', () => {
  it.each([
    'crashed',
    'oom',
    'killed',
    'abnormal-exit',
    'launch-failed',
    'integrity-failure',
    'memory-eviction',
  ])('offers to reload the main page after %s, in Chinese', (reason) => {
    const box = rendererGoneBox(reason, 'app://app/index.html#/fund');
    expect(box?.options.buttons).toEqual(['重新加载', '退出程序']);
    expect(box?.actions).toEqual(['reload', 'quit']);
    expect(box?.options.message).toMatch(/^台账页面意外关闭（[^a-z]+）。$/);
    expect(box?.options.detail).toContain('已保存的数据不受影响');
  });

  it('closes a print window that ended, reporting that nothing was printed', () => {
    const box = rendererGoneBox('crashed', 'app://app/print.html');
    expect(box?.options.message).toBe('打印窗口意外关闭（页面进程崩溃），没有打印。');
    expect(box?.actions).toEqual(['close']);
  });

  it('says so when the reason is one Electron has added since', () => {
    expect(rendererGoneBox('new-reason', 'app://app/index.html')?.options.message).toContain('原因不明');
  });

  it.each([
    ['clean-exit', 'app://app/index.html'],
    ['crashed', 'https://example.com/'],
    ['crashed', 'devtools://devtools/bundled/inspector.html'],
  ])('shows nothing for %s on %s', (reason, url) => {
    expect(rendererGoneBox(reason, url)).toBeNull();
  });
});

describe('the app:// answers without a page', () => {
  it.each([
    [notFoundAnswer(), 404],
    [serverErrorAnswer(), 500],
  ])('answer %#: status %s, plain Chinese text', async (answer, status) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await answer.text();
    expect(text).toMatch(cjk);
    expect(text).not.toMatch(/[A-Za-z]/);
  });
});
