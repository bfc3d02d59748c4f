// Printing in the desktop app. The main window asks the shell to print what a file channel produces (a
// notice, an approval form); the shell produces the PDF, opens the print window (renderer/print.html)
// with it, and opens the system print dialog once the page reports every sheet drawn. Browser mode has
// no shell and downloads the PDF instead. These are the messages of both conversations, checked on
// arrival in the main process like every other IPC argument.
import { z } from 'zod';
import { printableChannels } from './channels';
import type { Result } from './result';

export type { PrintableChannel } from './channels';

/** A print request names one of `printables` (the channels declared printable); its input is the channel's. */
export function printRequestFor<const P extends readonly string[]>(printables: P) {
  return z
    .object({
      channel: z.enum(printables, { error: '打印：不支持打印这类文件' }),
      input: z.unknown(),
    })
    .strict();
}

export const printRequest = printRequestFor(printableChannels);
export type PrintRequest = z.output<typeof printRequest>;

export interface PrintOutcome {
  fileName: string;
  pageCount: number;
  /** false when the clerk closed the print dialog or the print window without printing. */
  printed: boolean;
}

/** window.desktop: present in the desktop app only (the main window's preload). */
export interface DesktopShell {
  print(request: PrintRequest): Promise<Result<PrintOutcome>>;
}

/** What the print window is given to draw. */
export interface PrintDocument {
  /** The file's suggested name; the page's title, so the printer queue shows it. */
  title: string;
  bytes: Uint8Array;
}

const pageCount = z.int().min(1).max(10_000);
/** A sheet's side in millimetres: anything from a label to A0. */
const sheetSide = z.number().min(20).max(1_200);

export const printProgress = z
  .object({ rendered: z.int().min(0).max(10_000), total: pageCount })
  .strict()
  .refine((report) => report.rendered <= report.total, { message: '打印进度：已绘制页数超过总页数' });
export type PrintProgress = z.output<typeof printProgress>;

/** Every page is drawn; the sheet size is the first page's, which the print dialog is set to. */
export const printReady = z.object({ pageCount, widthMm: sheetSide, heightMm: sheetSide }).strict();
export type PrintReady = z.output<typeof printReady>;

export const printFailed = z.object({ message: z.string().min(1).max(500) }).strict();
export type PrintFailed = z.output<typeof printFailed>;

/** window.printBridge: present in the print window only (its own preload). */
export interface PrintBridge {
  /** The PDF to draw; null when the window has already been given its document. */
  requestDocument(): Promise<PrintDocument | null>;
  progress(report: PrintProgress): void;
  ready(report: PrintReady): void;
  failed(report: PrintFailed): void;
}
