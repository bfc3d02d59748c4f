// Bench case: the print window preparing a 200-page two-list notice (100 communities) in Chromium, as the
// desktop app's print window would before opening the print dialog. The page is the built print.html,
// served from dist/renderer, with the e2e suite's fake `window.printBridge` handing it the PDF. Prints
// the time to the first drawn page and to `ready`, pages a second, and the peaks of the page's JS heap
// and of Chromium's memory (every process of the browser, sampled from /proc).
import { chromium, type Page } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startHost } from '../../electron/host/server';
import { installFakePrintBridge, printBridgeCalls } from '../e2e/support/print-bridge';
import type { TestBackend } from '../fixtures/backend';
import { countPdfPages } from './pdf-pages';

const chromiumPath = '/usr/bin/chromium';
const rendererDir = path.resolve('dist/renderer');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Resident memory of `pid` and every process under it, from /proc (Linux only; 0 elsewhere). */
function treeRssBytes(pid: number): number {
  if (!fs.existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const next = pending.pop()!;
    total += rss.get(next) ?? 0;
    pending.push(...(children.get(next) ?? []));
  }
  return total;
}

/** Samples `sample` every 100 ms until stopped; returns the highest value seen. */
function peakOf(sample: () => Promise<number>): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, await sample().catch(() => 0));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

async function jsHeapUsed(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  return async () => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

export function printPreparationCase() {
  let notice: { title: string; base64: string; pages: number } | null = null;
  return {
    name: 'print: prepare the two-list notice for 100 communities in Chromium (print.html, fake bridge)',
    async setup(backend: TestBackend): Promise<void> {
      const file = await backend.call('lists.notice', {
        kind: 'two_lists',
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      const bytes = Buffer.from(file.bytes);
      notice = { title: file.fileName, base64: bytes.toString('base64'), pages: countPdfPages(bytes) };
    },
    async run(backend: TestBackend): Promise<string> {
      if (!fs.existsSync(path.join(rendererDir, 'print.html')))
        return 'skipped: dist/renderer/print.html not found, run `npx vite build` first';
      if (!fs.existsSync(chromiumPath)) return `skipped: no Chromium at ${chromiumPath}`;
      const { title, base64, pages } = notice!;
      const token = crypto.randomBytes(24).toString('base64url');
      const host = await startHost({ dispatch: backend.dispatch, staticDir: rendererDir, token, port: 0 });
      const server = await chromium.launchServer({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu'],
      });
      const browser = await chromium.connect(server.wsEndpoint());
      try {
        const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
        await installFakePrintBridge(page, { title, base64 });
        const heap = peakOf(await jsHeapUsed(page));
        const browserPid = server.process().pid!;
        const rssBefore = treeRssBytes(browserPid);
        const rss = peakOf(async () => treeRssBytes(browserPid));
        await page.goto(`http://127.0.0.1:${host.port}/print.html`);
        await page.waitForFunction(
          // The page's message settles on done, failed or a notice; it is 'working' (or not yet set) before.
          () =>
            ['done', 'failed', 'notice'].includes(
              document.querySelector('.print-status__message')?.getAttribute('data-tone') ?? '',
            ),
          undefined,
          { timeout: 600_000, polling: 250 },
        );
        const [heapPeak, rssPeak] = [await heap.stop(), await rss.stop()];
        const calls = await printBridgeCalls(page);
        const asked = calls.find((call) => call.kind === 'requestDocument')?.at ?? 0;
        const first = calls.find((call) => call.kind === 'progress')?.at;
        const ready = calls.find((call) => call.kind === 'ready');
        if (!ready || first === undefined)
          return `FAILED: ${JSON.stringify(calls.find((call) => call.kind === 'failed') ?? calls.at(-1))}`;
        const seconds = (ready.at - asked) / 1000;
        return [
          `${pages} pages, ${((base64.length * 0.75) / 1024).toFixed(0)} KB PDF`,
          `first page drawn ${((first - asked) / 1000).toFixed(2)} s`,
          `ready ${seconds.toFixed(1)} s after the document was asked for (${(ready.at / 1000).toFixed(1)} s after navigation)`,
          `${(pages / seconds).toFixed(1)} pages/s`,
          `JS heap peak ${mb(heapPeak)}`,
          `Chromium RSS peak ${mb(rssPeak)} (all processes; ${mb(rssBefore)} with a blank tab)`,
        ].join('; ');
      } finally {
        await browser.close();
        await server.close();
        host.server.close();
      }
    },
  };
}
