// Where the window may go: only pages of the app's own scheme. Every other navigation and every
// window.open is refused, so a link in imported data can never open a page with the preload's API.

export const appOrigin = 'app://app';
const appPrefix = `${appOrigin}/`;

function hasTraversal(pathAndQuery: string): boolean {
  const pathOnly = pathAndQuery.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathOnly);
  } catch {
    return true;
  }
  return decoded.split('/').some((segment) => segment === '..' || segment === '.');
}

/** True only for `app://app/...`, written plainly: no credentials, port, traversal, backslashes or hidden whitespace. */
export function isAppUrl(url: string): boolean {
  if (typeof url !== 'string' || !url.startsWith(appPrefix)) return false;
  // The URL parser silently drops tabs/newlines and treats `\` as `/`; refuse rather than guess.
  if (/[\\\s\u0000-\u001f\u007f]/.test(url)) return false;
  if (hasTraversal(url.slice(appOrigin.length))) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'app:' &&
    parsed.hostname === 'app' &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The app opens no second windows and hands nothing to the system browser. */
export function windowOpenDecision(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}
