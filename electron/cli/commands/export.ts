// `cli export annual-report --db PATH --year YYYY --out FILE.xlsx`: the district's annual Excel report.
import { call, openBackend, resolveDbPath } from '../open-backend';
import { writeFileOutput } from '../write-file';
import { requiredOption, yearOption, type Command } from './command';

export const exportCommand: Command = {
  name: 'export',
  summary: '导出年度社区工作经费核定及拨付情况表（Excel）',
  usage: 'export annual-report --db PATH --year YYYY --out FILE.xlsx',
  options: { db: { type: 'string' }, year: { type: 'string' }, out: { type: 'string' } },
  async run(values, positionals) {
    if (positionals[0] !== 'annual-report')
      throw new Error(`未知的导出类型：${positionals[0] ?? '（未给出）'}，可用：annual-report`);
    const year = yearOption(values);
    const out = requiredOption(values, 'out');
    const backend = await openBackend(resolveDbPath(values.db as string | undefined));
    try {
      const file = await call(backend, 'funding.annualReport', { year });
      console.log(`已导出：${writeFileOutput(file, out)}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
