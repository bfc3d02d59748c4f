// `cli backup`, `cli restore` and `cli backups`: the backups of a ledger file from the command line.
// None needs a sign-in: whoever holds the file can copy it, or copy another over it, with any file tool;
// a restore still keeps the current file aside first, and each leaves its row in the audit log.
import fs from 'node:fs';
import path from 'node:path';
import { backupKindLabels, type BackupRecord } from '../../../shared/features/backups/contract';
import { checkIntegrity } from '../../backend/api/integrity';
import { openLedger } from '../../backend/api/open-ledger';
import { adoptBackupFile } from '../../backend/core/backup/adopt-backup';
import { auditBackup, auditRestore, type AuditActor } from '../../backend/core/backup/backup-audit';
import { backupsDir } from '../../backend/core/backup/backup-files';
import { ledgerInUse } from '../../backend/core/backup/in-use';
import { backupPathOf, findListedBackup, listBackups } from '../../backend/core/backup/list-backups';
import { restoreLedgerFile } from '../../backend/core/backup/restore-file';
import { takeBackup } from '../../backend/core/backup/take-backup';
import type { BackupEnv } from '../../backend/core/backup/verify-backup';
import { exportName } from '../../backend/backups/backup-export';
import { resolveDbPath } from '../open-backend';
import { requiredOption, type Command } from './command';

const env: BackupEnv = { check: checkIntegrity };
const cliActor: AuditActor = { actor: '（命令行，持有数据文件者）', userId: null };

function existingDb(values: Record<string, unknown>): string {
  const dbPath = resolveDbPath(values.db as string | undefined);
  if (!fs.existsSync(dbPath)) throw new Error(`数据库文件不存在：${dbPath}`);
  return dbPath;
}

export const backupCommand: Command = {
  name: 'backup',
  summary: '立即备份：写入数据库旁的 backups 文件夹并校验；--out 另复制一份到该文件夹（如 U 盘）',
  usage: 'backup --db PATH [--out DIR]',
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(values) {
    const dbPath = existingDb(values);
    const now = new Date();
    const db = await openLedger(dbPath, now);
    let record: BackupRecord;
    try {
      record = await takeBackup(db, dbPath, { kind: 'manual', now, env });
      auditBackup(db, record, cliActor, now);
    } finally {
      db.close();
    }
    console.log(describeRecord(record));
    if (!record.verified.ok) {
      for (const finding of record.verified.findings) console.log(`✗ ${finding}`);
      return 1;
    }
    console.log(`✓ 已备份：${backupPathOf(dbPath, record)}`);
    if (typeof values.out === 'string') {
      const target = path.join(path.resolve(values.out), exportName(record.takenAt));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(backupPathOf(dbPath, record), target);
      console.log(`✓ 已复制到：${target}`);
    }
    return 0;
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary:
    '从备份恢复（BACKUP 为 backups 列表中的文件名或备份文件的路径）；当前文件先留存为「恢复前留存」，恢复它即可撤销。' +
    '须先关闭使用该文件的程序；不需要登录：持有数据文件者本可直接复制文件',
  usage: 'restore --db PATH --from BACKUP',
  options: { db: { type: 'string' }, from: { type: 'string' } },
  async run(values) {
    // A missing or damaged ledger is what a restore is for: only the backup must be sound.
    const dbPath = resolveDbPath(values.db as string | undefined);
    const from = requiredOption(values, 'from');
    if (ledgerInUse(dbPath, env))
      throw new Error('数据库文件正被其他程序使用（桌面程序或浏览器模式）：请先关闭它，再恢复');
    const now = new Date();
    const record = findListedBackup(dbPath, from) ?? adoptBackupFile(dbPath, path.resolve(from), env);
    const outcome = await restoreLedgerFile(dbPath, record.fileName, now, env);
    const { restored, keptAside, movedAside } = outcome;
    const db = await openLedger(dbPath, now);
    try {
      auditRestore(db, outcome, cliActor, now);
    } finally {
      db.close();
    }
    console.log(`✓ 已从备份恢复：${restored.fileName}（${displayTime(restored.takenAt)}）`);
    if (keptAside) {
      console.log(`  恢复前的台账已留存为：${backupPathOf(dbPath, keptAside)}`);
      console.log(`  撤销这次恢复：restore --db ${dbPath} --from ${keptAside.fileName}`);
    }
    if (movedAside) console.log(`  原文件已损坏，已原样移至：${movedAside}`);
    return 0;
  },
};

export const backupsCommand: Command = {
  name: 'backups',
  summary: '列出备份：时间、类型、大小、行数与校验结果（新的在前）',
  usage: 'backups --db PATH',
  options: { db: { type: 'string' } },
  async run(values) {
    const dbPath = resolveDbPath(values.db as string | undefined);
    const records = listBackups(dbPath);
    console.log(`备份文件夹：${backupsDir(dbPath)}`);
    if (records.length === 0) console.log('（还没有备份）');
    for (const record of records) console.log(describeRecord(record));
    return 0;
  },
};

const displayTime = (takenAt: string) => takenAt.slice(0, 19).replace('T', ' ');

/** One line per backup: 2026-12-04 08:30:00  手动备份  1.2 MB  12,345 行  校验通过  ledger-…sqlite */
export function describeRecord(record: BackupRecord): string {
  const rows = Object.values(record.counts).reduce((sum, n) => sum + n, 0);
  const result = record.verified.ok ? '校验通过' : `校验未通过：${record.verified.findings[0] ?? ''}`;
  return [
    displayTime(record.takenAt),
    backupKindLabels[record.kind],
    `${(record.sizeBytes / 1024 / 1024).toFixed(1)} MB`,
    `${rows.toLocaleString('en-US')} 行`,
    result,
    record.fileName,
  ].join('  ');
}
