// What the system print dialog is opened with, from the sheet size the print page measured. Pure, so it
// is tested without Electron. The page has already laid out every sheet at its exact size with no margin,
// so the printer must add none and print the images (backgrounds) as they are.
import type { WebContentsPrintOptions } from 'electron';
import type { PrintReady } from '../../../shared/contract/printing';

const a4 = { shortMm: 210, longMm: 297 };
/** A measured A4 sheet is off by a fraction of a millimetre (points are rounded); more means another size. */
const toleranceMm = 1;

function isA4(shortMm: number, longMm: number): boolean {
  return Math.abs(shortMm - a4.shortMm) <= toleranceMm && Math.abs(longMm - a4.longMm) <= toleranceMm;
}

export function printOptionsFor(sheet: Pick<PrintReady, 'widthMm' | 'heightMm'>): WebContentsPrintOptions {
  const landscape = sheet.widthMm > sheet.heightMm;
  const shortMm = Math.min(sheet.widthMm, sheet.heightMm);
  const longMm = Math.max(sheet.widthMm, sheet.heightMm);
  return {
    // The clerk chooses the printer, copies and pages in the system dialog.
    silent: false,
    printBackground: true,
    color: true,
    landscape,
    margins: { marginType: 'none' },
    // A named size lets the dialog preselect the printer's own A4 tray; other sizes go in microns.
    pageSize: isA4(shortMm, longMm)
      ? 'A4'
      : { width: Math.round(shortMm * 1000), height: Math.round(longMm * 1000) },
  };
}

export type PrintDialogEnd = { kind: 'printed' } | { kind: 'canceled' } | { kind: 'failed'; reason: string };

/**
 * webContents.print's callback says (success, failureReason); Electron reports a closed dialog as the
 * reason 'cancelled' (older versions: 'Print job canceled'), which is the clerk's choice, not an error.
 */
export function printDialogEnd(success: boolean, failureReason: string): PrintDialogEnd {
  if (success) return { kind: 'printed' };
  if (/cancel/i.test(failureReason)) return { kind: 'canceled' };
  return { kind: 'failed', reason: failureReason || '未知原因' };
}

/** Chromium's English reasons for a failed print, in the clerk's words (matched loosely: they vary by version). */
const printFailures: Array<[RegExp, string]> = [
  [/invalid printer settings/i, '打印机设置无效，请在打印对话框中重新选择打印机和纸张后重试'],
  [
    /device ?name|printer.*not found|no printer/i,
    '找不到所选的打印机，请检查打印机是否已连接、驱动是否已安装后重试',
  ],
  [/destroyed|closed/i, '打印窗口已关闭，没有打印，请重新打印'],
  [/^(print job )?failed$|^未知原因$|^$/i, '打印机没有完成打印，请检查打印机是否开机、有纸、没有卡纸后重试'],
];

/** The refusal for a failed print; a reason not known here is kept for support after the Chinese advice. */
export function printFailureMessage(reason: string): string {
  const known = printFailures.find(([pattern]) => pattern.test(reason.trim()));
  if (known) return `打印失败：${known[1]}`;
  return `打印失败：打印机没有完成打印，请检查打印机后重试（系统提示：${reason}）`;
}
