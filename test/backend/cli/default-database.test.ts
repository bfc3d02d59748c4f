// `cli check` without --db checks the clerk's file: the desktop app's data folder, here under a
// temporary XDG_CONFIG_HOME. The demo never writes there by default.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../fixtures/backend';

const configHome = makeTempDir('ledger-config-');
afterAll(() => fs.rmSync(configHome, { recursive: true, force: true }));
const clerksFile = path.join(configHome, '街道社区经费台账', 'ledger.sqlite');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

describe.runIf(process.platform === 'linux')('the CLI’s default database', () => {
  it('refuses to write the demo into the default file', () => {
    const { code, out } = cli('demo');
    expect(code).not.toBe(0);
    expect(out).toContain('缺少选项 --db');
    expect(fs.existsSync(clerksFile)).toBe(false);
  });

  it('checks the desktop app’s database when no --db is given', () => {
    expect(cli('demo', '--db', clerksFile).code).toBe(0);
    const { code, out } = cli('check');
    expect(out).toContain(`✓ 检查通过：${clerksFile}`);
    expect(code).toBe(0);
    expect(cli('--help').out).toContain(clerksFile);
    // The demo hashes its users' passwords at the standard scrypt cost.
  }, 120_000);
});
