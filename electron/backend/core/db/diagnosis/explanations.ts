// The one vocabulary for a ledger that cannot be opened: a heading, what happened in a clerk's words (never
// SQLite's), and the ways out, per problem. The desktop window, the browser page and the CLI all read it.
import type { LedgerProblem, LedgerProblemReport, WayOut } from '../../../../../shared/contract/ledger';

const keepIt = '请不要删除或覆盖这个文件。';
const restoreHint =
  '可以从最近一次验证通过的备份恢复：恢复前，损坏的文件会连同它的日志文件一起移到 backups/damaged 文件夹中保存，不会删除。';

interface Wording {
  title: string;
  explanation: (facts: Facts) => string;
  waysOut: WayOut[];
}

/** The numbers a sentence may name. */
export interface Facts {
  schemaVersion?: number | null;
  latestVersion?: number;
  expectedBytes?: number;
  actualBytes?: number;
  missingCount?: number;
  message?: string;
}

const damaged: WayOut[] = ['restoreBackup', 'recheck'];

const wordings: Record<LedgerProblem, Wording> = {
  directory: {
    title: '台账数据库的位置上是一个文件夹',
    explanation: () =>
      '台账数据库文件所在的位置上是一个文件夹，而不是数据库文件，可能是误建了同名文件夹。请把这个文件夹移走或改名（不要删除其中的内容），然后重新检查。',
    waysOut: ['recheck'],
  },
  empty: {
    title: '台账数据库文件是空的',
    explanation: () =>
      `台账数据库文件是空的（0 字节），里面没有任何记录，通常是复制中断、磁盘写满或断电造成的。程序没有把它当作新台账，以免原来的记录被覆盖。${keepIt}${restoreHint}`,
    waysOut: ['restoreBackup', 'startNew', 'recheck'],
  },
  notSqlite: {
    title: '这个文件不是台账数据库',
    explanation: () =>
      `这个文件不是本程序的台账数据库（文件开头没有数据库的标志），可能被其他文件覆盖，或已严重损坏。${keepIt}${restoreHint}`,
    waysOut: damaged,
  },
  truncated: {
    title: '台账数据库文件不完整',
    explanation: (facts) =>
      `台账数据库文件不完整：应有 ${facts.expectedBytes} 字节，实际只有 ${facts.actualBytes} 字节，后面一部分丢失了，通常是复制到一半中断、磁盘写满或断电造成的。${keepIt}${restoreHint}`,
    waysOut: damaged,
  },
  corrupt: {
    title: '台账数据库文件已损坏',
    explanation: () =>
      `台账数据库文件内部已损坏（有内容被改写或丢失），不能安全地继续记账。${keepIt}${restoreHint}`,
    waysOut: damaged,
  },
  tablesMissing: {
    title: '台账数据库缺少数据表',
    explanation: (facts) =>
      `台账数据库文件记录的是第 ${facts.schemaVersion} 版，但这一版应有的数据表缺了 ${facts.missingCount} 张，可能被其他软件改动过。程序没有把它当作新台账，以免原来的记录被覆盖。${keepIt}${restoreHint}`,
    waysOut: ['restoreBackup', 'startNew', 'recheck'],
  },
  fileReadOnly: {
    title: '台账数据库文件是只读的',
    explanation: () =>
      '台账数据库文件被设为只读，程序不能在其中记账。请在文件的「属性」中取消「只读」（或请管理员给当前用户写入这个文件的权限），然后重新检查。',
    waysOut: ['recheck'],
  },
  folderReadOnly: {
    title: '台账数据库所在的文件夹不能写入',
    explanation: () =>
      '台账数据库所在的文件夹不允许写入，程序不能在其中记账或新建台账（记账时要在同一文件夹中写日志文件）。请在文件夹的「属性」中取消「只读」（或请管理员给当前用户写入这个文件夹的权限），然后重新检查。',
    waysOut: ['recheck'],
  },
  halfMigrated: {
    title: '台账数据库的升级没有完成',
    explanation: (facts) =>
      `上次升级台账数据库时程序被中断了（可能是断电或强行关闭）：数据库停在第 ${facts.schemaVersion} 版，本程序需要第 ${facts.latestVersion} 版。已完成的部分完好。可以继续完成升级（升级前会先自动备份）；如有备份，也可以从备份恢复。`,
    waysOut: ['finishUpgrade', 'restoreBackup', 'recheck'],
  },
  newer: {
    title: '台账数据库由更新版本的程序写入',
    explanation: (facts) => facts.message ?? '',
    waysOut: [],
  },
  unopenable: {
    title: '无法打开台账数据库',
    explanation: (facts) => facts.message ?? '',
    waysOut: ['restoreBackup', 'recheck'],
  },
};

export function problemReport(
  problem: LedgerProblem,
  dbPath: string,
  facts: Facts = {},
  detail: string | null = null,
): LedgerProblemReport {
  const wording = wordings[problem];
  return {
    problem,
    title: wording.title,
    explanation: wording.explanation(facts),
    dbPath,
    schemaVersion: facts.schemaVersion ?? null,
    detail,
    waysOut: wording.waysOut,
  };
}
