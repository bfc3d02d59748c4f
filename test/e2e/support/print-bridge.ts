// A stand-in for the print window's preload: `window.printBridge` that hands the page a PDF once and
// records every call, plus a record of CSP violations, both for the spec to read back. The desktop
// shell's real bridge is tested with the shell; this one lets the page run in plain Chromium.
import type { Page } from '@playwright/test';
import type { PrintFailed, PrintProgress, PrintReady } from '../../../shared/contract/printing';

export type PrintBridgeCall = (
  | { kind: 'requestDocument' }
  | { kind: 'progress'; report: PrintProgress }
  | { kind: 'ready'; report: PrintReady }
  | { kind: 'failed'; report: PrintFailed }
) & {
  /** performance.now() in the page when the call came: milliseconds since the navigation started. */
  at: number;
};

/** What `requestDocument()` resolves to the first time: a file (as base64) or null (a used window). */
export type FakePrintDocument = { title: string; base64: string } | null;

export interface CspViolation {
  directive: string;
  blockedURI: string;
}

interface PageRecords {
  printBridgeCalls: PrintBridgeCall[];
  cspViolations: CspViolation[];
}

/** Runs in the page before its scripts; self-contained, because Playwright sends it as source text. */
function installInPage(given: FakePrintDocument): void {
  const records = globalThis as unknown as PageRecords & { printBridge: unknown };
  const calls: PrintBridgeCall[] = [];
  records.printBridgeCalls = calls;
  const at = () => performance.now();
  let handedOver = false;
  records.printBridge = {
    async requestDocument() {
      calls.push({ kind: 'requestDocument', at: at() });
      if (given === null || handedOver) return null;
      handedOver = true;
      const binary = atob(given.base64);
      const bytes = new Uint8Array(binary.length);
      for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
      return { title: given.title, bytes };
    },
    progress: (report: PrintProgress) => calls.push({ kind: 'progress', report: { ...report }, at: at() }),
    ready: (report: PrintReady) => calls.push({ kind: 'ready', report: { ...report }, at: at() }),
    failed: (report: PrintFailed) => calls.push({ kind: 'failed', report: { ...report }, at: at() }),
  };
}

/** Runs in the page: keeps every CSP violation the document reports, whether or not it reached the console. */
function watchCspInPage(): void {
  const records = globalThis as unknown as PageRecords & {
    document: {
      addEventListener(
        type: 'securitypolicyviolation',
        listener: (event: { effectiveDirective: string; blockedURI: string }) => void,
      ): void;
    };
  };
  records.cspViolations = [];
  records.document.addEventListener('securitypolicyviolation', (event) =>
    records.cspViolations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI }),
  );
}

/**
 * `fn(arg)` as an init script. Sent as source text with a stand-in for esbuild's `__name` helper: the bench
 * loads this file through tsx, whose esbuild wraps named functions in `__name(…)`, which the page lacks.
 */
function initScript<T>(fn: (arg: T) => void, arg: T): { content: string } {
  return {
    content: `globalThis.__name ??= (target) => target;\n(${fn.toString()})(${JSON.stringify(arg)});`,
  };
}

/** Gives the page a fake bridge that hands over `document` once; call before `goto`. */
export async function installFakePrintBridge(page: Page, document: FakePrintDocument): Promise<void> {
  await page.addInitScript(initScript(installInPage, document));
  await watchCsp(page);
}

/** Records CSP violations only (for opening the page without a bridge); call before `goto`. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(initScript(watchCspInPage, undefined));
}

export async function printBridgeCalls(page: Page): Promise<PrintBridgeCall[]> {
  return page.evaluate(() => (globalThis as unknown as PageRecords).printBridgeCalls ?? []);
}

export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (globalThis as unknown as PageRecords).cspViolations ?? []);
}
