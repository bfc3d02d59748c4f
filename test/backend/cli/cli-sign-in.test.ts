// The CLI acts as a named user for a change (--user, the password from LEDGER_PASSWORD or typed), and as
// whoever holds the file for reading and printing, which needs no sign-in. `cli demo` creates one user of
// each role and prints their passwords once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../electron/backend/core/people/passwords';
import { demoUsers } from '../../../electron/cli/demo-people';
import { makeTempDir } from '../../fixtures/backend';

const dir = makeTempDir('ledger-cli-users-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The environment without any password of the runner's: each test says which it sets. */
const { LEDGER_PASSWORD: _password, LEDGER_DEMO_PASSWORD: _demoPassword, ...bareEnv } = process.env;

function cli(args: string[], options: { env?: Record<string, string>; stdin?: string } = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...bareEnv, ...options.env },
    input: options.stdin ?? '',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

const demoPassword = 'demo-password-2026';
const year = String(new Date().getFullYear());
const dbPath = path.join(dir, 'fixed.sqlite');
// Standard-cost scrypt: each demo hashes five times, each sign-in once.
const slow = 120_000;

function auditRows(db: string, where: string) {
  const file = new Database(db, { readonly: true });
  try {
    return file
      .prepare(
        `SELECT a.actor, a.user_id AS userId, a.action, u.login FROM audit_log a
                LEFT JOIN app_user u ON u.id = a.user_id WHERE ${where} ORDER BY a.id`,
      )
      .all() as { actor: string; userId: number | null; action: string; login: string | null }[];
  } finally {
    file.close();
  }
}

beforeAll(() => {
  const run = cli(['demo', '--db', dbPath], { env: { LEDGER_DEMO_PASSWORD: demoPassword } });
  expect(run.code, run.out).toBe(0);
}, slow);

describe('cli demo', () => {
  it(
    'with LEDGER_DEMO_PASSWORD lists the three users and prints no password',
    () => {
      const run = cli(['demo', '--db', path.join(dir, 'listed.sqlite')], {
        env: { LEDGER_DEMO_PASSWORD: demoPassword },
      });
      expect(run.code).toBe(0);
      for (const user of Object.values(demoUsers)) expect(run.out).toContain(`登录名 ${user.login}`);
      expect(run.out).not.toContain(demoPassword);
      expect(run.out).toContain('LEDGER_DEMO_PASSWORD');
    },
    slow,
  );

  it(
    'draws a password for each user, prints each once, and stores only its hash',
    async () => {
      const file = path.join(dir, 'random.sqlite');
      const run = cli(['demo', '--db', file]);
      expect(run.code).toBe(0);
      const printed = [...run.out.matchAll(/登录名 (\S+)\s+密码 (\S+)/gu)].map((m) => ({
        login: m[1]!,
        password: m[2]!,
      }));
      expect(printed.map((line) => line.login).sort()).toEqual(
        Object.values(demoUsers)
          .map((u) => u.login)
          .sort(),
      );
      expect(new Set(printed.map((line) => line.password)).size).toBe(3);
      const db = new Database(file, { readonly: true });
      const hashes = db.prepare('SELECT login, password_hash AS hash FROM app_user').all() as {
        login: string;
        hash: string;
      }[];
      db.close();
      const bytes =
        fs.readFileSync(file).toString('latin1') +
        (fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`).toString('latin1') : '');
      for (const { login, password } of printed) {
        expect(run.out.split(password).length - 1, login).toBe(1);
        expect(bytes).not.toContain(password);
        expect(await verifyPassword(password, hashes.find((row) => row.login === login)!.hash)).toBe(true);
      }
    },
    slow,
  );
});

describe('a change from the command line', () => {
  it('is refused without --user, in Chinese, naming the option and LEDGER_PASSWORD', () => {
    const run = cli(['allocate', '--db', dbPath, '--year', year], { env: { LEDGER_PASSWORD: demoPassword } });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '此命令会改动台账，须以用户身份办理：请加 --user 登录名（密码取自 LEDGER_PASSWORD 或提示输入）',
    );
  });

  it(
    'is refused with a wrong password, and the failed sign-in is audited',
    () => {
      const before = auditRows(dbPath, "a.action = 'sign_in_failed'").length;
      const run = cli(['allocate', '--db', dbPath, '--year', year, '--user', demoUsers.preparer.login], {
        env: { LEDGER_PASSWORD: 'not-the-password' },
      });
      expect(run.code).toBe(1);
      expect(run.out).toContain('登录名或密码不正确');
      expect(auditRows(dbPath, "a.action = 'sign_in_failed'")).toHaveLength(before + 1);
    },
    slow,
  );

  it(
    'runs as the named user with LEDGER_PASSWORD, and its audit row names that user',
    () => {
      const run = cli(['allocate', '--db', dbPath, '--year', year, '--user', demoUsers.preparer.login], {
        env: { LEDGER_PASSWORD: demoPassword },
      });
      expect(run.out).toContain(`已保存 ${year} 年草稿`);
      expect(run.code).toBe(0);
      const computed = auditRows(dbPath, "a.action = 'compute'").at(-1)!;
      expect(computed).toMatchObject({
        actor: demoUsers.preparer.displayName,
        login: demoUsers.preparer.login,
      });
      expect(computed.userId).not.toBeNull();
    },
    slow,
  );

  it(
    'takes the password from the first line of a pipe when LEDGER_PASSWORD is not set',
    () => {
      const run = cli(['allocate', '--db', dbPath, '--year', year, '--user', demoUsers.approver.login], {
        stdin: `${demoPassword}\n`,
      });
      expect(run.out).toContain(`已保存 ${year} 年草稿`);
      expect(auditRows(dbPath, "a.action = 'compute'").at(-1)).toMatchObject({
        actor: demoUsers.approver.displayName,
      });
    },
    slow,
  );

  it(
    'is refused for a role that may not make it: 管理员 does not compute',
    () => {
      const run = cli(['allocate', '--db', dbPath, '--year', year, '--user', demoUsers.administrator.login], {
        env: { LEDGER_PASSWORD: demoPassword },
      });
      expect(run.code).toBe(1);
      expect(run.out).toContain('不能办理此操作：须由经办人、审核人办理');
    },
    slow,
  );
});

describe('reading and printing from the command line', () => {
  // No LEDGER_PASSWORD and an empty stdin: a prompt for a password would fail these.
  it('checks the file without signing in', () => {
    expect(cli(['check', '--db', dbPath]).out).toContain('检查通过');
  });

  it('exports the annual report without signing in', () => {
    const out = path.join(dir, 'annual.xlsx');
    const run = cli([
      'export',
      'annual-report',
      '--db',
      dbPath,
      '--year',
      String(Number(year) - 1),
      '--out',
      out,
    ]);
    expect(run.code, run.out).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(1000);
  });

  it('writes a notice without signing in', () => {
    const out = path.join(dir, 'notice.pdf');
    const run = cli(['notice', 'lists', '--db', dbPath, '--community', '世纪城', '--out', out]);
    expect(run.code, run.out).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it('says so in --help, with --user and LEDGER_PASSWORD for the changes', () => {
    const help = cli(['--help']).out;
    expect(help).toContain('allocate --db PATH --year YYYY --user NAME');
    expect(help).toContain('LEDGER_PASSWORD');
    expect(help).toContain('不需要登录');
  });
});
