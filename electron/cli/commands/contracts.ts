// `cli contracts register|notice ...`: the year's 政府购买服务合同台账 (Excel) or one contract's 公告 (PDF),
// read as the file holder, like `cli export` and `cli notice`: printing changes nothing, so no sign-in.
import { isValidIsoDate, toLocalIsoDate } from '../../../shared/domain/dates';
import type { FileOutput } from '../../../shared/contract/files';
import { call, openBackend, resolveDbPath } from '../open-backend';
import { writeFileOutput } from '../write-file';
import { warnOfYearsWithoutCalendar } from './notice';
import { requiredOption, yearOption, type Command, type OptionValues } from './command';

type Backend = Parameters<typeof call>[0];

const documents: Record<string, (backend: Backend, values: OptionValues) => Promise<FileOutput>> = {
  register: (backend, values) => call(backend, 'contracts.register', { year: yearOption(values) }),
  notice: contractNotice,
};

export const contractsCommand: Command = {
  name: 'contracts',
  summary:
    '政府购买服务合同：register 导出年度合同台账（Excel）；notice 生成合同公告（PDF），--contract 为合同编号' +
    '（购〔2026〕1号）或合同 id；可选 --start 公告开始日期、--days 工作日数（默认今天起 5 个工作日）、' +
    '--issue-date 落款日期（默认今天）、--contact 联系人与 --phone 联系电话（默认单位设置中的联系人）',
  usage:
    'contracts register --db PATH --year YYYY --out FILE.xlsx\n  contracts notice --db PATH --contract 编号或id --out FILE.pdf',
  options: {
    db: { type: 'string' },
    year: { type: 'string' },
    contract: { type: 'string' },
    out: { type: 'string' },
    start: { type: 'string' },
    days: { type: 'string', default: '5' },
    'issue-date': { type: 'string' },
    contact: { type: 'string' },
    phone: { type: 'string' },
  },
  async run(values, positionals) {
    const produce = documents[positionals[0] ?? ''];
    if (!produce) {
      throw new Error(
        `未知的合同文书：${positionals[0] ?? '（未给出）'}，可用：${Object.keys(documents).join('、')}`,
      );
    }
    if (positionals[0] === 'register') yearOption(values);
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

function dateOption(values: OptionValues, name: string, fallback: string): string {
  const text = (values[name] as string | undefined) ?? fallback;
  if (!isValidIsoDate(text)) throw new Error(`--${name}：日期无效：${text}（应为 YYYY-MM-DD）`);
  return text;
}

async function contractNotice(backend: Backend, values: OptionValues): Promise<FileOutput> {
  const contractId = await contractIdOf(backend, requiredOption(values, 'contract'));
  const today = toLocalIsoDate(new Date());
  const office = await call(backend, 'office.get', {});
  const scope = { startDate: dateOption(values, 'start', today), workingDays: Number(values.days) };
  await warnOfYearsWithoutCalendar(backend, scope);
  return call(backend, 'contracts.notice', {
    contractId,
    ...scope,
    issueDate: dateOption(values, 'issue-date', today),
    contactPerson: (values.contact as string | undefined) ?? office.contactPerson,
    contactPhone: (values.phone as string | undefined) ?? office.contactPhone,
  });
}

/** A contract's id from its number (购〔2026〕1号) or the id itself; a draft has no number to give. */
async function contractIdOf(backend: Backend, given: string): Promise<number> {
  if (/^\d+$/u.test(given)) return Number(given);
  const year = /〔(\d{4})〕/u.exec(given)?.[1];
  const page = await call(backend, 'contracts.list', {
    ...(year ? { year: Number(year) } : {}),
    search: given,
    page: 1,
    pageSize: 200,
  });
  const match = page.rows.find((row) => row.contractNo === given);
  if (!match) throw new Error(`--contract：找不到编号为“${given}”的合同（可改用合同 id）`);
  return match.id;
}
