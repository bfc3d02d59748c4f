// `cli notice funding --db PATH --year YYYY [--community NAME] --out FILE.pdf`: the funding notice (公示).
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { call, openBackend, resolveDbPath } from '../open-backend';
import { writeFileOutput } from '../write-file';
import { requiredOption, yearOption, type Command, type OptionValues } from './command';

export const noticeCommand: Command = {
  name: 'notice',
  summary: '生成社区工作经费核定情况公示（PDF），可选 --start 日期、--days 工作日数（默认今天起 5 个工作日）',
  usage: 'notice funding --db PATH --year YYYY [--community NAME] --out FILE.pdf',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    community: { type: 'string' },
    out: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string', default: '5' },
  },
  async run(values, positionals) {
    if (positionals[0] !== 'funding') throw new Error(`未知的公示类型：${positionals[0] ?? '（未给出）'}，可用：funding`);
    const year = yearOption(values);
    const out = requiredOption(values, 'out');
    const backend = await openBackend(resolveDbPath(values.db as string | undefined));
    try {
      const communityId = await communityIdByName(backend, values);
      const today = toLocalIsoDate(new Date());
      const file = await call(backend, 'funding.notice', {
        year,
        ...(communityId === undefined ? {} : { communityId }),
        startDate: (values.start as string | undefined) ?? today,
        workingDays: Number(values.days),
        issueDate: today,
      });
      console.log(`已生成：${writeFileOutput(file, out)}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};

async function communityIdByName(backend: Parameters<typeof call>[0], values: OptionValues): Promise<number | undefined> {
  const name = values.community as string | undefined;
  if (name === undefined) return undefined;
  const communities = await call(backend, 'communities.list', { status: 'all', search: name });
  const match = communities.find((community) => community.name === name);
  if (!match) throw new Error(`--community：找不到名为“${name}”的社区`);
  return match.id;
}
