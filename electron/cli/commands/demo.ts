// `cli demo --db PATH`: creates a database filled with sample data. Refuses to touch an existing file.
import fs from 'node:fs';
import { toLocalIsoDate } from '../../../shared/domain/dates';
import type { OpenedBackend } from '../../backend/api/create-backend';
import { communityIdsByName, seedDemoAccess } from '../demo-access';
import { seedDemoContracts } from '../demo-contracts';
import { seedDemoFund } from '../demo-fund';
import { demoCommunities, demoOffice, type DemoCommunity } from '../demo-data';
import { demoDates } from '../demo-dates';
import { seedDemoFunding } from '../demo-funding';
import { seedDemoLists } from '../demo-lists';
import { demoProviders } from '../demo-providers';
import { createDemoPeople, demoPeopleLines, type DemoPeople } from '../demo-people';
import { call, openBackend, resolveDbPath } from '../open-backend';
import { requiredOption, type Command } from './command';

export const demoCommand: Command = {
  name: 'demo',
  summary: '创建一个带演示数据的新数据库',
  usage: 'demo --db PATH',
  options: { db: { type: 'string' } },
  async run(values) {
    // Never the default file: that is the clerk's ledger, and sample data has no place in it.
    const dbPath = resolveDbPath(requiredOption(values, 'db'));
    if (fs.existsSync(dbPath)) throw new Error(`文件已存在：${dbPath}。演示数据只写入新的数据库文件。`);
    const backend = await openBackend(dbPath);
    let people: DemoPeople;
    try {
      const now = new Date();
      people = await seedDemo(backend, now.getFullYear(), toLocalIsoDate(now));
    } finally {
      backend.close();
    }
    console.log(`已创建演示数据库：${dbPath}（${demoCommunities.length} 个社区）`);
    console.log('演示用户（管理员、经办人、审核人；密码只显示这一次）：');
    for (const line of demoPeopleLines(people)) console.log(line);
    return 0;
  },
};

/** `today` (ISO date) bounds the dates of the lists and access requests, which may not lie ahead.
 * Each entry is made by the role that would make it: 经办人 prepares, 审核人 approves. */
export async function seedDemo(backend: OpenedBackend, year: number, today: string): Promise<DemoPeople> {
  const people = await createDemoPeople(backend);
  await call(people.administrator, 'office.update', demoOffice);
  for (const demo of demoCommunities) await seedCommunity(people.preparer, demo, year);
  await seedDemoFunding(people, year);
  const dated = demoDates(year, today);
  await seedDemoLists(people, dated);
  await seedDemoAccess(people, year, dated);
  const communityIds = await communityIdsByName(people.preparer);
  await seedDemoContracts(people, year, communityIds);
  await seedDemoFund(people, year, communityIds, await providerIdsByKey(people.preparer), today);
  return people;
}

async function providerIdsByKey(backend: OpenedBackend): Promise<(key: string) => number> {
  const providers = await call(backend, 'providers.list', { search: '' });
  const ids = new Map(providers.map((provider) => [provider.name, provider.id]));
  return (key) => {
    const id = ids.get(demoProviders.find((provider) => provider.key === key)?.name ?? '');
    if (id === undefined) throw new Error(`演示数据：找不到承接主体“${key}”`);
    return id;
  };
}

async function seedCommunity(backend: OpenedBackend, demo: DemoCommunity, year: number): Promise<void> {
  const { name, code, address, floorAreaM2, isPilot } = demo;
  const community = await call(backend, 'communities.create', { name, code, address, floorAreaM2, isPilot });
  const courtyards = [];
  for (const courtyard of demo.courtyards) {
    const created = await call(backend, 'courtyards.create', {
      communityId: community.id,
      name: courtyard.name,
      type: courtyard.type,
    });
    courtyards.push({ id: created.id, households: courtyard.households });
  }
  // Last year had about 4% fewer households; one community's total deliberately misses its courtyards.
  for (const [profileYear, factor] of [
    [year - 1, 0.96],
    [year, 1],
  ] as const) {
    const courtyardHouseholds = courtyards.map((c) => ({
      courtyardId: c.id,
      households: Math.round(c.households * factor),
    }));
    const sum = courtyardHouseholds.reduce((acc, c) => acc + c.households, 0);
    await call(backend, 'profiles.save', {
      communityId: community.id,
      year: profileYear,
      totalHouseholds: demo.name === '太和' ? sum + 100 : sum,
      socialWorkers: demo.socialWorkers,
      committeeDirectors: demo.committee[0],
      committeeDeputies: demo.committee[1],
      committeeMembers: demo.committee[2],
      directorName: demo.directorName,
      secretaryIsDirector: demo.secretaryIsDirector,
      courtyardHouseholds,
    });
  }
}
