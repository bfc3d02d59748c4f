// Run by playwright.config.ts before the empty host starts: the demo's three users (admin 管理员,
// jingban 经办人, shenhe 审核人, all with LEDGER_DEMO_PASSWORD) on a database that holds nothing else, so
// the specs sign in on it as they do on the demo database.
import { parseArgs } from 'node:util';
import { createDemoPeople } from '../../../electron/cli/demo-people';
import { openBackend, resolveDbPath } from '../../../electron/cli/open-backend';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  if (!values.db) throw new Error('--db：必须给出数据库文件');
  if (!process.env.LEDGER_DEMO_PASSWORD)
    throw new Error('LEDGER_DEMO_PASSWORD 未设置：请经 playwright.config.ts 运行');
  const backend = await openBackend(resolveDbPath(values.db));
  try {
    await createDemoPeople(backend);
  } finally {
    backend.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
