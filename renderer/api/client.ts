// The typed way into the Node side. In the desktop app the preload puts `window.api` on the page; in
// browser mode (the loopback host, the end-to-end tests) the same Api is built here over fetch.
import type {
  Api,
  ApiError,
  ChannelAnswer,
  ChannelInput,
  ChannelName,
  QueryChannel,
  Result,
} from '../../shared/contract';
import { channelNames, rolesOf } from '../../shared/contract/channels';
import { withoutSignIn } from '../../shared/contract/roles';
import { isLedgerYear } from '../../shared/domain/years';
import { unwrap } from './errors';
import { noteSignInEnded } from './sign-in-events';

declare global {
  interface Window {
    /** Present in the desktop app only (built by the preload from channelNames). */
    api?: Api;
  }
}

const tokenStorageKey = 'jiedao-shequ.api-token';
/** This tab's sign-in key (browser mode): drawn once per tab, kept across reloads, sent on every call. */
export const sessionStorageKey = 'jiedao-shequ.session';

function tabSessionKey(): string {
  let key = sessionStorage.getItem(sessionStorageKey);
  if (key === null) {
    key = crypto.randomUUID().replaceAll('-', '');
    sessionStorage.setItem(sessionStorageKey, key);
  }
  return key;
}

/**
 * The host opens the app at `/?token=…`. Keep the token for this tab (a reload still works) and take it
 * out of the address bar so it is not copied or bookmarked. Call once, before the router starts.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  sessionStorage.setItem(tokenStorageKey, token);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

/**
 * Browser mode only: whether the host takes this tab's token. 'missing' when the address had none (a
 * bookmark, a new tab), 'rejected' once the host answers 401 (a token of an earlier run), 'granted' once
 * it has answered a call; 'checking' until then. The desktop app has no token and is always 'granted'.
 */
export type HostAccess = 'checking' | 'granted' | 'missing' | 'rejected';

let hostAccess: HostAccess = 'checking';
const hostAccessListeners = new Set<() => void>();

function setHostAccess(next: HostAccess): void {
  if (hostAccess === next || hostAccess === 'rejected') return;
  hostAccess = next;
  hostAccessListeners.forEach((listener) => listener());
}

export const hostAccessStore = {
  get: (): HostAccess => hostAccess,
  subscribe(listener: () => void): () => void {
    hostAccessListeners.add(listener);
    return () => hostAccessListeners.delete(listener);
  },
};

/** Settles hostAccess before the app renders: no token is 'missing' at once, else the host is asked. */
export async function checkHostAccess(): Promise<HostAccess> {
  if (window.api) setHostAccess('granted');
  else if (sessionStorage.getItem(tokenStorageKey) === null) setHostAccess('missing');
  else await postChannel('auth.state', {});
  return hostAccess;
}

function failure(message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'internal', message } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function postChannel(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
  const token = sessionStorage.getItem(tokenStorageKey) ?? '';
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'X-Ledger-Session': tabSessionKey(),
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('无法连接本机服务，请确认程序仍在运行后重试');
  }
  setHostAccess(response.status === 401 ? 'rejected' : 'granted');
  // The host answers with the envelope on every status (401, 404 included), so read the body first.
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failure(`本机服务返回了无法识别的应答（HTTP ${response.status}）`);
  }
  return isResult(body) ? body : failure(`本机服务返回了无法识别的应答（HTTP ${response.status}）`);
}

function createHttpApi(): Api {
  const entries = channelNames.map((channel) => [channel, (input: unknown) => postChannel(channel, input)]);
  // Built from the same channel list the Api type is keyed by, so every channel is present.
  return Object.fromEntries(entries) as Api;
}

let httpApi: Api | undefined;

/** The Api of this window: the preload's in the desktop app, a fetch-based one in the browser. */
export function api(): Api {
  if (window.api) return window.api;
  httpApi ??= createHttpApi();
  return httpApi;
}

/** Whether a year can be asked for at all; a read hook stays idle for anything else (a half-typed year). */
export function isQueryableYear(year: number): boolean {
  return isLedgerYear(year);
}

/** Calls a query channel for a read hook: a command or a file channel is no query. */
export function callQuery<C extends QueryChannel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelAnswer<C>> {
  return call(channel, input);
}

/**
 * Calls a channel and returns its data, throwing an ApiCallError on `{ok: false}` (for react-query).
 * A channel that needs a sign-in answering 'unauthenticated' means the sign-in has ended (idle on the
 * Node side, account disabled): the sign-in gate hears of it. Sign-in's own channels answer so for a
 * wrong password, which is the form's business.
 */
export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelAnswer<C>> {
  const send: Api[C] = api()[channel];
  const result = await send(input);
  if (!result.ok && result.error.code === 'unauthenticated' && rolesOf(channel) !== withoutSignIn) {
    noteSignInEnded(result.error.message);
  }
  return unwrap(result);
}
