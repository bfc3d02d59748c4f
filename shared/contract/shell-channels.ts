// The IPC names of the desktop shell's own conversations, apart from the backend channels: printing.
// Names only, like channels.ts, because the sandboxed preloads bundle what they import.

/** Main window → main process: print what a file channel produces (invoke). */
export const desktopPrintChannel = 'desktop:print';

/** Print window ↔ main process (renderer/print.html and its preload). */
export const printWindowChannels = {
  /** invoke: the page asks for the PDF to draw, once. */
  document: 'print:document',
  /** send: pages drawn so far. */
  progress: 'print:progress',
  /** send: every page is drawn; open the system print dialog. */
  ready: 'print:ready',
  /** send: the PDF could not be drawn. */
  failed: 'print:failed',
} as const;
