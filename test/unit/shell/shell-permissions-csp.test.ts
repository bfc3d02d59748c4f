import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspMetaTag, metaContentSecurityPolicy } from '../../../electron/security/csp';
import { permissionCheckDecision, permissionDecision } from '../../../electron/security/permissions';

const permissions = [
  'camera',
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'openExternal',
  'midi',
  'midiSysex',
  'fullscreen',
  'pointerLock',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'display-capture',
  'local-fonts',
  'storage-access',
  'unknown',
  '',
  'CAMERA',
  '__proto__',
];

describe('permissions', () => {
  it.each(permissions)('denies the request for %s', (permission) => {
    expect(permissionDecision(permission)).toBe(false);
  });

  it.each(permissions)('denies the check for %s', (permission) => {
    expect(permissionCheckDecision(permission)).toBe(false);
  });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it('is the agreed policy, word for word', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
  });

  it('never allows eval or inline scripts', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(directives(contentSecurityPolicy).get('script-src')).toEqual(["'self'"]);
  });

  it('allows inline styles only, for antd', () => {
    const unsafeInline = [...directives(contentSecurityPolicy)].filter(([, values]) =>
      values.includes("'unsafe-inline'"),
    );
    expect(unsafeInline.map(([name]) => name)).toEqual(['style-src']);
  });

  it('refuses plugins, base rewriting, form posts and framing', () => {
    const policy = directives(contentSecurityPolicy);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name)).toEqual(["'none'"]);
    }
  });

  it('connects only to its own origin', () => {
    expect(directives(contentSecurityPolicy).get('connect-src')).toEqual(["'self'"]);
  });
});

describe('cspMetaTag', () => {
  it('carries the header policy less frame-ancestors, which a <meta> cannot carry', () => {
    expect(cspMetaTag()).toBe(
      `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`,
    );
    expect(`${metaContentSecurityPolicy}; frame-ancestors 'none'`).toBe(contentSecurityPolicy);
  });

  it('has no frame-ancestors (Chromium logs an error for it in a <meta> on every load)', () => {
    expect(directives(metaContentSecurityPolicy).has('frame-ancestors')).toBe(false);
  });

  it('contains no double quote inside the attribute value', () => {
    expect(contentSecurityPolicy).not.toContain('"');
  });
});

// The pages carry the policy in a <meta> too (app:// and the host send it as a header, with frame-ancestors);
// both pages carry the one meta policy, word for word. print.html is the print window's page.
describe.each(['index.html', 'print.html'])('renderer/%s', (page) => {
  const html = readFileSync(new URL(`../../../renderer/${page}`, import.meta.url), 'utf8');

  it('carries the policy in its meta tag', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(metaContentSecurityPolicy);
  });

  it('has no inline script', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body!.trim()).toBe('');
    }
  });
});
