// `cli check --db PATH`: integrity_check, foreign_key_check, the append-only tables' triggers (each as the
// migrations wrote it), the audit log's hash chain and the posted records' hashes, the number series and
// the app's invariants; non-zero on failure. A file the diagnosis finds unsound (a half-finished upgrade,
// tables gone, damage) is told in its words with the ways out; a read-only one can still be checked.
import fs from 'node:fs';
import { checkIntegrity } from '../../backend/api/integrity';
import { openDatabase } from '../../backend/core/db/connection';
import { diagnoseLedger } from '../../backend/core/db/diagnosis/diagnose';
import { unavailableStatus } from '../../backend/core/recovery/ledger-status';
import { ledgerProblemText } from '../ledger-problem';
import { resolveDbPath } from '../open-backend';
import type { Command } from './command';

/** Checking only reads: a file that merely cannot be written is checked all the same. */
const checkableProblems = new Set(['fileReadOnly', 'folderReadOnly']);

export const checkCommand: Command = {
  name: 'check',
  summary: '检查数据库完整性（integrity_check、外键与本程序的规则）',
  usage: 'check --db PATH',
  options: { db: { type: 'string' } },
  async run(values) {
    const dbPath = resolveDbPath(values.db as string | undefined);
    if (!fs.existsSync(dbPath)) throw new Error(`数据库文件不存在：${dbPath}`);
    const diagnosis = diagnoseLedger(dbPath);
    if (diagnosis.kind === 'problem' && !checkableProblems.has(diagnosis.report.problem)) {
      console.log(`检查未通过：${ledgerProblemText(unavailableStatus(diagnosis.report))}`);
      return 1;
    }
    const db = openDatabase(dbPath, { readonly: true });
    try {
      const report = checkIntegrity(db);
      for (const finding of report.findings) console.log(`✗ ${finding}`);
      console.log(report.ok ? `✓ 检查通过：${dbPath}` : `检查未通过：发现 ${report.findings.length} 个问题`);
      return report.ok ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
