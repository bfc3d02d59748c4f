// The damage seen before SQLite opens anything: a folder in the file's place, 0 bytes, a file that is not
// SQLite, a file cut short. Each is named in Chinese, and the folder is left byte for byte as it was.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseLedger } from '../../../../electron/backend/core/db/diagnosis/diagnose';
import { diagnosedProblem, useLedgerFiles } from '../../../fixtures/damaged-ledger';

const files = useLedgerFiles();

describe('a ledger path that holds no sound file', () => {
  it('names a folder standing where the file should be', () => {
    const ledger = files.ledgerCase((dbPath) => {
      fs.rmSync(dbPath);
      fs.mkdirSync(dbPath);
    });
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('directory');
    expect(report.explanation).toContain('是一个文件夹，而不是数据库文件');
    expect(report.waysOut).toEqual(['recheck']);
  });

  it('reports a 0-byte file as damaged instead of making it a new ledger', () => {
    const ledger = files.ledgerCase((dbPath) => fs.truncateSync(dbPath, 0));
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('empty');
    expect(report.explanation).toContain('台账数据库文件是空的（0 字节）');
    expect(report.explanation).toContain('没有把它当作新台账');
    expect(report.waysOut).toContain('startNew');
    expect(fs.statSync(ledger.dbPath).size).toBe(0);
  });

  it('says a file without the SQLite header is not a ledger', () => {
    const ledger = files.ledgerCase((dbPath) =>
      fs.writeFileSync(dbPath, '社区名称,户数\n盘龙社区,12000\n'.repeat(40)),
    );
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('notSqlite');
    expect(report.explanation).toContain('不是本程序的台账数据库');
    expect(report.waysOut).toEqual(['restoreBackup', 'recheck']);
  });

  it('says a file cut short is incomplete, with the sizes', () => {
    const size = fs.statSync(files.healthy).size;
    const ledger = files.ledgerCase((dbPath) => fs.truncateSync(dbPath, Math.floor(size / 2) + 100));
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('truncated');
    expect(report.explanation).toContain(`应有 ${size} 字节，实际只有 ${Math.floor(size / 2) + 100} 字节`);
  });

  it('lets a healthy file open, and a missing one be made where its folder is writable', () => {
    const ledger = files.ledgerCase();
    expect(diagnoseLedger(ledger.dbPath)).toEqual({ kind: 'opens', creates: false });
    fs.rmSync(ledger.dbPath);
    expect(diagnoseLedger(ledger.dbPath)).toEqual({ kind: 'opens', creates: true });
    expect(fs.readdirSync(ledger.folder)).toEqual([]);
  });
});
