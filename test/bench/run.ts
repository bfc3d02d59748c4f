// `npm run bench`: prints timings on a real temporary database. Figures are printed, never asserted;
// later issues add their own cases to the list below.
import fs from 'node:fs';
import { checkIntegrity } from '../../electron/backend/services/integrity';
import { openTestBackend, type TestBackend } from '../fixtures/backend';
import { profileInput } from '../fixtures/builders';

interface BenchCase {
  name: string;
  run(backend: TestBackend): Promise<string>;
}

async function seedCommunities(backend: TestBackend, count: number): Promise<void> {
  for (let index = 1; index <= count; index += 1) {
    const community = await backend.call('communities.create', {
      name: `基准社区${index}`, code: '', address: '', floorAreaM2: 1000 + index, isPilot: false,
    });
    const courtyards = [];
    for (const type of ['self_governed', 'public_unit', 'property_managed'] as const) {
      courtyards.push(await backend.call('courtyards.create', { communityId: community.id, name: `${type}院`, type }));
    }
    await backend.call('profiles.save', profileInput(community.id, {
      totalHouseholds: 3 * (1000 + index * 10),
      courtyardHouseholds: courtyards.map((courtyard) => ({ courtyardId: courtyard.id, households: 1000 + index * 10 })),
    }));
  }
}

const cases: BenchCase[] = [
  {
    name: 'register: enter 500 communities × 3 courtyards + a profile (through dispatch, audited)',
    async run(backend) {
      await seedCommunities(backend, 500);
      return `${fs.statSync(backend.dbPath).size} bytes on disk`;
    },
  },
  {
    name: 'register: list 500 communities with latest profile and compliance',
    async run(backend) {
      const rows = await backend.call('communities.list', {});
      return `${rows.length} rows`;
    },
  },
  {
    name: 'check: integrity_check + foreign keys + invariants on that database',
    async run(backend) {
      return checkIntegrity(backend.db).ok ? 'ok' : 'FAILED';
    },
  },
];

async function main(): Promise<void> {
  const backend = await openTestBackend({ clock: () => new Date() });
  try {
    for (const benchCase of cases) {
      const started = process.hrtime.bigint();
      const note = await benchCase.run(backend);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${benchCase.name}  (${note})`);
    }
    console.log(`peak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    backend.dispose();
  }
}

void main();
