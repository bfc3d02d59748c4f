// `cli upgrade --db PATH`: finishes an upgrade that was cut off half-way (the diagnosis found its
// -upgrading marker), or upgrades an older app's file, after the usual backup. Anything else the diagnosis
// finds is told with its ways out, and the file is left as it is.
import { openDatabase } from '../../backend/core/db/connection';
import { diagnoseLedger } from '../../backend/core/db/diagnosis/diagnose';
import { loadMigrations, migrate } from '../../backend/core/db/migrate';
import { unavailableStatus } from '../../backend/core/recovery/ledger-status';
import { ledgerProblemText } from '../ledger-problem';
import { resolveDbPath } from '../open-backend';
import { requiredOption, type Command } from './command';

export const upgradeCommand: Command = {
  name: 'upgrade',
  summary: '完成数据库升级（上次升级被中断时使用；升级前先自动备份）',
  usage: 'upgrade --db PATH',
  options: { db: { type: 'string' } },
  async run(values) {
    const dbPath = resolveDbPath(requiredOption(values, 'db'));
    const diagnosis = diagnoseLedger(dbPath);
    if (diagnosis.kind === 'opens' && diagnosis.creates) throw new Error(`数据库文件不存在：${dbPath}`);
    if (diagnosis.kind === 'problem' && diagnosis.report.problem !== 'halfMigrated') {
      console.log(ledgerProblemText(unavailableStatus(diagnosis.report)));
      return 1;
    }
    const db = openDatabase(dbPath);
    try {
      const result = await migrate(db, loadMigrations());
      if (result.from === result.to) console.log(`数据库已是第 ${result.to} 版，不需要升级：${dbPath}`);
      else console.log(`✓ 已从第 ${result.from} 版升级到第 ${result.to} 版：${dbPath}`);
      if (result.backupPath !== null) console.log(`升级前的备份：${result.backupPath}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
