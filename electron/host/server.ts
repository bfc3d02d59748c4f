// The loopback host: serves the renderer build and every contract channel on POST /api/<channel>, for
// browser mode and the end-to-end tests. Bound to 127.0.0.1 only; every API call must carry the run's
// token, and requests naming another host (DNS rebinding) or coming from another origin are refused.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answersWithFile, fail, isChannelName, type Result } from '../../shared/contract';
import type { FileAnswer, FileOutput } from '../../shared/contract/files';
import { sessionCaller } from '../backend/api/caller';
import type { Dispatch } from '../backend/api/dispatch';
import { contentSecurityPolicy } from '../security/csp';
import { contentTypeFor, resolveStaticPath } from '../security/static-path';

export interface HostOptions {
  dispatch: Dispatch;
  staticDir: string;
  token: string;
  port: number;
}

/** The largest argument is an import's file as base64 (about 7 MB for the 5 MB workbook the contract
 * allows, see shared/domain/import-limits.ts) with its envelope; a body beyond this is answered, not read
 * into memory. */
export const maxBodyBytes = 10 * 1024 * 1024;
/** A client that keeps sending long after it was answered is cut off. */
const maxDiscardedBytes = 4 * maxBodyBytes;
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

export function startHost(options: HostOptions): Promise<{ server: http.Server; port: number; url: string }> {
  const server = http.createServer((request, response) => {
    handle(options, server, request, response).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent) sendJson(response, 500, fail('internal', '服务器内部错误'));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({ server, port, url: `http://127.0.0.1:${port}/?token=${options.token}` });
    });
  });
}

async function handle(
  options: HostOptions,
  server: http.Server,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const port = (server.address() as AddressInfo).port;
  if (!isLoopbackHost(request.headers.host, port))
    return sendText(response, 421, '请求的地址不是本机：请使用启动时显示的 127.0.0.1 地址打开本程序');
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname.startsWith('/api/')) return handleApi(options, port, url, request, response);
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return sendText(response, 405, '不支持此请求方式');
  return serveStatic(options.staticDir, url.pathname, request, response);
}

async function handleApi(
  options: HostOptions,
  port: number,
  url: URL,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  if (request.method !== 'POST') return sendJson(response, 405, fail('forbidden', '只接受 POST 请求'));
  if (!hasToken(request.headers.authorization, options.token)) {
    return sendJson(response, 401, fail('forbidden', '访问令牌无效：请使用启动时显示的地址打开本程序'));
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin, port)) {
    return sendJson(response, 403, fail('forbidden', '请求来源不受信任'));
  }
  const channel = channelOfPath(url.pathname);
  if (channel === null) {
    return sendJson(response, 404, fail('unknown_channel', '未知的操作：地址中的 % 编码不正确'));
  }
  const body = await readJsonBody(request);
  if (!body.ok) return sendJson(response, body.error.code === 'too_large' ? 413 : 400, body.failure);
  const session = sessionKeyOf(request.headers[sessionHeader]);
  if (session === null) {
    return sendJson(response, 400, fail('invalid_input', '会话标识缺失或格式不正确：请刷新页面后重试'));
  }
  const result = await options.dispatch(channel, body.data, sessionCaller(`tab:${session}`));
  const status = !result.ok && result.error.code === 'unknown_channel' ? 404 : 200;
  return sendJson(response, status, jsonAnswer(channel, result));
}

/** A file channel's bytes travel in the JSON answer as base64, the one place they are encoded. */
export function jsonAnswer(channel: string, result: Result<unknown>): Result<unknown> {
  if (!result.ok || !isChannelName(channel) || !answersWithFile(channel)) return result;
  const { bytes, ...described } = result.data as FileOutput;
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const answer: FileAnswer = { ...described, base64 };
  return { ok: true, data: answer };
}

/** Each browser tab draws its own session key (renderer/api/client.ts): the token lets a tab in, the
 * key tells one tab's sign-in from another's. */
export const sessionHeader = 'x-ledger-session';

export function sessionKeyOf(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && /^[A-Za-z0-9_-]{16,128}$/.test(header) ? header : null;
}

export function hasToken(authorization: string | undefined, token: string): boolean {
  const presented = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && crypto.timingSafeEqual(presented, expected);
}

export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

function isLoopbackOrigin(origin: string, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** The channel named by /api/<channel>, or null when its %-escapes are malformed. */
function channelOfPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    return null;
  }
}

type BodyResult =
  | { ok: true; data: unknown }
  | { ok: false; error: { code: 'too_large' | 'unreadable' }; failure: Result<never> };

const tooLargeMessage = `请求内容：过大，不能超过 ${maxBodyBytes / 1024 / 1024} MB`;

function bodyFailure(code: 'too_large' | 'unreadable', message: string): BodyResult {
  return { ok: false, error: { code }, failure: fail('invalid_input', message) };
}

/** Reads the JSON body. Once it passes the limit the rest is read and dropped, not buffered: destroying
 * the request would cut the connection before the client could read the answer. */
function readJsonBody(request: http.IncomingMessage): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(request.headers['content-length'] ?? 0) > maxBodyBytes;
    if (tooLarge) resolve(bodyFailure('too_large', tooLargeMessage));
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxDiscardedBytes) return void request.destroy();
      if (tooLarge) return;
      if (size <= maxBodyBytes) return void chunks.push(chunk);
      tooLarge = true;
      chunks.length = 0;
      resolve(bodyFailure('too_large', tooLargeMessage));
    });
    request.on('end', () => {
      if (tooLarge) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve({ ok: true, data: text === '' ? {} : JSON.parse(text) });
      } catch {
        resolve(bodyFailure('unreadable', '请求内容：不是有效的 JSON'));
      }
    });
    request.on('error', () => resolve(bodyFailure('unreadable', '请求内容：读取失败')));
  });
}

function serveStatic(
  staticDir: string,
  pathname: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
) {
  const filePath = resolveStaticPath(staticDir, pathname);
  if (filePath === null || !fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
    return sendText(response, 404, '找不到该页面');
  }
  response.writeHead(200, { ...securityHeaders, 'Content-Type': contentTypeFor(filePath) });
  if (request.method === 'HEAD') return response.end();
  fs.createReadStream(filePath).pipe(response);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function sendText(response: http.ServerResponse, status: number, text: string) {
  response.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
