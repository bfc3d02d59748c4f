// End-to-end tests: Debian's Chromium against the plain-Node loopback host, which Playwright starts and
// stops. Its hosts: one on an empty database the specs fill, one on the demo database for screenshots, one
// on a brand-new database for the first start (no user yet), one on a demo database the backups spec
// restores, and one on a demo database damaged after its verified backup, which starts on the recovery
// page. The demo and the empty database have the demo's users
// (admin 管理员, jingban 经办人, shenhe 审核人), all with one password. The token and that password are
// drawn fresh for every run; workers inherit them through the environment.
import { defineConfig } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  throw new Error(
    `Chromium not found at ${chromium}: install it with "apt-get install chromium fonts-noto-cjk".`,
  );
}

// The hosts keep the office's clock: a clerk's PC runs on China time, as the pages (timezoneId) and the
// specs' todayInShanghai do. Without it a run between 16:00 and 24:00 UTC has two different todays, and a
// donation dated the specs' today is refused as later than the host's.
process.env.TZ = 'Asia/Shanghai';
process.env.LEDGER_HOST_TOKEN ||= crypto.randomBytes(24).toString('base64url');
process.env.LEDGER_DEMO_PASSWORD ||= crypto.randomBytes(12).toString('base64url');
process.env.LEDGER_E2E_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-'));
const dataDir = process.env.LEDGER_E2E_DIR;

// LEDGER_E2E_PORT lets two checkouts run their suites side by side on one machine.
const firstPort = Number(process.env.LEDGER_E2E_PORT || 47311);
export const hosts = {
  empty: firstPort,
  demo: firstPort + 1,
  firstStart: firstPort + 2,
  // The backups spec restores its ledger: a demo database of its own, in its own folder (its backups/).
  backups: firstPort + 3,
  // A demo database damaged after its verified backup: the host starts on the recovery page.
  damaged: firstPort + 4,
} as const;
fs.mkdirSync(path.join(dataDir, 'backups-host'), { recursive: true });

function hostCommand(database: string, port: number): string {
  return `node --import tsx electron/host/main.ts --db ${path.join(dataDir, database)} --port ${port}`;
}

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: true,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  globalTeardown: './test/e2e/support/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${hosts.empty}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] },
  },
  webServer: [
    {
      command:
        `node --import tsx test/e2e/support/create-users.ts --db ${path.join(dataDir, 'e2e.sqlite')} && ` +
        hostCommand('e2e.sqlite', hosts.empty),
      url: `http://127.0.0.1:${hosts.empty}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command:
        `node --import tsx electron/cli/main.ts demo --db ${path.join(dataDir, 'demo.sqlite')} && ` +
        hostCommand('demo.sqlite', hosts.demo),
      url: `http://127.0.0.1:${hosts.demo}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command:
        `node --import tsx electron/cli/main.ts demo --db ${path.join(dataDir, 'backups-host', 'ledger.sqlite')} && ` +
        hostCommand(path.join('backups-host', 'ledger.sqlite'), hosts.backups),
      url: `http://127.0.0.1:${hosts.backups}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: hostCommand('first-start.sqlite', hosts.firstStart),
      url: `http://127.0.0.1:${hosts.firstStart}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command:
        `node --import tsx electron/cli/main.ts demo --db ${path.join(dataDir, 'damaged.sqlite')} && ` +
        `node --import tsx test/e2e/support/damage-ledger.ts --db ${path.join(dataDir, 'damaged.sqlite')} && ` +
        hostCommand('damaged.sqlite', hosts.damaged),
      url: `http://127.0.0.1:${hosts.damaged}/`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: 'pipe',
    },
  ],
});
