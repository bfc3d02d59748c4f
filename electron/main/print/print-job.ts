// One print: the PDF a file channel produced, the print window drawing it, the system dialog. The window
// asks for its document once, reports progress, then ready (or failed); only then is the dialog opened.
// A window that stops reporting while drawing is given up after a while, so the main window's promise
// never hangs; once the dialog is open the clerk may take as long as they like. Pure orchestration over a
// small window interface, so every path is tested without Electron.
import type { WebContentsPrintOptions } from 'electron';
import { fail, ok, type Result } from '../../../shared/contract/result';
import type { FileOutput } from '../../../shared/contract/files';
import type {
  PrintDocument,
  PrintFailed,
  PrintOutcome,
  PrintProgress,
  PrintReady,
} from '../../../shared/contract/printing';
import { printDialogEnd, printFailureMessage, printOptionsFor } from './print-options';

/** What the job needs of the print window (electron/main/print/print-window.ts wraps a BrowserWindow). */
export interface PrintWindow {
  /** Opens the system print dialog; resolves with webContents.print's callback arguments. */
  print(options: WebContentsPrintOptions): Promise<{ success: boolean; failureReason: string }>;
  close(): void;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How long the print window may stay silent while drawing before the print is given up. */
export const defaultStallMs = 60_000;

type Phase = 'waiting' | 'drawing' | 'printing' | 'finished';

/** The PDF of a file channel's answer, if it can be printed: one PDF, not a file of a series. */
export function printableDocument(data: unknown): Result<PrintDocument> {
  const file = data as Partial<FileOutput> | null;
  if (typeof file !== 'object' || file === null || !(file.bytes instanceof Uint8Array))
    return fail('internal', '打印：没有生成可打印的文件');
  if (file.batch) return fail('invalid_input', '每个社区一个文件的公示请保存到文件夹，不能直接打印', 'batch');
  if (file.mimeType !== 'application/pdf') return fail('invalid_input', '打印：只能打印PDF文件');
  // A copy of exactly the file's bytes: a Buffer may be a view into a larger pool, all of which the
  // structured clone to the print window would carry.
  const bytes = new Uint8Array(file.bytes);
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-')
    return fail('internal', '打印：生成的文件不是有效的PDF');
  return ok({ title: file.fileName ?? '打印', bytes });
}

export class PrintJob {
  readonly finished: Promise<Result<PrintOutcome>>;
  private phase: Phase = 'waiting';
  private pageCount = 0;
  private stallTimer: unknown = undefined;
  private settle: (result: Result<PrintOutcome>) => void = () => undefined;

  constructor(
    private readonly document: PrintDocument,
    private readonly window: PrintWindow,
    private readonly timers: Timers,
    private readonly stallMs = defaultStallMs,
  ) {
    this.finished = new Promise((resolve) => {
      this.settle = resolve;
    });
    this.armStallTimer();
  }

  /** The page asks for its PDF; a second request (a reload, a stray page) gets nothing. */
  takeDocument(): PrintDocument | null {
    if (this.phase !== 'waiting') return null;
    this.phase = 'drawing';
    this.armStallTimer();
    return this.document;
  }

  /** Returns whether the report was taken; reports out of turn are ignored. */
  progress(report: PrintProgress): boolean {
    if (this.phase !== 'drawing') return false;
    this.pageCount = report.total;
    this.armStallTimer();
    return true;
  }

  ready(report: PrintReady): boolean {
    if (this.phase !== 'drawing') return false;
    this.phase = 'printing';
    this.pageCount = report.pageCount;
    this.disarmStallTimer();
    void this.openDialog(report);
    return true;
  }

  failed(report: PrintFailed): boolean {
    if (this.phase !== 'waiting' && this.phase !== 'drawing') return false;
    this.finish(fail('internal', `无法准备打印：${report.message}`));
    return true;
  }

  /** The clerk closed the print window (or it crashed): whatever was not printed, was not. */
  windowClosed(): void {
    if (this.phase === 'finished') return;
    this.finish(ok(this.outcome(false)), { closeWindow: false });
  }

  private async openDialog(report: PrintReady): Promise<void> {
    let end;
    try {
      const answer = await this.window.print(printOptionsFor(report));
      end = printDialogEnd(answer.success, answer.failureReason);
    } catch (error) {
      end = { kind: 'failed' as const, reason: error instanceof Error ? error.message : String(error) };
    }
    if (end.kind === 'failed') this.finish(fail('internal', printFailureMessage(end.reason)));
    else this.finish(ok(this.outcome(end.kind === 'printed')));
  }

  private outcome(printed: boolean): PrintOutcome {
    return { fileName: this.document.title, pageCount: this.pageCount, printed };
  }

  private armStallTimer(): void {
    this.disarmStallTimer();
    this.stallTimer = this.timers.setTimeout(() => {
      const doing = this.phase === 'waiting' ? '打印窗口未能打开' : '打印窗口长时间没有响应';
      this.finish(fail('internal', `打印已放弃：${doing}，请关闭打印窗口后重试`));
    }, this.stallMs);
  }

  private disarmStallTimer(): void {
    if (this.stallTimer !== undefined) this.timers.clearTimeout(this.stallTimer);
    this.stallTimer = undefined;
  }

  private finish(result: Result<PrintOutcome>, { closeWindow } = { closeWindow: true }): void {
    if (this.phase === 'finished') return;
    this.phase = 'finished';
    this.disarmStallTimer();
    if (closeWindow) this.window.close();
    this.settle(result);
  }
}
