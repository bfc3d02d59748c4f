// When the file passed the diagnosis but opening or upgrading it still failed: the refusals that explain
// themselves in Chinese (a newer or a foreign database, a broken installation) keep their words; SQLite's
// and Node's codes are put in the same vocabulary (explanations.ts); anything else names what support needs.
import type { LedgerProblemReport } from '../../../../../shared/contract/ledger';
import { MigrationsMissingError, NewerDatabaseError } from '../migrate';
import { MigrationChangedError } from '../migration-manifest';
import { ForeignMigrationsError } from '../migration-record';
import { problemReport } from './explanations';

const explainedRefusals = [MigrationsMissingError, MigrationChangedError, ForeignMigrationsError];

/** SQLite's primary result codes; extended codes (SQLITE_IOERR_READ …) fall under them. */
const sqliteExplanations: Record<string, string> = {
  SQLITE_IOERR:
    '读写台账数据库文件时磁盘出错。请检查磁盘空间和磁盘状态（U 盘、移动硬盘是否已拔出），然后重新检查。',
  SQLITE_READONLY: '台账数据库文件或所在文件夹不允许写入。请检查当前用户能否修改它们，然后重新检查。',
  SQLITE_CANTOPEN:
    '无法打开台账数据库文件。请检查文件是否存在、所在文件夹是否可以访问（不要放在网络共享文件夹中），然后重新检查。',
  SQLITE_BUSY:
    '台账数据库正被另一个程序占用。请关闭其他正在使用它的程序（包括另一个本程序窗口），然后重新检查。',
  SQLITE_FULL: '磁盘已满，台账数据库不能写入。请清理磁盘空间，然后重新检查。',
};

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

function sqliteBase(code: string): string | null {
  return Object.keys(sqliteExplanations).find((base) => code === base || code.startsWith(`${base}_`)) ?? null;
}

export function reportOfOpenError(error: unknown, dbPath: string): LedgerProblemReport {
  if (error instanceof NewerDatabaseError)
    return problemReport('newer', dbPath, { message: error.message, schemaVersion: error.databaseVersion });
  if (explainedRefusals.some((refusal) => error instanceof refusal))
    return { ...problemReport('unopenable', dbPath, { message: (error as Error).message }), waysOut: [] };
  const code = codeOf(error);
  if (code !== null && code.startsWith('SQLITE_CORRUPT'))
    return problemReport('corrupt', dbPath, {}, `错误代码：${code}`);
  if (code !== null && code.startsWith('SQLITE_NOTADB'))
    return problemReport('notSqlite', dbPath, {}, `错误代码：${code}`);
  const base = code === null ? null : sqliteBase(code);
  if (base !== null) {
    const report = problemReport(
      'unopenable',
      dbPath,
      { message: sqliteExplanations[base]! },
      `错误代码：${code}`,
    );
    return { ...report, waysOut: ['recheck'] };
  }
  if (code === 'EACCES' || code === 'EPERM') {
    const message = '没有权限访问台账数据库文件或其所在文件夹。请检查当前用户的文件权限，然后重新检查。';
    return { ...problemReport('unopenable', dbPath, { message }, `错误代码：${code}`), waysOut: ['recheck'] };
  }
  const message =
    '打开台账数据库时发生意外错误。请重新检查；如果仍然失败，请联系技术支持并提供下面的技术信息。';
  const detail = `技术信息：${error instanceof Error ? error.message : String(error)}`;
  return { ...problemReport('unopenable', dbPath, { message }, detail), waysOut: ['recheck'] };
}
