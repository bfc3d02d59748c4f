// Builds the renderer into dist/renderer. Relative asset URLs (base './') work both under the desktop
// app's app://app/index.html and under the loopback host's http://127.0.0.1:PORT/. Two pages: the app
// (index.html) and the print window's page (print.html, plain DOM and pdf.js, no React).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const page = (file: string) => fileURLToPath(new URL(`./renderer/${file}`, import.meta.url));

/**
 * The dev server injects inline scripts (React refresh preamble) and talks to a websocket, which the
 * strict CSP in index.html forbids. Relax it for `vite serve` only; the build keeps the strict policy.
 */
function devServerCsp(): Plugin {
  return {
    name: 'dev-server-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://127.0.0.1:*");
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), devServerCsp()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { index: page('index.html'), print: page('print.html') },
    },
  },
});
