// Printing over IPC. The main page asks `desktop:print` with a printable channel and its input; the
// backend produces the PDF exactly as for saving, a print window draws it and the system dialog opens;
// the answer comes once the clerk has printed or closed the dialog. The print window's own messages are
// checked (sender page, its job, the message's schema) before they reach the job.
import { desktopCaller } from '../desktop-caller';
import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { Backend } from '../../backend/api/backend';
import { fail, type Result } from '../../../shared/contract/result';
import {
  printFailed,
  printProgress,
  printReady,
  printRequest,
  type PrintOutcome,
  type PrintRequest,
} from '../../../shared/contract/printing';
import { desktopPrintChannel, printWindowChannels } from '../../../shared/contract/shell-channels';
import { isMainPageSender, isPrintPageSender } from '../../security/ipc-sender';
import { logMainError } from '../failures/guard';
import { unexpectedShellFailure } from '../failures/main-failure';
import { PrintJob, printableDocument } from './print-job';
import { openPrintWindow } from './print-window';

/** Jobs by the print window's webContents id; at most one, since the print window is modal. */
const jobs = new Map<number, PrintJob>();
/** Set from the request until its answer, so a second request cannot start while the PDF is produced. */
let printing = false;

const timers = {
  setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
};

function invalid(error: z.ZodError): Result<never> {
  const issue = error.issues[0];
  return fail('invalid_input', issue?.message ?? '打印：请求不正确');
}

async function print(
  backend: Backend,
  preloadPath: string,
  event: IpcMainInvokeEvent,
  request: unknown,
): Promise<Result<PrintOutcome>> {
  if (!isMainPageSender(event.senderFrame?.url)) return fail('forbidden', '请求来源不受信任');
  const parsed = printRequest.safeParse(request);
  if (!parsed.success) return invalid(parsed.error);
  if (printing) return fail('conflict', '已有文件正在打印，请先完成或关闭打印窗口');
  printing = true;
  try {
    return await printProduced(backend, preloadPath, event, parsed.data);
  } catch (error) {
    // A throw would reach the page as Electron's English "Error invoking remote method".
    logMainError('print', error);
    return fail('internal', unexpectedShellFailure);
  } finally {
    printing = false;
  }
}

async function printProduced(
  backend: Backend,
  preloadPath: string,
  event: IpcMainInvokeEvent,
  request: PrintRequest,
): Promise<Result<PrintOutcome>> {
  const produced = await backend.dispatch(request.channel, request.input, desktopCaller(event));
  if (!produced.ok) return produced;
  const document = printableDocument(produced.data);
  if (!document.ok) return document;

  const parent = BrowserWindow.fromWebContents(event.sender);
  const { window, port } = openPrintWindow(preloadPath, document.data.title, parent);
  const id = window.webContents.id;
  const job = new PrintJob(document.data, port, timers);
  jobs.set(id, job);
  window.on('closed', () => {
    job.windowClosed();
    jobs.delete(id);
  });
  return job.finished;
}

/** The job of the print window that sent this, or null for any other sender. */
function jobOf(event: IpcMainEvent | IpcMainInvokeEvent): PrintJob | null {
  if (!isPrintPageSender(event.senderFrame?.url)) return null;
  return jobs.get(event.sender.id) ?? null;
}

function onPrintWindow<S extends z.ZodType>(
  channel: string,
  schema: S,
  deliver: (job: PrintJob, report: z.output<S>) => void,
): void {
  ipcMain.on(channel, (event, report: unknown) => {
    const job = jobOf(event);
    const parsed = schema.safeParse(report);
    if (job && parsed.success) deliver(job, parsed.data);
  });
}

export function registerPrinting(backend: Backend, printPreloadPath: string): void {
  ipcMain.handle(desktopPrintChannel, (event, request: unknown) =>
    print(backend, printPreloadPath, event, request),
  );
  ipcMain.handle(printWindowChannels.document, (event) => jobOf(event)?.takeDocument() ?? null);
  onPrintWindow(printWindowChannels.progress, printProgress, (job, report) => job.progress(report));
  onPrintWindow(printWindowChannels.ready, printReady, (job, report) => job.ready(report));
  onPrintWindow(printWindowChannels.failed, printFailed, (job, report) => job.failed(report));
}

export function unregisterPrinting(): void {
  ipcMain.removeHandler(desktopPrintChannel);
  ipcMain.removeHandler(printWindowChannels.document);
  for (const channel of [printWindowChannels.progress, printWindowChannels.ready, printWindowChannels.failed])
    ipcMain.removeAllListeners(channel);
}
