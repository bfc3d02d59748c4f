import { describe, expect, it } from 'vitest';
import {
  appOrigin,
  isAppUrl,
  shouldAllowNavigation,
  windowOpenDecision,
} from '../../../electron/security/navigation';
import { appPageOf, isMainPageSender, isPrintPageSender } from '../../../electron/security/ipc-sender';

const appUrls = [
  'app://app/',
  'app://app/index.html',
  'app://app/index.html#/communities/3',
  'app://app/communities?year=2025',
  'app://app/assets/index-abc.js',
];

const hostileUrls: Array<[string, string]> = [
  ['traversal', 'app://app/../../etc/passwd'],
  ['traversal after a folder', 'app://app/assets/../../etc/passwd'],
  ['encoded traversal', 'app://app/%2e%2e/%2e%2e/etc/passwd'],
  ['encoded slash traversal', 'app://app/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
  ['backslash traversal', 'app://app/..\\..\\etc\\passwd'],
  ['current-directory segment', 'app://app/./index.html'],
  ['malformed escape', 'app://app/%E0%A4%A'],
  ['another app host', 'app://evil/'],
  ['host with the app prefix', 'app://app.evil/'],
  ['credentials', 'app://app@evil/'],
  ['user info on the app host', 'app://user:pw@app/'],
  ['port', 'app://app:8080/'],
  ['no path', 'app://app'],
  ['upper-case scheme', 'APP://app/'],
  ['https', 'https://evil.example'],
  ['http loopback', 'http://127.0.0.1/'],
  ['http localhost', 'http://localhost:5173/'],
  ['javascript', 'javascript:alert(1)'],
  ['javascript disguised', 'javascript://app/%0aalert(1)'],
  ['file', 'file:///etc/passwd'],
  ['data', 'data:text/html,<script>alert(1)</script>'],
  ['blob', 'blob:app://app/1234'],
  ['about', 'about:blank'],
  ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ['chrome', 'chrome://settings'],
  ['newline smuggling', 'app://app/\n../../etc/passwd'],
  ['tab smuggling', 'app://app/\t..\t/x'],
  ['leading space', ' app://app/'],
  ['NUL', 'app://app/index.html\u0000'],
  ['empty', ''],
  ['garbage', 'not a url'],
  ['scheme only', 'app:'],
];

describe('isAppUrl', () => {
  it('names the origin it guards', () => {
    expect(appOrigin).toBe('app://app');
  });

  it.each(appUrls)('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(hostileUrls)('refuses %s', (_label, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([[undefined], [null], [42], [{ toString: () => 'app://app/' }]])(
    'refuses the non-string %s',
    (value) => {
      expect(isAppUrl(value as unknown as string)).toBe(false);
    },
  );
});

describe('shouldAllowNavigation', () => {
  it.each(appUrls)('lets the window move within the app: %s', (url) => {
    expect(shouldAllowNavigation(url)).toBe(true);
  });

  it.each(hostileUrls)('keeps the window from leaving the app: %s', (_label, url) => {
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it.each([...appUrls, ...hostileUrls.map(([, url]) => url)])('denies window.open(%s)', (url) => {
    expect(windowOpenDecision(url)).toEqual({ action: 'deny' });
  });
});

describe('IPC senders', () => {
  it.each([
    ['app://app/index.html', 'main'],
    ['app://app/index.html#/communities/3', 'main'],
    ['app://app/index.html?year=2025#/funding', 'main'],
    ['app://app/print.html', 'print'],
    ['app://app/print.html#page-2', 'print'],
  ] as const)('knows %s as the %s page', (url, page) => {
    expect(appPageOf(url)).toBe(page);
    expect(isMainPageSender(url)).toBe(page === 'main');
    expect(isPrintPageSender(url)).toBe(page === 'print');
  });

  it.each([
    'app://app/',
    'app://app/communities?year=2025',
    'app://app/assets/index-abc.js',
    'app://app/assets/index.html',
    'app://app/index.htm',
    'app://app/Index.html',
    'app://app/print.html/',
  ])('trusts no other page of the app: %s', (url) => {
    expect(appPageOf(url)).toBeNull();
    expect(isMainPageSender(url)).toBe(false);
    expect(isPrintPageSender(url)).toBe(false);
  });

  it.each(hostileUrls)('distrusts %s', (_label, url) => {
    expect(appPageOf(url)).toBeNull();
    expect(isMainPageSender(url)).toBe(false);
    expect(isPrintPageSender(url)).toBe(false);
  });

  it.each([
    ['index.html elsewhere', 'https://evil.example/index.html'],
    ['print.html elsewhere', 'http://127.0.0.1:47311/print.html'],
    ['traversal to the main page', 'app://app/assets/../index.html'],
  ])('distrusts %s', (_label, url) => {
    expect(appPageOf(url)).toBeNull();
  });

  it.each([[undefined], [null], ['']])('distrusts a frame without a URL (%s)', (url) => {
    expect(appPageOf(url)).toBeNull();
  });
});
