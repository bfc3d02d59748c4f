// `npm run bench`: prints timings on a real temporary database. Figures are printed, never asserted.
// Each case may prepare untimed; later issues add their cases to the list.
import fs from 'node:fs';
import { countPdfPages } from './pdf-pages';
import { printPreparationCase } from './print-preparation';
import { benchSignIn } from './sign-in';
import { benchContracts } from './contracts';
import { benchFund } from './fund';
import { benchBackup } from './backup';
import { checkIntegrity } from '../../electron/backend/api/integrity';
import { openTestBackend, type TestBackend } from '../fixtures/backend';
import { profileInput } from '../fixtures/builders';

interface BenchCase {
  name: string;
  setup?(backend: TestBackend): Promise<void>;
  run(backend: TestBackend): Promise<string>;
}

const year = 2026;

async function seedCommunities(backend: TestBackend, count: number): Promise<void> {
  for (let index = 1; index <= count; index += 1) {
    const community = await backend.call('communities.create', {
      name: `基准社区${index}`,
      code: '',
      address: '',
      floorAreaM2: 1000 + index,
      isPilot: false,
    });
    const courtyards = [];
    for (const type of ['self_governed', 'public_unit', 'property_managed'] as const) {
      courtyards.push(
        await backend.call('courtyards.create', { communityId: community.id, name: `${type}院`, type }),
      );
    }
    const perCourtyard = 4000 + index * 37;
    await backend.call(
      'profiles.save',
      profileInput(community.id, {
        year,
        totalHouseholds: 3 * perCourtyard,
        courtyardHouseholds: courtyards.map((courtyard) => ({
          courtyardId: courtyard.id,
          households: perCourtyard,
        })),
      }),
    );
  }
}

async function enterPartyBuilding(backend: TestBackend): Promise<void> {
  const fundingYear = await backend.call('funding.year', { year });
  for (const row of fundingYear.rows) {
    await backend.call('funding.setPartyBuilding', {
      year,
      communityId: row.communityId,
      amountFen: 20_000_00,
      organisations: '社区党委',
    });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const registerAndFunding: BenchCase[] = [
  {
    name: 'register: enter 500 communities × 3 courtyards + a profile (through dispatch, audited)',
    async run(backend) {
      await seedCommunities(backend, 500);
      return `${kb(fs.statSync(backend.dbPath).size)} on disk`;
    },
  },
  {
    name: 'register: list 500 communities with latest profile and compliance',
    async run(backend) {
      return `${(await backend.call('communities.list', {})).length} rows`;
    },
  },
  {
    name: 'funding: compute and save a year for 500 communities (target < 1 s)',
    async run(backend) {
      const preview = await backend.call('funding.compute', { year });
      return `${preview.lines.length} computed lines`;
    },
  },
  {
    name: 'funding: annual Excel report for 500 communities (target < 3 s)',
    setup: enterPartyBuilding,
    async run(backend) {
      const file = await backend.call('funding.annualReport', { year });
      return kb(Buffer.from(file.bytes).length);
    },
  },
  {
    name: 'check: integrity_check + foreign keys + invariants on that database',
    async run(backend) {
      return checkIntegrity(backend.db).ok ? 'ok' : 'FAILED';
    },
  },
];

const noticeFor100: BenchCase[] = [
  {
    name: 'setup: 100 communities, computed, party building entered',
    async run(backend) {
      await seedCommunities(backend, 100);
      await backend.call('funding.compute', { year });
      await enterPartyBuilding(backend);
      return 'ready';
    },
  },
  {
    name: 'funding: first notice, one community (fonts loaded, cold)',
    async run(backend) {
      const file = await backend.call('funding.notice', {
        year,
        communityId: 1,
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      return kb(Buffer.from(file.bytes).length);
    },
  },
  {
    name: 'funding: notice for 100 communities in one PDF (targets < 300 ms and < 100 KB a page)',
    async run(backend) {
      const started = process.hrtime.bigint();
      const file = await backend.call('funding.notice', {
        year,
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const bytes = Buffer.from(file.bytes);
      const pages = countPdfPages(bytes);
      return `${pages} pages, ${kb(bytes.length)}; ${(ms / pages).toFixed(1)} ms and ${kb(bytes.length / pages)} a page`;
    },
  },
  {
    name: 'lists: two-list notice for 100 communities in one PDF',
    async run(backend) {
      const started = process.hrtime.bigint();
      const file = await backend.call('lists.notice', {
        kind: 'two_lists',
        startDate: '2026-03-16',
        workingDays: 5,
        issueDate: '2026-03-16',
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const bytes = Buffer.from(file.bytes);
      const pages = countPdfPages(bytes);
      return `${ms.toFixed(0)} ms total, ${pages} pages, ${kb(bytes.length)}; ${kb(bytes.length / pages)} a page`;
    },
  },
  printPreparationCase(),
];

async function runSuite(title: string, cases: BenchCase[]): Promise<void> {
  console.log(`\n${title}`);
  const backend = await openTestBackend({ clock: () => new Date() });
  // Notices and reports are signed with the office's name.
  await backend.as('administrator').call('office.update', {
    officeName: '基准测试街道办事处',
    district: '官渡区',
  });
  try {
    for (const benchCase of cases) {
      await benchCase.setup?.(backend);
      const started = process.hrtime.bigint();
      const note = await benchCase.run(backend);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${benchCase.name}  (${note})`);
    }
  } finally {
    backend.dispose();
  }
}

async function main(): Promise<void> {
  // First, so the peak memory it prints is the hashes' own.
  await benchSignIn();
  await runSuite('500 communities', registerAndFunding);
  await runSuite('100 communities', noticeFor100);
  await benchContracts();
  await benchFund();
  await benchBackup();
  console.log(`\npeak RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
}

void main();
