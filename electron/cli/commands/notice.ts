// `cli notice funding|lists ...`: the funding notice or the public lists notice (公示) as a PDF. Both share
// the database, community, posting period and output options.
import { toLocalIsoDate } from '../../../shared/domain/dates';
import { yearsWithoutCalendarWarning } from '../../../shared/features/calendar/working-days';
import type { FileOutput } from '../../../shared/contract/files';
import { call, openBackend, resolveDbPath } from '../open-backend';
import { writeFileOutput } from '../write-file';
import { requiredOption, yearOption, type Command, type OptionValues } from './command';

type Backend = Parameters<typeof call>[0];

interface NoticeScope {
  communityId?: number;
  startDate: string;
  workingDays: number;
  issueDate: string;
}

const notices: Record<
  string,
  (backend: Backend, scope: NoticeScope, values: OptionValues) => Promise<FileOutput>
> = {
  funding: (backend, scope, values) =>
    call(backend, 'funding.notice', { year: yearOption(values), ...scope }),
  lists: (backend, scope, values) =>
    call(backend, 'lists.notice', { kind: values.kunming ? 'kunming_lists' : 'two_lists', ...scope }),
};

export const noticeCommand: Command = {
  name: 'notice',
  summary:
    '生成公示（PDF）：funding 社区工作经费核定情况公示；lists 社区工作事项清单和社区印章使用清单公示（--kunming 为三个清单）。' +
    '可选 --start 日期、--days 工作日数（默认今天起 5 个工作日）',
  usage:
    'notice funding --db PATH --year YYYY [--community NAME] --out FILE.pdf\n  notice lists --db PATH [--community NAME] [--kunming] --out FILE.pdf',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    community: { type: 'string' },
    kunming: { type: 'boolean' },
    out: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string', default: '5' },
  },
  async run(values, positionals) {
    const produce = notices[positionals[0] ?? ''];
    if (!produce) {
      throw new Error(
        `未知的公示类型：${positionals[0] ?? '（未给出）'}，可用：${Object.keys(notices).join('、')}`,
      );
    }
    if (positionals[0] === 'funding') yearOption(values);
    const out = requiredOption(values, 'out');
    const backend = await openBackend(resolveDbPath(values.db as string | undefined));
    try {
      const scope = await noticeScope(backend, values);
      await warnOfYearsWithoutCalendar(backend, scope);
      const file = await produce(backend, scope, values);
      console.log(`已生成：${writeFileOutput(file, out)}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};

/** The notice is still written (as the screens allow), but the clerk is told its end date may be wrong. */
export async function warnOfYearsWithoutCalendar(
  backend: Backend,
  scope: Pick<NoticeScope, 'startDate' | 'workingDays'>,
): Promise<void> {
  const period = await call(backend, 'calendar.postingEnd', {
    startDate: scope.startDate,
    workingDays: scope.workingDays,
  });
  if (period.uncoveredYears.length > 0)
    console.error(`警告：${yearsWithoutCalendarWarning(period.uncoveredYears)}`);
}

async function noticeScope(backend: Backend, values: OptionValues): Promise<NoticeScope> {
  const communityId = await communityIdByName(backend, values);
  const today = toLocalIsoDate(new Date());
  return {
    ...(communityId === undefined ? {} : { communityId }),
    startDate: (values.start as string | undefined) ?? today,
    workingDays: Number(values.days),
    issueDate: today,
  };
}

async function communityIdByName(backend: Backend, values: OptionValues): Promise<number | undefined> {
  const name = values.community as string | undefined;
  if (name === undefined) return undefined;
  const communities = await call(backend, 'communities.list', { status: 'all', search: name });
  const match = communities.find((community) => community.name === name);
  if (!match) throw new Error(`--community：找不到名为“${name}”的社区`);
  return match.id;
}
