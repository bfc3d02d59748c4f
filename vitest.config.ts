import { defineConfig } from 'vitest/config';

// Two projects: pure rules and shell decisions (unit), and services on a real SQLite file (backend).
// The end-to-end suite runs under Playwright, not here.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'backend',
          include: ['test/backend/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
    ],
    allowOnly: false,
    // Timestamps carry the office PC's local offset; fix it so assertions are the same on every machine.
    env: { TZ: 'Asia/Shanghai' },
  },
});
