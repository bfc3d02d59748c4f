// A ledger the CLI cannot open, told as the recovery page tells it (core/db/diagnosis), followed by the
// commands that are its ways out, ready to copy.
import type { UnavailableLedger, WayOut } from '../../shared/contract/ledger';

const quoted = (text: string) => `"${text.replaceAll('"', '\\"')}"`;

function wayOutLines(status: UnavailableLedger, way: WayOut): string[] {
  const db = quoted(status.dbPath);
  if (way === 'restoreBackup' && status.newestBackup !== null)
    return [
      `  从 ${status.newestBackup.takenAt.slice(0, 16).replace('T', ' ')} 验证通过的备份恢复（当前文件先留存到 backups 文件夹，不会删除）：`,
      `    npm run cli -- restore --db ${db} --from ${quoted(status.newestBackup.fileName)}`,
    ];
  if (way === 'finishUpgrade')
    return ['  继续完成升级（升级前先自动备份）：', `    npm run cli -- upgrade --db ${db}`];
  if (way === 'startNew') return ['  或者把这个文件移到别处保存，本程序会在原位置新建一个空台账。'];
  return [];
}

export function ledgerProblemText(status: UnavailableLedger): string {
  const lines = [`无法打开台账数据库：${status.title}`, status.explanation, `数据库文件：${status.dbPath}`];
  if (status.detail !== null) lines.push(status.detail);
  const ways = status.waysOut.flatMap((way) => wayOutLines(status, way));
  if (
    status.newestBackup === null &&
    status.waysOut.includes('startNew') === false &&
    status.problem !== 'newer'
  )
    ways.push('  没有找到验证通过的备份（npm run cli -- backups --db 数据库文件 可查看全部备份）。');
  if (ways.length > 0) lines.push('可以这样处理：', ...ways);
  lines.push('处理好之后，重新运行本命令。');
  return lines.join('\n');
}
