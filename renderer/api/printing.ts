// Printing in the desktop app: the shell (window.desktop, from the main window's preload) produces a
// notice's or a form's PDF, opens it in a print window and the system print dialog, and answers once the
// clerk has printed or closed the dialog. Browser mode has no shell; there the same files are downloaded.
import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';
import type { ChannelInput } from '../../shared/contract';
import type { DesktopShell, PrintableChannel, PrintOutcome } from '../../shared/contract/printing';
import { ApiCallError, toApiError, unwrap } from './errors';

declare global {
  interface Window {
    /** Present in the desktop app only (the main window's preload). */
    desktop?: DesktopShell;
  }
}

/** How the clerk takes a notice or a form: to the printer, or as a PDF file (to archive what was posted). */
export type OutputMethod = 'print' | 'save';

/** True in the desktop app, whose shell can send a PDF to the printer. */
export function canPrint(): boolean {
  return window.desktop !== undefined;
}

// The shell has one print window and one system dialog: a second request while one is open would only
// queue behind it or be refused, so the window asks for one at a time.
let printInFlight = false;

/**
 * Sends what `channel` produces for `input` to the printer and tells the clerk how it went; resolves
 * once the shell is done (printed or canceled). A refusal (the channel's own, e.g. a field at fault, or
 * the shell's) is thrown as an ApiCallError, so a form can place it on its field.
 */
export async function printThroughShell<C extends PrintableChannel>(
  channel: C,
  input: ChannelInput<C>,
  message: MessageInstance,
): Promise<PrintOutcome> {
  const shell = window.desktop;
  if (!shell) {
    throw new ApiCallError({ code: 'internal', message: '只有桌面版可以直接打印，请保存为PDF后再打印' });
  }
  if (printInFlight) {
    throw new ApiCallError({ code: 'conflict', message: '正在打印另一份文件，请先完成或取消那次打印' });
  }
  printInFlight = true;
  try {
    const outcome = unwrap(await shell.print({ channel, input }));
    reportPrintOutcome(outcome, message);
    return outcome;
  } finally {
    printInFlight = false;
  }
}

export function reportPrintOutcome(outcome: PrintOutcome, message: MessageInstance): void {
  if (outcome.printed) {
    void message.success(`已发送到打印机：${outcome.fileName}，共${outcome.pageCount}页`);
  } else {
    void message.info('已取消打印');
  }
}

/** Prints through the shell, with failures as a message; `isPending` drives the button's progress. */
export function usePrint<C extends PrintableChannel>(channel: C) {
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => printThroughShell(channel, input, message),
    onError: (error) => void message.error(toApiError(error).message),
  });
}
