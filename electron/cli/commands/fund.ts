// `cli fund trial-balance|ledger|notice|projects ...`: the micro-fund's 科目余额表 of a year (or one
// month) and one account's 明细账 of a year as xlsx, the quarter's 收支公示 as the A4 PDF posted for the
// public, and the year's 公益项目一览 as xlsx; read as the file holder like `cli contracts register`:
// printing changes nothing, so no sign-in.
import { toLocalIsoDate } from '../../../shared/domain/dates';
import type { FileOutput } from '../../../shared/contract/files';
import { call, openBackend, resolveDbPath } from '../open-backend';
import { writeFileOutput } from '../write-file';
import { requiredOption, yearOption, type Command, type OptionValues } from './command';
import { warnOfYearsWithoutCalendar } from './notice';

type Backend = Parameters<typeof call>[0];

function monthOption(values: OptionValues): number | null {
  const text = values.month as string | undefined;
  if (text === undefined) return null;
  const month = Number(text);
  if (!/^\d{1,2}$/u.test(text) || month < 1 || month > 12)
    throw new Error(`--month：月份无效：${text}（应为 1–12）`);
  return month;
}

function quarterOption(values: OptionValues): number {
  const text = requiredOption(values, 'quarter');
  if (!/^[1-4]$/u.test(text)) throw new Error(`--quarter：季度无效：${text}（应为 1–4）`);
  return Number(text);
}

/** The posting period: from --start (today when not given) for --days working days (1–60, as the screen). */
function postingOf(values: OptionValues) {
  const publishedOn = (values.start as string | undefined) ?? toLocalIsoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(publishedOn) || Number.isNaN(Date.parse(publishedOn)))
    throw new Error(`--start：公示开始日期无效：${publishedOn}（应为 YYYY-MM-DD）`);
  const days = String(values.days);
  if (!/^\d{1,2}$/u.test(days) || Number(days) < 1 || Number(days) > 60)
    throw new Error(`--days：公示期工作日数无效：${days}（应为 1–60）`);
  return { publishedOn, workingDays: Number(days) };
}

/** The account's id from its code (1002, or a 明细科目 such as 100201). */
function accountIdOf(backend: Backend, code: string): number {
  const row = backend.db.prepare('SELECT id FROM fund_account WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (!row) throw new Error(`--account：找不到科目编码为“${code}”的会计科目`);
  return row.id;
}

const documents: Record<string, (backend: Backend, values: OptionValues) => Promise<FileOutput>> = {
  'trial-balance': (backend, values) => {
    const month = monthOption(values);
    return call(backend, 'fund.trialBalanceXlsx', {
      year: yearOption(values),
      fromMonth: month ?? 1,
      toMonth: month ?? 12,
    });
  },
  ledger: (backend, values) =>
    call(backend, 'fund.ledgerXlsx', {
      accountId: accountIdOf(backend, requiredOption(values, 'account')),
      year: yearOption(values),
    }),
  notice: async (backend, values) => {
    const posting = postingOf(values);
    await warnOfYearsWithoutCalendar(backend, {
      startDate: posting.publishedOn,
      workingDays: posting.workingDays,
    });
    return call(backend, 'fund.quarterNoticePdf', {
      year: yearOption(values),
      quarter: quarterOption(values),
      ...posting,
      contactPerson: '',
      contactPhone: '',
      supervisionPhone: '',
    });
  },
  projects: (backend, values) => call(backend, 'fund.projectsXlsx', { year: yearOption(values) }),
};

export const fundCommand: Command = {
  name: 'fund',
  summary:
    '社区公益微基金：trial-balance 导出科目余额表（Excel，全年或 --month 指定月份）；' +
    'ledger 导出一个科目的年度明细账（Excel），--account 为科目编码（如 1002）；' +
    'notice 生成季度收支公示（PDF），可选 --start 公示开始日期、--days 工作日数（默认今天起 5 个工作日），' +
    '联系电话和监督电话取自单位设置；projects 导出年度公益项目一览（Excel）',
  usage:
    'fund trial-balance --db PATH --year YYYY [--month M] --out FILE.xlsx\n' +
    '  fund ledger --db PATH --account CODE --year YYYY --out FILE.xlsx\n' +
    '  fund notice --db PATH --year YYYY --quarter Q [--start YYYY-MM-DD] [--days N] --out FILE.pdf\n' +
    '  fund projects --db PATH --year YYYY --out FILE.xlsx',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    month: { type: 'string' },
    account: { type: 'string' },
    quarter: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string', default: '5' },
    out: { type: 'string' },
  },
  async run(values, positionals) {
    const produce = documents[positionals[0] ?? ''];
    if (!produce) {
      throw new Error(
        `未知的基金报表：${positionals[0] ?? '（未给出）'}，可用：${Object.keys(documents).join('、')}`,
      );
    }
    yearOption(values);
    monthOption(values);
    if (positionals[0] === 'notice') {
      quarterOption(values);
      postingOf(values);
    }
    const out = requiredOption(values, 'out');
    const backend = await openBackend(resolveDbPath(values.db as string | undefined));
    try {
      const file = await produce(backend, values);
      console.log(`已生成：${writeFileOutput(file, out)}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
