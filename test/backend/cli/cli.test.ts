import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../fixtures/backend';

const dir = makeTempDir('ledger-cli-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr, stderr: result.stderr };
}

describe('the command line', () => {
  const dbPath = path.join(dir, 'demo.sqlite');

  it('lists its commands with --help', () => {
    const { code, out } = cli('--help');
    expect(code).toBe(0);
    expect(out).toContain('demo --db PATH');
    expect(out).toContain('check --db PATH');
  });

  it('creates a demo database with the four pilot communities and the office marked as sample data', () => {
    expect(cli('demo', '--db', dbPath).code).toBe(0);
    const db = new Database(dbPath, { readonly: true });
    const names = (
      db.prepare('SELECT name FROM community WHERE is_pilot = 1 ORDER BY id').all() as { name: string }[]
    ).map((r) => r.name);
    expect(names).toEqual(['世纪城', '新亚洲体育城', '螺蛳湾国际商贸城', '凤凰山']);
    expect((db.prepare('SELECT count(*) AS n FROM community').get() as { n: number }).n).toBeGreaterThan(4);
    expect(
      (db.prepare('SELECT office_name FROM office_settings').get() as { office_name: string }).office_name,
    ).toContain('演示数据');
    db.close();
    // The demo hashes its users' passwords at the standard scrypt cost.
  }, 120_000);

  it('refuses to write sample data over an existing file', () => {
    const { code, out } = cli('demo', '--db', dbPath);
    expect(code).toBe(1);
    expect(out).toContain('文件已存在');
  });

  it('passes the check on a healthy database', () => {
    const { code, out } = cli('check', '--db', dbPath);
    expect(out).toContain('检查通过');
    expect(code).toBe(0);
  });

  it('fails the check, non-zero, when an invariant is broken', () => {
    const broken = path.join(dir, 'broken.sqlite');
    fs.copyFileSync(dbPath, broken);
    const db = new Database(broken);
    // A courtyard of 世纪城 counted in 凤凰山's profile: foreign keys hold, the app's invariant does not.
    db.prepare(
      `INSERT INTO courtyard_households (profile_id, courtyard_id, households)
       SELECT (SELECT p.id FROM community_profile p JOIN community c ON c.id = p.community_id WHERE c.name = '凤凰山' LIMIT 1),
              (SELECT y.id FROM courtyard y JOIN community c ON c.id = y.community_id WHERE c.name = '世纪城' LIMIT 1), 5`,
    ).run();
    db.close();
    const { code, out } = cli('check', '--db', broken);
    expect(code).toBe(1);
    expect(out).toContain('登记了其他社区的院落');
  });

  it('fails the check, non-zero, when a published list is numbered with a gap', () => {
    const broken = path.join(dir, 'list-gap.sqlite');
    fs.copyFileSync(dbPath, broken);
    const db = new Database(broken);
    // A published version is frozen by a trigger; a tool editing the file directly would not ask.
    db.exec('DROP TRIGGER list_item_published_no_update');
    db.prepare(
      `UPDATE list_item SET seq = 20 WHERE seq = 2 AND version_id =
         (SELECT id FROM list_version WHERE kind = 'work_items' AND version_no = 2)`,
    ).run();
    db.close();
    const { code, out } = cli('check', '--db', broken);
    expect(code).toBe(1);
    expect(out).toContain('社区工作事项清单第 2 版');
    expect(out).toContain('的事项序号不连续');
  });

  it('fails the check when a foreign key is dangling', () => {
    const broken = path.join(dir, 'dangling.sqlite');
    fs.copyFileSync(dbPath, broken);
    const db = new Database(broken);
    db.pragma('foreign_keys = OFF');
    db.prepare(
      "INSERT INTO courtyard (community_id, name, type, created_at, updated_at) VALUES (999, '孤院', 'public_unit', 'x', 'x')",
    ).run();
    db.close();
    const { code, out } = cli('check', '--db', broken);
    expect(code).toBe(1);
    expect(out).toContain('foreign_key_check');
  });

  it('writes the public lists notice of one community as a PDF', () => {
    const out = path.join(dir, 'lists-notice.pdf');
    const { code, out: printed } = cli(
      'notice',
      'lists',
      '--db',
      dbPath,
      '--community',
      '世纪城',
      '--out',
      out,
    );
    expect(printed).toContain('已生成');
    expect(code).toBe(0);
    const text = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, '');
    expect(text).toContain('关于公布世纪城社区工作事项清单和社区印章使用清单的公示');
    // The demo's admitted work appears in 世纪城's work items, citing its decision.
    expect(text).toContain('协助开展食品安全宣传');
    expect(text).toMatch(/经准入审批（官和社领〔\d{4}〕3号）/u);
  });

  it.each(['lists', 'funding'])(
    'warns on stderr when the %s notice runs into a year without holiday arrangements',
    (kind) => {
      const out = path.join(dir, `${kind}-2027-notice.pdf`);
      const year = kind === 'funding' ? ['--year', String(new Date().getFullYear() - 1)] : [];
      const run = cli('notice', kind, '--db', dbPath, ...year, '--start', '2026-12-31', '--out', out);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('警告：公示期含 2027 年的日期，节假日中还没有 2027 年的放假安排');
      expect(fs.existsSync(out)).toBe(true);
    },
  );

  it('gives no calendar warning for a period inside the shipped years', () => {
    const out = path.join(dir, 'lists-2026-notice.pdf');
    const run = cli('notice', 'lists', '--db', dbPath, '--start', '2026-09-01', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('警告');
  });

  it('writes the Kunming three-list notice with --kunming', () => {
    const out = path.join(dir, 'kunming-notice.pdf');
    expect(
      cli('notice', 'lists', '--db', dbPath, '--community', '世纪城', '--kunming', '--out', out).code,
    ).toBe(0);
    const text = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, '');
    expect(text).toContain('关于公布世纪城社区依法履行职责、依法协助政府工作职责和开具证明清单的公示');
    expect(text).toContain('经济困难证明');
  });
});
