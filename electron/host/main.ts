// Browser mode: `npm run serve -- [--db PATH] [--port N]`. Opens the database, starts the loopback host
// and prints the address with this run's token. LEDGER_HOST_TOKEN may fix the token (the end-to-end
// tests draw a fresh one per run); otherwise a random one is drawn here.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/api/create-backend';
import { defaultDatabasePath } from '../backend/core/db/default-path';
import { startHost } from './server';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string', default: '0' }, help: { type: 'boolean' } },
  });
  if (values.help) return printHelp();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port：端口号无效：${values.port}`);
  const staticDir = path.join(repoRoot, 'dist', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error('未找到界面文件 dist/renderer/index.html，请先运行 npm run build:renderer');
  }
  const dbPath = path.resolve(values.db ?? defaultDatabasePath());
  const backend = await createBackend({
    dbPath,
    resourcesDir: path.join(repoRoot, 'resources'),
    clock: () => new Date(),
    platform: process.platform,
  });
  // The day's backup before serving (a failure is logged and listed, never in the way).
  await backend.automaticBackup('start');
  const token = process.env.LEDGER_HOST_TOKEN || crypto.randomBytes(24).toString('base64url');
  const { server, url } = await startHost({ dispatch: backend.dispatch, staticDir, token, port });
  console.log(`数据库 / database: ${dbPath}`);
  console.log(`浏览器模式已启动，请在浏览器中打开 / browser mode at: ${url}`);
  let stopping = false;
  // Ctrl+C or a service stop: the quit backup (when the ledger changed since the last one), then close.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    void backend.automaticBackup('quit').finally(() => (backend.close(), process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function printHelp(): void {
  console.log(`用法 / usage: npm run serve -- [--db PATH] [--port N]
  --db PATH   数据库文件（默认 ${defaultDatabasePath()}）
  --port N    端口（默认随机）；只监听 127.0.0.1`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
