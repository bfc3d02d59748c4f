import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from '../../../electron/security/static-path';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['/assets/', 'assets/index.html'],
    ['/fonts/%E6%80%9D%E6%BA%90.woff2', 'fonts/思源.woff2'],
    ['/assets//app.css', 'assets/app.css'],
  ])('maps %s inside the build folder', (pathname, relative) => {
    expect(resolveStaticPath(root, pathname)).toBe(path.join(root, relative));
  });

  it.each([
    ['parent segment', '/../etc/passwd'],
    ['deep parent segments', '/assets/../../../etc/passwd'],
    ['parent in the middle', '/assets/../index.html'],
    ['encoded dots', '/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dots and slash', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoding', '/%2E%2E%2Fsecret'],
    ['backslash', '/..\\..\\windows\\win.ini'],
    ['encoded backslash', '/%5c..%5c..%5cwindows%5cwin.ini'],
    ['plain backslash in a name', '/assets\\app.js'],
    ['NUL', '/index.html%00.png'],
    ['raw NUL', '/index.html\u0000.png'],
    ['control character', '/index.html%0a'],
    ['malformed escape', '/%E0%A4%A'],
    ['lone percent', '/%'],
    ['no leading slash', 'index.html'],
    ['empty path', ''],
    ['protocol-relative', '//evil.example/x.js'],
    ['encoded absolute path', '/%2fetc%2fpasswd'],
    ['windows drive', '/C:/Windows/win.ini'],
    ['encoded windows drive', '/c%3a%5cwindows%5cwin.ini'],
    ['alternate data stream', '/index.html::$DATA'],
    ['dot file', '/.env'],
    ['dot directory', '/.git/config'],
    ['current-directory segment', '/./index.html'],
  ])('refuses %s', (_label, pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });

  it('decodes only once, so a double-encoded "%252e%252e" stays a literal name inside the root', () => {
    expect(resolveStaticPath(root, '/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
  });

  it.each([[42 as unknown as string], [undefined as unknown as string], [null as unknown as string]])(
    'refuses a non-string path %s',
    (pathname) => {
      expect(resolveStaticPath(root, pathname)).toBeNull();
    },
  );

  it('refuses everything when the root is empty', () => {
    expect(resolveStaticPath('', '/index.html')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['data.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['INDEX.HTML', 'text/html; charset=utf-8'],
    ['archive.exe', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('types %s as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
