// The damage only SQLite can see, asked of a copy: bytes overwritten inside a table, tables gone while
// the version stays, a file from a newer app. Each is named in Chinese and the folder keeps every byte.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseLedger } from '../../../../electron/backend/core/db/diagnosis/diagnose';
import { loadMigrations } from '../../../../electron/backend/core/db/migrate';
import { diagnosedProblem, overwriteBytes, useLedgerFiles } from '../../../fixtures/damaged-ledger';

const files = useLedgerFiles();

function onFile<T>(dbPath: string, work: (db: Database.Database) => T): T {
  const db = new Database(dbPath);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

describe('a ledger whose content is damaged', () => {
  it('finds bytes overwritten inside the table of users', () => {
    const ledger = files.ledgerCase((dbPath) => {
      const { rootpage, pageSize } = onFile(dbPath, (db) => ({
        rootpage: db
          .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'app_user'")
          .pluck()
          .get() as number,
        pageSize: db.pragma('page_size', { simple: true }) as number,
      }));
      overwriteBytes(dbPath, (rootpage - 1) * pageSize, 64);
    });
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('corrupt');
    expect(report.title).toBe('台账数据库文件已损坏');
    expect(report.explanation).toContain('有内容被改写或丢失');
    expect(report.explanation).not.toMatch(/malformed|SQLITE/);
  });

  it('leaves a rule broken by raw SQL to cli check: the file itself is sound and opens', () => {
    const ledger = files.ledgerCase((dbPath) =>
      onFile(dbPath, (db) => {
        db.pragma('ignore_check_constraints = ON');
        db.prepare("UPDATE app_user SET display_name = ' ' WHERE login = 'clerk'").run();
      }),
    );
    expect(diagnoseLedger(ledger.dbPath)).toEqual({ kind: 'opens', creates: false });
  });

  it('reports tables gone under an unchanged version as damaged, not as a new ledger', () => {
    const ledger = files.ledgerCase((dbPath) =>
      onFile(dbPath, (db) => {
        db.pragma('foreign_keys = OFF');
        db.exec('DROP TABLE courtyard_households; DROP TABLE courtyard');
      }),
    );
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('tablesMissing');
    expect(report.explanation).toContain(`第 ${loadMigrations().length} 版，但这一版应有的数据表缺了 2 张`);
    expect(report.detail).toBe('缺少的表：courtyard、courtyard_households');
    expect(report.waysOut).toContain('startNew');
  });

  it('keeps the refusal of a file written by a newer app', () => {
    const latest = loadMigrations().length;
    const ledger = files.ledgerCase((dbPath) =>
      onFile(dbPath, (db) => db.pragma(`user_version = ${latest + 1}`)),
    );
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('newer');
    expect(report.explanation).toBe(
      `数据库版本为 ${latest + 1}，高于本程序支持的版本 ${latest}：它由更新版本的程序写入，请升级程序后再打开。`,
    );
    expect(report.waysOut).toEqual([]);
    expect(fs.existsSync(`${ledger.dbPath}-wal`)).toBe(false);
  });
});
