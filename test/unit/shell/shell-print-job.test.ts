import { describe, expect, it } from 'vitest';
import type { WebContentsPrintOptions } from 'electron';
import {
  PrintJob,
  printableDocument,
  type PrintWindow,
  type Timers,
} from '../../../electron/main/print/print-job';
import {
  printDialogEnd,
  printFailureMessage,
  printOptionsFor,
} from '../../../electron/main/print/print-options';
import type { PrintDocument } from '../../../shared/contract/printing';

const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%%EOF\n');
const document: PrintDocument = { title: '社区工作经费公示-世纪城.pdf', bytes: pdfBytes };
const a4 = { pageCount: 3, widthMm: 210.0015, heightMm: 296.9983 };

/** A print window that records what the job asks of it; `answer` is what its print dialog ends with. */
function windowDouble(answer: { success: boolean; failureReason: string } | Error) {
  const calls = { print: [] as WebContentsPrintOptions[], close: 0 };
  let endDialog: () => void = () => undefined;
  const window: PrintWindow = {
    print: (options) => {
      calls.print.push(options);
      return new Promise((resolve, reject) => {
        endDialog = () => (answer instanceof Error ? reject(answer) : resolve(answer));
      });
    },
    close: () => {
      calls.close += 1;
    },
  };
  return { window, calls, endDialog: () => endDialog() };
}

/** Timers the test fires by hand: `fire()` runs the one pending callback, as if the time had passed. */
function manualTimers() {
  let pending: { callback: () => void; ms: number; handle: number } | null = null;
  let next = 1;
  const timers: Timers = {
    setTimeout: (callback, ms) => {
      pending = { callback, ms, handle: next++ };
      return pending.handle;
    },
    clearTimeout: (handle) => {
      if (pending?.handle === handle) pending = null;
    },
  };
  return {
    timers,
    pendingMs: () => pending?.ms ?? null,
    fire: () => {
      const due = pending;
      pending = null;
      due?.callback();
    },
  };
}

async function settled<T>(promise: Promise<T>): Promise<T | 'pending'> {
  return Promise.race([
    promise,
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 20)),
  ]);
}

