// Run by playwright.config.ts before the damaged host starts: on the demo database just made, a verified
// backup as the app takes one, then bytes overwritten inside the register's table, as a failing disk or a
// half-finished copy leaves a file. The host then starts in its recovery state on it.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { checkIntegrity } from '../../../electron/backend/api/integrity';
import { takeBackup } from '../../../electron/backend/core/backup/take-backup';
import { openDatabase } from '../../../electron/backend/core/db/connection';
import { resolveDbPath } from '../../../electron/cli/open-backend';

async function backUp(dbPath: string): Promise<void> {
  const db = openDatabase(dbPath);
  try {
    const record = await takeBackup(db, dbPath, {
      kind: 'manual',
      now: new Date(),
      env: { check: checkIntegrity },
    });
    if (!record.verified.ok) throw new Error(`备份未通过校验：${record.verified.findings.join('；')}`);
  } finally {
    db.close();
  }
}

/** The first page of the community table, overwritten past its page header. */
function overwriteCommunityPage(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  const rootpage = db
    .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'community'")
    .pluck()
    .get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(dbPath, 'r+');
  try {
    fs.writeSync(fd, Buffer.alloc(256, 0xa5), 0, 256, (rootpage - 1) * pageSize);
  } finally {
    fs.closeSync(fd);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  if (!values.db) throw new Error('--db：必须给出数据库文件');
  const dbPath = resolveDbPath(values.db);
  await backUp(dbPath);
  overwriteCommunityPage(dbPath);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
