// The app:// scheme: serves the renderer build from disk with the CSP header, so the window never
// loads file:// URLs and 'self' means exactly the app's own files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicy } from '../security/csp';
import { appOrigin } from '../security/navigation';
import { contentTypeFor, resolveStaticPath } from '../security/static-path';
import { notFoundAnswer, serverErrorAnswer } from './app-protocol-answers';
import { logMainError } from './failures/guard';

export const appScheme = 'app';

/** Must run before the app is ready. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Missing is null; any other read failure is an error the clerk should hear about, not a "not found". */
async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    return await readFile(filePath);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw error;
  }
}

async function serveFile(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (`${url.protocol}//${url.host}` !== appOrigin) return notFoundAnswer();
  const filePath = resolveStaticPath(rendererDir, url.pathname);
  if (filePath === null) return notFoundAnswer();
  let body = await readIfFile(filePath);
  let servedPath = filePath;
  // A client-side route (no file extension) gets the app shell; a missing asset stays a 404.
  if (body === null && path.extname(filePath) === '') {
    servedPath = path.join(rendererDir, 'index.html');
    body = await readIfFile(servedPath);
  }
  if (body === null) return notFoundAnswer();
  return new Response(new Uint8Array(body), {
    headers: {
      'content-type': contentTypeFor(servedPath),
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
    },
  });
}

async function serve(rendererDir: string, request: Request): Promise<Response> {
  try {
    return await serveFile(rendererDir, request);
  } catch (error) {
    logMainError(`app:// ${request.url}`, error);
    return serverErrorAnswer();
  }
}

export function handleAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, (request) => serve(rendererDir, request));
}