describe('PrintJob', () => {
  it('hands over the document once, opens the dialog when every page is drawn, and reports the print', async () => {
    const { window, calls, endDialog } = windowDouble({ success: true, failureReason: '' });
    const clock = manualTimers();
    const job = new PrintJob(document, window, clock.timers, 5_000);

    expect(job.takeDocument()).toBe(document);
    expect(job.takeDocument()).toBeNull();
    expect(job.progress({ rendered: 1, total: 3 })).toBe(true);
    expect(job.progress({ rendered: 3, total: 3 })).toBe(true);
    expect(calls.print).toHaveLength(0);
    expect(job.ready(a4)).toBe(true);
    expect(calls.print).toEqual([
      expect.objectContaining({ silent: false, pageSize: 'A4', landscape: false }),
    ]);
    expect(clock.pendingMs()).toBeNull(); // the dialog may stay open as long as the clerk likes
    expect(await settled(job.finished)).toBe('pending');

    endDialog();
    expect(await job.finished).toEqual({
      ok: true,
      data: { fileName: '社区工作经费公示-世纪城.pdf', pageCount: 3, printed: true },
    });
    expect(calls.close).toBe(1);
  });

  it('reports a closed print dialog as not printed, not as an error', async () => {
    const { window, calls, endDialog } = windowDouble({ success: false, failureReason: 'cancelled' });
    const job = new PrintJob(document, window, manualTimers().timers);
    job.takeDocument();
    job.ready(a4);
    endDialog();
    expect(await job.finished).toEqual({
      ok: true,
      data: { fileName: document.title, pageCount: 3, printed: false },
    });
    expect(calls.close).toBe(1);
  });

  it.each([
    [
      { success: false, failureReason: 'Print job failed' },
      '打印失败：打印机没有完成打印，请检查打印机是否开机、有纸、没有卡纸后重试',
    ],
    [
      { success: false, failureReason: 'Invalid printer settings' },
      '打印失败：打印机设置无效，请在打印对话框中重新选择打印机和纸张后重试',
    ],
    [
      { success: false, failureReason: 'Spooler service stopped' },
      '打印失败：打印机没有完成打印，请检查打印机后重试（系统提示：Spooler service stopped）',
    ],
    [new Error('webContents destroyed'), '打印失败：打印窗口已关闭，没有打印，请重新打印'],
  ])('turns a failed print (%o) into a Chinese error and closes the window', async (answer, message) => {
    const { window, calls, endDialog } = windowDouble(answer);
    const job = new PrintJob(document, window, manualTimers().timers);
    job.takeDocument();
    job.ready(a4);
    endDialog();
    expect(await job.finished).toEqual({ ok: false, error: { code: 'internal', message } });
    expect(calls.close).toBe(1);
  });

  it('gives up with a message when the page reports that it cannot draw the PDF', async () => {
    const { window, calls } = windowDouble({ success: true, failureReason: '' });
    const job = new PrintJob(document, window, manualTimers().timers);
    job.takeDocument();
    expect(job.failed({ message: '无法读取要打印的文件：Invalid PDF structure' })).toBe(true);
    expect(await job.finished).toEqual({
      ok: false,
      error: { code: 'internal', message: '无法准备打印：无法读取要打印的文件：Invalid PDF structure' },
    });
    expect(calls.print).toHaveLength(0);
    expect(calls.close).toBe(1);
  });

  it('ignores messages out of turn: progress or ready before the document, anything after the dialog', async () => {
    const { window, calls, endDialog } = windowDouble({ success: true, failureReason: '' });
    const job = new PrintJob(document, window, manualTimers().timers);
    expect(job.progress({ rendered: 1, total: 3 })).toBe(false);
    expect(job.ready(a4)).toBe(false);
    expect(calls.print).toHaveLength(0);
    job.takeDocument();
    expect(job.ready(a4)).toBe(true);
    expect(job.ready(a4)).toBe(false);
    expect(job.progress({ rendered: 2, total: 3 })).toBe(false);
    expect(job.failed({ message: '迟到的错误' })).toBe(false);
    expect(calls.print).toHaveLength(1);
    endDialog();
    expect((await job.finished).ok).toBe(true);
  });

  it('answers "not printed" without closing again when the clerk closes the print window', async () => {
    const { window, calls } = windowDouble({ success: true, failureReason: '' });
    const job = new PrintJob(document, window, manualTimers().timers);
    job.takeDocument();
    job.progress({ rendered: 2, total: 5 });
    job.windowClosed();
    expect(await job.finished).toEqual({
      ok: true,
      data: { fileName: document.title, pageCount: 5, printed: false },
    });
    expect(calls.close).toBe(0);
    expect(job.ready(a4)).toBe(false);
  });

  it('gives up when the window never asks for its document', async () => {
    const { window, calls } = windowDouble({ success: true, failureReason: '' });
    const clock = manualTimers();
    const job = new PrintJob(document, window, clock.timers, 5_000);
    expect(clock.pendingMs()).toBe(5_000);
    clock.fire();
    expect(await job.finished).toEqual({
      ok: false,
      error: { code: 'internal', message: '打印已放弃：打印窗口未能打开，请关闭打印窗口后重试' },
    });
    expect(calls.close).toBe(1);
    expect(job.takeDocument()).toBeNull();
  });

  it('waits as long as the page keeps reporting progress, and gives up when it falls silent', async () => {
    const { window } = windowDouble({ success: true, failureReason: '' });
    const clock = manualTimers();
    const job = new PrintJob(document, window, clock.timers, 5_000);
    job.takeDocument();
    for (let page = 1; page <= 3; page += 1) {
      // Each report re-arms the timer, so a long document is never cut off while it advances.
      expect(clock.pendingMs()).toBe(5_000);
      job.progress({ rendered: page, total: 10 });
    }
    expect(await settled(job.finished)).toBe('pending');
    clock.fire();
    expect(await job.finished).toEqual({
      ok: false,
      error: { code: 'internal', message: '打印已放弃：打印窗口长时间没有响应，请关闭打印窗口后重试' },
    });
  });
});

