// A ledger the app could read but not write: before this, the host started and every write answered
// 「程序内部错误」. The tests run as root, who may write anyway, so the diagnosis decides from the mode
// bits (a Windows 只读 attribute clears them) and names which of the two is read-only.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnoseLedger } from '../../../../electron/backend/core/db/diagnosis/diagnose';
import { diagnosedProblem, sha256Of, useLedgerFiles } from '../../../fixtures/damaged-ledger';

const files = useLedgerFiles();

describe('a ledger that cannot be written', () => {
  it('names a read-only file, and opens once it is writable again', () => {
    const ledger = files.ledgerCase((dbPath) => fs.chmodSync(dbPath, 0o444));
    const before = sha256Of(ledger.dbPath);
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('fileReadOnly');
    expect(report.explanation).toContain('台账数据库文件被设为只读');
    expect(report.waysOut).toEqual(['recheck']);
    expect(sha256Of(ledger.dbPath)).toBe(before);
    fs.chmodSync(ledger.dbPath, 0o644);
    expect(diagnoseLedger(ledger.dbPath).kind).toBe('opens');
  });

  it('names a read-only folder, for a file that exists and for one still to be made', () => {
    const ledger = files.ledgerCase();
    fs.chmodSync(ledger.folder, 0o555);
    const report = diagnosedProblem(ledger);
    expect(report.problem).toBe('folderReadOnly');
    expect(report.explanation).toContain('所在的文件夹不允许写入');
    fs.chmodSync(ledger.folder, 0o755);
    fs.rmSync(ledger.dbPath);
    fs.chmodSync(ledger.folder, 0o555);
    expect(diagnosedProblem(ledger).problem).toBe('folderReadOnly');
    expect(fs.readdirSync(ledger.folder)).toEqual([]);
    fs.chmodSync(ledger.folder, 0o755);
    expect(diagnoseLedger(ledger.dbPath)).toEqual({ kind: 'opens', creates: true });
  });
});
