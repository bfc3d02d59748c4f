// `cli allocate --db PATH --year YYYY --user NAME`: computes the year for every community and saves it as a
// draft, as the named user (who is then its preparer).
import { formatYuan } from '../../../shared/domain/money';
import { call, openBackend, resolveDbPath, signInFromOptions } from '../open-backend';
import { yearOption, type Command } from './command';

export const allocateCommand: Command = {
  name: 'allocate',
  summary: '按经费标准测算全年社区工作经费并保存为草稿',
  usage: 'allocate --db PATH --year YYYY --user NAME',
  options: { db: { type: 'string' }, year: { type: 'string' }, user: { type: 'string' } },
  async run(values) {
    const year = yearOption(values);
    const backend = await openBackend(resolveDbPath(values.db as string | undefined));
    try {
      const preparer = await signInFromOptions(backend, values);
      const preview = await call(backend, 'funding.compute', { year }, preparer);
      const communities = new Set(preview.lines.map((line) => line.communityId)).size;
      console.log(
        `已保存 ${year} 年草稿：${communities} 个社区，测算合计 ${formatYuan(preview.totalComputedFen)} 元`,
      );
      if (preview.withoutProfile.length > 0)
        console.log(`未录入年度情况、未测算：${preview.withoutProfile.join('、')}`);
      return 0;
    } finally {
      backend.close();
    }
  },
};
