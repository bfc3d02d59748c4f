// Who may speak over IPC. The backend channels and printing answer the app's main page only; the print
// window's messages are taken from the print page only (and, in main, only from a window that has a print
// job). A page of the app that is neither — or anything not on app:// — is refused.
import { isAppUrl } from './navigation';

export type AppPage = 'main' | 'print';

const pagePaths: Record<AppPage, string> = { main: '/index.html', print: '/print.html' };

/** Which of the app's pages a frame shows, judged by its URL; null for anything else. */
export function appPageOf(senderFrameUrl: string | undefined | null): AppPage | null {
  if (typeof senderFrameUrl !== 'string' || !isAppUrl(senderFrameUrl)) return null;
  const pathname = new URL(senderFrameUrl).pathname;
  for (const [page, pagePath] of Object.entries(pagePaths) as Array<[AppPage, string]>) {
    if (pathname === pagePath) return page;
  }
  return null;
}

export function isMainPageSender(senderFrameUrl: string | undefined | null): boolean {
  return appPageOf(senderFrameUrl) === 'main';
}

export function isPrintPageSender(senderFrameUrl: string | undefined | null): boolean {
  return appPageOf(senderFrameUrl) === 'print';
}