describe('printableDocument', () => {
  const file = { fileName: '公示.pdf', mimeType: 'application/pdf', bytes: new Uint8Array(pdfBytes) };

  it('takes a produced PDF as the document to print', () => {
    const result = printableDocument(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.title).toBe('公示.pdf');
    expect(Buffer.from(result.data.bytes).toString('latin1')).toBe('%PDF-1.7\n%%EOF\n');
  });

  it.each([
    [
      'a file of a per-community series',
      { ...file, batch: { id: 'x', index: 0, total: 3 } },
      '每个社区一个文件',
    ],
    ['a workbook', { ...file, mimeType: 'application/vnd.ms-excel', fileName: 'a.xlsx' }, '只能打印PDF'],
    [
      'bytes that are not a PDF',
      { ...file, bytes: new Uint8Array(Buffer.from('PK\u0003\u0004')) },
      '不是有效的PDF',
    ],
    ['no file at all', null, '没有生成可打印的文件'],
    ['an answer without bytes', { fileName: 'a.pdf' }, '没有生成可打印的文件'],
  ])('refuses %s', (_label, data, message) => {
    const result = printableDocument(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(message);
  });
});

describe('printOptionsFor', () => {
  it('opens the system dialog for an A4 portrait sheet without margins', () => {
    expect(printOptionsFor({ widthMm: 209.9, heightMm: 297.04 })).toEqual({
      silent: false,
      printBackground: true,
      color: true,
      landscape: false,
      margins: { marginType: 'none' },
      pageSize: 'A4',
    });
  });

  it('turns A4 landscape into A4 with landscape set', () => {
    expect(printOptionsFor({ widthMm: 297, heightMm: 210 })).toMatchObject({
      pageSize: 'A4',
      landscape: true,
    });
  });

  it('gives any other sheet in microns, short side as width', () => {
    expect(printOptionsFor({ widthMm: 250, heightMm: 176 })).toMatchObject({
      pageSize: { width: 176_000, height: 250_000 },
      landscape: true,
    });
    expect(printOptionsFor({ widthMm: 212, heightMm: 297 }).pageSize).toEqual({
      width: 212_000,
      height: 297_000,
    });
  });
});

describe('printDialogEnd', () => {
  it.each([
    [true, '', { kind: 'printed' }],
    [false, 'cancelled', { kind: 'canceled' }],
    [false, 'Print job canceled', { kind: 'canceled' }],
    [false, 'Print job failed', { kind: 'failed', reason: 'Print job failed' }],
    [false, '', { kind: 'failed', reason: '未知原因' }],
  ])('(%s, %j) is %j', (success, reason, end) => {
    expect(printDialogEnd(success, reason)).toEqual(end);
  });
});

describe('printFailureMessage', () => {
  it.each([
    ['Invalid printer settings', '打印机设置无效'],
    ['Invalid deviceName provided', '找不到所选的打印机'],
    ['failed', '打印机没有完成打印'],
    ['未知原因', '打印机没有完成打印'],
  ])('says %j in Chinese, without the English', (reason, words) => {
    const message = printFailureMessage(reason);
    expect(message).toMatch(/^打印失败：/);
    expect(message).toContain(words);
    expect(message).not.toMatch(/[A-Za-z]/);
  });

  it('keeps a reason it does not know for support, after the Chinese advice', () => {
    expect(printFailureMessage('Printer is out of toner')).toBe(
      '打印失败：打印机没有完成打印，请检查打印机后重试（系统提示：Printer is out of toner）',
    );
  });
});
