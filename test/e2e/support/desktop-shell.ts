// A stand-in for the desktop shell's window.desktop in Chromium against the host: it records every print
// request and answers as the shell would, producing the file through the host's API (so an invalid input
// gets the backend's real refusal) without a printer.
import type { Download, Page } from '@playwright/test';
import type { Result } from '../../../shared/contract';
import type { FileAnswer } from '../../../shared/contract/files';
import type { DesktopShell, PrintRequest } from '../../../shared/contract/printing';
import { sessionStorageKey } from '../../../renderer/api/client';
import { hostToken } from '../pages/app';

/** How the stand-in shell answers: printed, the dialog closed, or held until the test releases it. */
export type ShellAnswer = 'printed' | 'canceled' | 'held';

/** What the stand-in leaves on the page for the test to read. */
interface FakeShellWindow {
  desktop: DesktopShell;
  printRequests: PrintRequest[];
  releasePrints: () => void;
}

/** Puts a stand-in window.desktop on every document the page opens, before the app's scripts run. */
export async function emulateDesktopShell(page: Page, answer: ShellAnswer): Promise<void> {
  await page.addInitScript(
    ({ token, sessionKeyName, answer }) => {
      const target = window as unknown as FakeShellWindow;
      const held: (() => void)[] = [];
      target.printRequests = [];
      target.releasePrints = () => held.splice(0).forEach((release) => release());
      target.desktop = {
        async print(request) {
          target.printRequests.push(JSON.parse(JSON.stringify(request)) as PrintRequest);
          if (answer === 'held') await new Promise<void>((resolve) => held.push(resolve));
          // The shell produces the PDF from the same channel; a refusal comes back as it is.
          const response = await fetch(`/api/${request.channel}`, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              Authorization: `Bearer ${token}`,
              // The shell calls as the window's signed-in user, as the renderer does.
              'X-Ledger-Session': window.sessionStorage.getItem(sessionKeyName) ?? '',
            },
            body: JSON.stringify(request.input ?? {}),
          });
          const body = (await response.json()) as Result<FileAnswer>;
          if (!body.ok) return body;
          return {
            ok: true,
            data: { fileName: body.data.fileName, pageCount: 1, printed: answer !== 'canceled' },
          };
        },
      };
    },
    { token: hostToken(), sessionKeyName: sessionStorageKey, answer },
  );
}

export async function printRequests(page: Page): Promise<PrintRequest[]> {
  return page.evaluate(() => (window as unknown as FakeShellWindow).printRequests);
}

/** Every download the page starts from now on. */
export function collectDownloads(page: Page): Download[] {
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  return downloads;
}

/** Lets the held print requests answer. */
export async function releasePrints(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as FakeShellWindow).releasePrints());
}
