// A shipped migration is never edited again: the committed manifest holds the checksum of every file's
// text, the app refuses an installation whose files differ from it, and the shipped ones are pinned here
// too, so editing a file and its manifest entry together still fails this test.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, loadMigrations } from '../../../electron/backend/core/db/migrate';
import {
  committedManifest,
  MigrationChangedError,
  migrationChecksum,
  updatedManifest,
} from '../../../electron/backend/core/db/migration-manifest';
import { openFailure } from '../../../electron/main/open-failure';
import { makeTempDir } from '../../fixtures/backend';

/** The checksums the shipped migrations were released with. */
const shipped: Record<string, string> = {
  '0001_community_register.sql': '8561ae6e3155f0a7e185294adea5d0e930cb59fd299466c5bc517ce84bd2f13e',
  '0002_funding.sql': '6a3fe9f50f2cc64888a35da56808f2959c5b3822ac96a7d6ed49febc964dfa24',
  '0003_public_lists.sql': '67013a003c2a84b3cc5df792a7d64df1f5aa12d720decb2e03f16c64ecb99cd3',
  '0004_approved_basis.sql': '5d401206bb55524f3701fc50e10837059d917e3b79640079d647a0be2723ff84',
  '0005_access_withdrawal.sql': 'f9c4aefc47493beea8896ae5e1f881e5a8cca648078ed9870f99106ca1363ae2',
};

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the app's migrations folder. */
function copyOfMigrations(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  return dir;
}

function flipOneByte(file: string, at: number): void {
  const bytes = fs.readFileSync(file);
  bytes[at] = bytes[at]! ^ 0x01;
  fs.writeFileSync(file, bytes);
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('the migration checksum manifest', () => {
  it('lists every migration in the app folder with the checksum of its text', () => {
    const dir = defaultMigrationsDir();
    const files = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.sql'))
      .sort();
    const manifest = committedManifest;
    expect(manifest.map((entry) => entry.file)).toEqual(files);
    expect(manifest.map((entry) => entry.version)).toEqual(files.map((_, index) => index + 1));
    for (const entry of manifest)
      expect(entry.sha256, entry.file).toBe(
        migrationChecksum(fs.readFileSync(path.join(dir, entry.file), 'utf8')),
      );
    expect(() => loadMigrations()).not.toThrow();
  });

  it('keeps the shipped migrations exactly as they were released', () => {
    const manifest = committedManifest;
    for (const [file, sha256] of Object.entries(shipped)) {
      expect(manifest.find((entry) => entry.file === file)?.sha256, file).toBe(sha256);
      expect(migrationChecksum(fs.readFileSync(path.join(defaultMigrationsDir(), file), 'utf8')), file).toBe(
        sha256,
      );
    }
  });

  it('refuses a copy of the folder where one byte of 0001 changed, as a broken installation', () => {
    const dir = copyOfMigrations();
    expect(() => loadMigrations(dir)).not.toThrow();
    flipOneByte(path.join(dir, '0001_community_register.sql'), 500);
    const error = thrown(() => loadMigrations(dir));
    expect(error).toBeInstanceOf(MigrationChangedError);
    expect(openFailure(error, '/data/ledger.sqlite').message).toMatch(
      /^程序的数据库升级文件与发布时不一致（0001_community_register\.sql 的内容被改动过）：安装已损坏，请重新安装本程序。/,
    );
    expect(() => updatedManifest(dir, ['0001_community_register.sql'], committedManifest)).toThrow(
      /已发布，不能改动/,
    );
  });

  it('refuses a migration the manifest does not list, and a listed one that is missing', () => {
    const unlisted = copyOfMigrations();
    const next = String(committedManifest.length + 1).padStart(4, '0');
    fs.writeFileSync(path.join(unlisted, `${next}_extra.sql`), 'SELECT 1;');
    expect(() => loadMigrations(unlisted)).toThrow(`${next}_extra.sql 未列入校验清单`);

    const missing = copyOfMigrations();
    const last = committedManifest.at(-1)!.file;
    fs.rmSync(path.join(missing, last));
    expect(() => loadMigrations(missing)).toThrow(`缺少校验清单中的 ${last}`);
  });

  it('adds a new migration to the manifest and leaves the listed ones as they are', () => {
    const dir = copyOfMigrations();
    const before = committedManifest;
    const next = String(before.length + 1).padStart(4, '0');
    fs.writeFileSync(path.join(dir, `${next}_extra.sql`), 'SELECT 1;\r\n');
    const files = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.sql'))
      .sort();
    const after = updatedManifest(dir, files, committedManifest);
    expect(after.slice(0, -1)).toEqual(before);
    expect(after.at(-1)).toEqual({
      version: before.length + 1,
      file: `${next}_extra.sql`,
      sha256: migrationChecksum('SELECT 1;\n'),
    });
  });
});
