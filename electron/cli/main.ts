// The headless CLI over the same backend: `npm run cli -- <command> [options]`, for scripting and for
// the district's IT staff.
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../backend/core/db/default-path';
import { backupCommand, backupsCommand, restoreCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { contractsCommand } from './commands/contracts';
import type { Command } from './commands/command';
import { allocateCommand } from './commands/allocate';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { fundCommand } from './commands/fund';
import { noticeCommand } from './commands/notice';

const commands: Command[] = [
  demoCommand,
  checkCommand,
  allocateCommand,
  exportCommand,
  noticeCommand,
  contractsCommand,
  fundCommand,
  backupCommand,
  backupsCommand,
  restoreCommand,
];

function helpText(): string {
  const lines = commands.map((command) => `  ${command.usage}\n      ${command.summary}`);
  return [
    '街道社区经费台账 命令行工具',
    '用法 / usage: npm run cli -- <命令> [选项]',
    '',
    '命令：',
    ...lines,
    '',
    '  --help\n      显示本帮助；<命令> --help 显示该命令的用法',
    `未给出 --db 时使用桌面程序的数据库文件（${defaultDatabasePath()}）。`,
    '改动台账的命令（allocate）须以用户身份办理：--user 登录名，密码取自环境变量 LEDGER_PASSWORD，',
    '未设置时提示输入（不回显）。只读取或打印的命令（check、export、notice、contracts、fund）不需要登录：',
    '持有数据库文件者即可读取其中的内容。备份与恢复（backup、backups、restore）也不需要登录：持有文件者本可',
    '直接复制文件；restore 先把当前文件留存为「恢复前留存」备份，并在操作日志中记下恢复自哪个备份。',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(helpText());
    return name === undefined ? 1 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`未知命令：${name}\n\n${helpText()}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...command.options, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(`用法：npm run cli -- ${command.usage}\n${command.summary}`);
    return 0;
  }
  return command.run(values, positionals);
}

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
