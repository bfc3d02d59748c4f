// Maps a request path of the app:// scheme (and of the loopback host) to a file of the renderer build.
// Anything that could leave the build folder answers null; the caller turns that into a 404.
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** True when a single path segment may name a file in the build: no dot files, no `..`, no drive or stream colons. */
function isSafeSegment(segment: string): boolean {
  return !segment.startsWith('.') && !segment.includes(':');
}

export function resolveStaticPath(rootDir: string, urlPathname: string): string | null {
  if (typeof rootDir !== 'string' || rootDir === '' || typeof urlPathname !== 'string') return null;
  const decoded = safeDecode(urlPathname);
  if (decoded === null || !decoded.startsWith('/')) return null;
  // Backslashes are separators on Windows, NUL truncates paths in native code, controls have no business here.
  if (/[\\\u0000-\u001f\u007f]/.test(decoded) || decoded.startsWith('//')) return null;

  const segments = decoded.slice(1).split('/');
  const fileSegments = segments.filter((segment) => segment !== '');
  if (!fileSegments.every(isSafeSegment)) return null;
  if (decoded.endsWith('/')) fileSegments.push('index.html');

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...fileSegments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export function contentTypeFor(filePath: string): string {
  return contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
