// The desktop's error box when the ledger cannot be opened: real failures from real files, each explained
// in Chinese (never SQLite's English sentence), naming the file, with the code support needs.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/api/create-backend';
import { loadMigrations, MigrationsMissingError } from '../../../electron/backend/core/db/migrate';
import { diagnoseLedger } from '../../../electron/backend/core/db/diagnosis/diagnose';
import { failureOfReport, openFailure } from '../../../electron/main/open-failure';
import { fixedNow, makeTempDir } from '../../fixtures/backend';

async function failureOpening(dbPath: string): Promise<unknown> {
  try {
    const backend = await createBackend({
      dbPath,
      resourcesDir: path.resolve('resources'),
      clock: () => fixedNow,
      platform: process.platform,
      logError: () => undefined,
    });
    backend.close();
  } catch (error) {
    return error;
  }
  throw new Error(`${dbPath} opened`);
}

describe('the error box when the ledger cannot be opened', () => {
  it('explains a file that is not a database, and says not to overwrite it', async () => {
    const dbPath = path.join(makeTempDir(), 'ledger.sqlite');
    fs.writeFileSync(dbPath, '这不是数据库'.repeat(200));
    const error = await failureOpening(dbPath);
    const failure = openFailure(error, dbPath);
    expect(failure.title).toBe('无法打开台账数据库');
    expect(failure.message).toContain('这个文件不是本程序的台账数据库');
    expect(failure.message).toContain('请不要删除或覆盖这个文件');
    expect(failure.message).toContain(`数据库文件：${dbPath}`);
    expect(failure.message).toContain('错误代码：SQLITE_NOTADB');
    expect(failure.message).not.toContain((error as Error).message);
  });

  it('explains a damaged database', async () => {
    const dbPath = path.join(makeTempDir(), 'ledger.sqlite');
    const db = new Database(dbPath);
    db.exec(`CREATE TABLE t (x TEXT);
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
      INSERT INTO t SELECT hex(randomblob(500)) FROM n`);
    db.close();
    // Keep the header page, garble the schema's pages behind it.
    const bytes = fs.readFileSync(dbPath);
    bytes.fill(0xa5, 100, bytes.length);
    fs.writeFileSync(dbPath, bytes);
    const failure = openFailure(await failureOpening(dbPath), dbPath);
    expect(failure.message).toMatch(/台账数据库文件内部已损坏|不是本程序的台账数据库/);
    expect(failure.message).toMatch(/错误代码：SQLITE_(CORRUPT|NOTADB)/);
  });

  it('explains a path that cannot be opened', async () => {
    const dbPath = makeTempDir();
    const failure = openFailure(await failureOpening(dbPath), dbPath);
    expect(failure.message).toContain('无法打开台账数据库文件');
    expect(failure.message).toContain('错误代码：SQLITE_CANTOPEN');
  });

  it('passes on the Chinese explanation of a database written by a newer app, without English', async () => {
    const dbPath = path.join(makeTempDir(), 'ledger.sqlite');
    const db = new Database(dbPath);
    db.pragma('user_version = 999');
    db.close();
    const failure = openFailure(await failureOpening(dbPath), dbPath);
    expect(failure.message).toMatch(/^数据库版本为 999，高于本程序支持的版本/);
    expect(failure.message).not.toContain('技术信息');
  });

  it('tells a broken installation (missing migrations) from a broken database', () => {
    const empty = makeTempDir();
    expect(() => loadMigrations(empty)).toThrow(MigrationsMissingError);
    const failure = openFailure(
      captured(() => loadMigrations(path.join(empty, 'absent'))),
      '/data/ledger.sqlite',
    );
    expect(failure.message).toMatch(
      /^程序的数据库升级文件缺失或不完整（找不到文件夹 .*）：请重新安装本程序。/,
    );
  });

  it('refuses migrations with a gap as a broken installation', () => {
    const dir = makeTempDir();
    fs.writeFileSync(path.join(dir, '0001_first.sql'), 'SELECT 1;');
    fs.writeFileSync(path.join(dir, '0003_third.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow('升级文件编号不连续：缺少第 2 号，见 third');
  });

  it.each([
    ['SQLITE_CORRUPT_INDEX', '台账数据库文件内部已损坏'],
    ['SQLITE_IOERR_SHORT_READ', '读写台账数据库文件时磁盘出错'],
    ['SQLITE_READONLY_DBMOVED', '台账数据库文件或所在文件夹不允许写入'],
    ['SQLITE_BUSY', '台账数据库正被另一个程序占用'],
    ['EACCES', '没有权限访问台账数据库文件'],
  ])('explains %s in Chinese', (code, explanation) => {
    const error = Object.assign(new Error('disk I/O error'), { code });
    const failure = openFailure(error, '/data/ledger.sqlite');
    expect(failure.message).toContain(explanation);
    expect(failure.message).toContain(`错误代码：${code}`);
    expect(failure.message).not.toContain('disk I/O error');
  });

  it('keeps the original text of an unknown error for support, after a Chinese sentence', () => {
    const failure = openFailure(new Error('something odd'), '/data/ledger.sqlite');
    expect(failure.message).toMatch(/^打开台账数据库时发生意外错误/);
    expect(failure.message).toContain('技术信息：something odd');
  });
});

describe('the error box when even the recovery page cannot be shown', () => {
  it('says what the diagnosis found, in its words, with the file', () => {
    const dbPath = path.join(makeTempDir(), 'ledger.sqlite');
    fs.writeFileSync(dbPath, '');
    const diagnosis = diagnoseLedger(dbPath);
    if (diagnosis.kind !== 'problem') throw new Error('expected a problem');
    const failure = failureOfReport(diagnosis.report);
    expect(failure.title).toBe('无法打开台账数据库');
    expect(failure.message).toMatch(/^台账数据库文件是空的（0 字节）/);
    expect(failure.message).toContain(`数据库文件：${dbPath}`);
  });
});

function captured(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
