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
