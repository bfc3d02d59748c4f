// Opening the PDF with pdf.js. The legacy build, because the desktop app's Chromium may be a few versions
// behind the one pdf.js's modern build targets. Nothing is fetched (our PDFs embed their CJK fonts, so no
// CMaps or standard fonts are needed), and eval stays off because the page's CSP forbids it.
//
// pdf.js parses on this page's own thread, not in a Web Worker: Chromium does not reliably start a worker
// from a custom scheme such as app://, and a print window has nothing else to keep responsive. Importing
// the worker module registers its message handler on globalThis (pdfjsWorker), which pdf.js then uses in
// place of a Worker — the same path in the desktop app, the browser tests and the bench.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A failure whose message is written for the clerk; the page shows it and reports it to the shell. */
export class PrintFailure extends Error {
  override name = 'PrintFailure';
}

export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  const loadingTask = getDocument({
    data: bytes,
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    enableXfa: false,
    // A notice printed with a page half drawn is worse than no print at all: stop on damaged content.
    stopAtErrors: true,
  });
  try {
    const pdf = await loadingTask.promise;
    if (pdf.numPages < 1) throw new PrintFailure('无法读取要打印的文件：文件中没有任何页面');
    return pdf;
  } catch (error) {
    void loadingTask.destroy();
    if (error instanceof PrintFailure) throw error;
    throw new PrintFailure(`无法读取要打印的文件：${readingProblem(error)}`);
  }
}

// pdf.js rebuilds the worker's exceptions on this side by name; not every class is exported, so match names.
function readingProblem(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'InvalidPDFException') return '文件不是有效的 PDF，或已经损坏';
  if (name === 'PasswordException') return '文件有密码保护，无法打印';
  return error instanceof Error ? error.message : String(error);
}
