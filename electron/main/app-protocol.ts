// The app:// scheme: serves the renderer build from disk with the CSP header, so the window never
// loads file:// URLs and 'self' means exactly the app's own files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../security/csp';
import { appOrigin } from '../security/navigation';
import { contentTypeFor, resolveStaticPath } from '../security/static-path';

export const appScheme = 'app';

/** Must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function notFound(): Response {
  return new Response('未找到 / Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch {
    return null;
  }
}

async function serve(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (`${url.protocol}//${url.host}` !== appOrigin) return notFound();
  const filePath = resolveStaticPath(rendererDir, url.pathname);
  if (filePath === null) return notFound();
  let body = await readIfFile(filePath);
  let servedPath = filePath;
  // A client-side route (no file extension) gets the app shell; a missing asset stays a 404.
  if (body === null && path.extname(filePath) === '') {
    servedPath = path.join(rendererDir, 'index.html');
    body = await readIfFile(servedPath);
  }
  if (body === null) return notFound();
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': contentTypeFor(servedPath),
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    },
  });
}

export function handleAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serve(rendererDir, request));
}
