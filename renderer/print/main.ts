// The print window's page: asks the shell for the PDF, draws every page as an image, sets the paper
// size, and tells the shell it may open the system print dialog. Everything the clerk needs to know is
// on screen too, because the shell may show this window while it waits.
import './print.css';
import { findPrintBridge } from './bridge';
import { drawSheets } from './draw-sheets';
import { openPdf, PrintFailure } from './pdf-document';
import { applyPaperSize } from './sheet-size';
import { bindStatus } from './status';

/** The contract caps a failure message at 500 characters. */
const maxMessageLength = 500;

async function preparePrint(): Promise<void> {
  const status = bindStatus();
  const bridge = findPrintBridge();
  if (!bridge) {
    status.showNotice('此页面只在桌面程序打印时使用：请在「街道社区经费台账」中点击打印。');
    return;
  }
  try {
    const printDocument = await bridge.requestDocument().catch((error: unknown) => {
      throw new PrintFailure(`无法取得要打印的文件：${describe(error)}`);
    });
    if (!printDocument) {
      status.showNotice('此打印窗口已使用过，请关闭后重新打印。');
      return;
    }
    document.title = printDocument.title;
    status.showTitle(printDocument.title);

    const pdf = await openPdf(printDocument.bytes);
    status.showProgress(0, pdf.numPages);
    const container = document.querySelector<HTMLElement>('.sheets')!;
    const drawn = await drawSheets(pdf, container, (rendered, total) => {
      status.showProgress(rendered, total);
      bridge.progress({ rendered, total });
    }).finally(() => pdf.destroy());

    applyPaperSize(drawn.firstSheet);
    status.showReady(drawn.pageCount);
    bridge.ready({ pageCount: drawn.pageCount, ...drawn.firstSheet });
  } catch (error) {
    const message = (
      error instanceof PrintFailure ? error.message : `打印准备失败：${describe(error)}`
    ).slice(0, maxMessageLength);
    status.showFailure(message);
    bridge.failed({ message });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

void preparePrint();
