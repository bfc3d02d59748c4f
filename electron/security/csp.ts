// The one Content-Security-Policy for the renderer, sent as a header by app:// and the loopback host and
// written into renderer/index.html and print.html. antd injects styles at run time, hence 'unsafe-inline'
// for styles only; scripts never get inline or eval.

/** What a page's <meta> may carry: every directive a browser honours there. */
const documentDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The pages' <meta> copy. frame-ancestors is left out: browsers ignore it in a <meta> and log an error. */
export const metaContentSecurityPolicy = documentDirectives.join('; ');

/** The header copy: the meta's directives plus frame-ancestors, which works only as a header. */
export const contentSecurityPolicy = [...documentDirectives, "frame-ancestors 'none'"].join('; ');

export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`;
}
