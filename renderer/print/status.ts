// The header the clerk sees while the print window prepares: the document's title, what is happening,
// and a progress bar while pages are drawn. The header is hidden in print (print.css).
export interface PrintStatus {
  showTitle(title: string): void;
  showProgress(rendered: number, total: number): void;
  showReady(pageCount: number): void;
  /** Something the clerk should know that is not a failure (opened outside the print window, reused). */
  showNotice(message: string): void;
  showFailure(message: string): void;
}

function element<T extends HTMLElement>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`print.html 缺少 ${selector}`);
  return found;
}

export function bindStatus(): PrintStatus {
  const title = element<HTMLHeadingElement>('.print-status__title');
  const message = element<HTMLParagraphElement>('.print-status__message');
  const progress = element<HTMLProgressElement>('.print-status__progress');

  function say(text: string, tone: 'working' | 'done' | 'notice' | 'failed'): void {
    message.textContent = text;
    message.dataset.tone = tone;
    // A failure is announced at once by screen readers; the rest is polite status.
    message.setAttribute('role', tone === 'failed' ? 'alert' : 'status');
  }

  return {
    showTitle(text) {
      title.textContent = text;
    },
    showProgress(rendered, total) {
      progress.hidden = false;
      progress.max = total;
      progress.value = rendered;
      // The page being drawn, counted from 1, so the clerk never reads 「第 0 页」.
      say(`正在准备打印：第 ${Math.min(rendered + 1, total)} / ${total} 页`, 'working');
    },
    showReady(pageCount) {
      progress.value = progress.max;
      say(`已准备好 ${pageCount} 页，请在打印对话框中选择打印机`, 'done');
    },
    showNotice(text) {
      progress.hidden = true;
      say(text, 'notice');
    },
    showFailure(text) {
      progress.hidden = true;
      say(text, 'failed');
    },
  };
}
