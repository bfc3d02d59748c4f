// What the clerk reads when the ledger cannot be opened at start-up. SQLite and Node speak English
// (SQLITE_NOTADB, "file is not a database"); the error box says in Chinese what happened to which file and
// what to do next. A plain function, so it is tested without Electron.
import { MigrationsMissingError, NewerDatabaseError } from '../backend/core/db/migrate';
import { MigrationChangedError } from '../backend/core/db/migration-manifest';
import { ForeignMigrationsError } from '../backend/core/db/migration-record';

export interface OpenFailure {
  title: string;
  message: string;
}

const title = '无法打开台账数据库';

/** Refusals that already explain themselves in Chinese: the broken installation or the foreign database. */
const explainedRefusals = [
  NewerDatabaseError,
  MigrationsMissingError,
  MigrationChangedError,
  ForeignMigrationsError,
];

/** SQLite's primary result codes we can explain; extended codes (SQLITE_IOERR_READ …) fall under them. */
const sqliteExplanations: Record<string, string> = {
  SQLITE_CORRUPT:
    '数据库文件已损坏。请不要删除或覆盖它，先复制一份保存，再从最近的备份恢复（备份在数据库所在文件夹的 backups 子文件夹中）。',
  SQLITE_NOTADB:
    '该文件不是本程序的数据库，或已严重损坏。请不要删除或覆盖它，先复制一份保存，再从最近的备份恢复（备份在数据库所在文件夹的 backups 子文件夹中）。',
  SQLITE_IOERR:
    '读写数据库文件时磁盘出错。请检查磁盘空间和磁盘状态（U 盘、移动硬盘是否已拔出），然后重新打开程序。',
  SQLITE_READONLY:
    '数据库文件是只读的，不能写入。请检查文件和所在文件夹是否允许当前用户修改，然后重新打开程序。',
  SQLITE_CANTOPEN:
    '无法打开数据库文件。请检查文件是否存在、所在文件夹是否可访问（不要放在网络共享文件夹中），然后重新打开程序。',
  SQLITE_BUSY:
    '数据库正被另一个程序占用。请关闭其他正在使用该文件的程序（包括另一个本程序窗口），然后重新打开程序。',
};

function sqliteCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return Object.keys(sqliteExplanations).find((base) => code === base || code.startsWith(`${base}_`)) ?? null;
}

/** The explanation, and what support needs to know beyond it (never SQLite's English sentence when known). */
function explain(error: unknown): { explanation: string; detail: string | null } {
  if (explainedRefusals.some((refusal) => error instanceof refusal))
    return { explanation: (error as Error).message, detail: null };
  const code = sqliteCode(error);
  if (code !== null) {
    const fullCode = String((error as { code: string }).code);
    return { explanation: sqliteExplanations[code]!, detail: `错误代码：${fullCode}` };
  }
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (nodeCode === 'EACCES' || nodeCode === 'EPERM') {
    return {
      explanation: '没有权限访问数据库文件或其所在文件夹。请检查当前用户的文件权限，然后重新打开程序。',
      detail: `错误代码：${nodeCode}`,
    };
  }
  return {
    explanation:
      '打开数据库时发生意外错误。请重新打开程序；如果仍然失败，请联系技术支持并提供下面的技术信息。',
    detail: `技术信息：${error instanceof Error ? error.message : String(error)}`,
  };
}

/** The error box for a failed start: what happened and what to do, the file, and a code for support. */
export function openFailure(error: unknown, dbPath: string): OpenFailure {
  const { explanation, detail } = explain(error);
  const lines = [explanation, `数据库文件：${dbPath}`, ...(detail === null ? [] : [detail])];
  return { title, message: lines.join('\n\n') };
}
