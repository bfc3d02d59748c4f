// The one Content-Security-Policy for the renderer, sent as a header by app:// and the loopback host and
// written into renderer/index.html. antd injects styles at run time, hence 'unsafe-inline' for styles
// only; scripts never get inline or eval.

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`;
}
