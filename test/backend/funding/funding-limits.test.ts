// Amounts and counts stay inside safe integers: every amount has a maximum no sub-district can need
// (1 亿元, a per-household rate 1,000 元), a standard that would give more is refused with the exact
// figure, an adjustment cannot take a line past the maximum, and a year at the limits (1,000
// communities, every line at 1 亿元) still adds up exactly on every screen and in the report.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  summaryFirstDataRow,
  summarySheetName,
} from '../../../electron/backend/funding/documents/annual-report-summary-sheet';
import type { FundingStandard } from '../../../shared/features/funding/contract';
import {
  amountMaxFen,
  communitiesPerYearMax,
  householdRateMaxFen,
} from '../../../shared/features/funding/funding-rules';
import { fingerprint, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds, officeSettingsInput } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

/** Communities with one self-governed courtyard and a 2026 profile, written straight to the database. */
function seedCommunities(test: TestBackend, count: number, households: number): void {
  const now = '2026-03-15T09:30:00+08:00';
  const community = test.db.prepare(
    'INSERT INTO community (name, created_at, updated_at) VALUES (?, ?, ?) RETURNING id',
  );
  const courtyard = test.db.prepare(
    "INSERT INTO courtyard (community_id, name, type, created_at, updated_at) VALUES (?, '自治院', 'self_governed', ?, ?) RETURNING id",
  );
  const profile = test.db.prepare(
    `INSERT INTO community_profile (community_id, year, total_households, social_workers, committee_directors,
       committee_deputies, committee_members, created_at, updated_at) VALUES (?, 2026, ?, 4, 1, 2, 6, ?, ?) RETURNING id`,
  );
  const courtyardHouseholds = test.db.prepare(
    'INSERT INTO courtyard_households (profile_id, courtyard_id, households) VALUES (?, ?, ?)',
  );
  test.db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const { id } = community.get(`限额社区${index}`, now, now) as { id: number };
      const { id: courtyardId } = courtyard.get(id, now, now) as { id: number };
      const { id: profileId } = profile.get(id, households, now, now) as { id: number };
      courtyardHouseholds.run(profileId, courtyardId, households);
    }
  })();
}

type StandardFields = Omit<FundingStandard, 'id' | 'updatedAt'>;

function standardAt(overrides: Partial<StandardFields>): StandardFields {
  return {
    effectiveYear: 2026,
    basicMinHouseholds: 1,
    basicBaseMaxHouseholds: 1_000_000,
    basicBaseFen: amountMaxFen,
    basicBlockHouseholds: 1,
    basicBlockFen: 0,
    partBlockRule: 'whole_blocks',
    servicesRateFen: { self_governed: 0, public_unit: 0, property_managed: 0 },
    secretaryUpliftPercent: 30,
    note: '',
    ...overrides,
  };
}

async function refusal(result: Promise<{ ok: boolean; error?: { message: string } }>) {
  const settled = await result;
  expect(settled.ok).toBe(false);
  return settled.error!.message;
}

describe('the maximum of every amount', () => {
  it('refuses a standard amount above 1 亿元 and a per-household rate above 1,000 元, naming both', async () => {
    expect(
      await refusal(
        backend.as('administrator').send('standards.save', standardAt({ basicBlockFen: amountMaxFen + 1 })),
      ),
    ).toBe('每档金额：不能超过 1 亿元');
    expect(
      await refusal(
        backend.as('administrator').send(
          'standards.save',
          standardAt({
            servicesRateFen: { self_governed: householdRateMaxFen + 1, public_unit: 0, property_managed: 0 },
          }),
        ),
      ),
    ).toBe('自治院落每户标准：不能超过 1,000 元/户');
  });

  it('refuses to preview or compute a year whose standard gives more than 1 亿元, with the exact figure', async () => {
    // Every household over the first one adds a block of 1 亿元: 1,000,000 households give 1e16 fen.
    await backend
      .as('administrator')
      .call(
        'standards.save',
        standardAt({ basicBaseMaxHouseholds: 1, basicBlockFen: amountMaxFen, partBlockRule: 'round_up' }),
      );
    await communityWithHouseholds(
      backend,
      '世纪城',
      { self_governed: 0, public_unit: 0, property_managed: 0 },
      { totalHouseholds: 1_000_000 },
    );
    const before = fingerprint(backend.dbPath);
    for (const channel of ['funding.preview', 'funding.compute'] as const) {
      const message = await refusal(backend.send(channel, { year: 2026 }));
      expect(message).toContain('世纪城 基本办公经费计算为 100,000,000,000,000元');
      expect(message).toContain('超过单项金额上限 1 亿元');
    }
    expect(fingerprint(backend.dbPath)).toBe(before);
    expect(backend.loggedErrors).toEqual([]);
  });

  it('refuses an adjustment that would take a line past 1 亿元, and one of +1e13 fen outright', async () => {
    await backend.as('administrator').call('standards.save', standardAt({}));
    const community = await communityWithHouseholds(backend, '世纪城', {
      self_governed: 10,
      public_unit: 0,
      property_managed: 0,
    });
    await backend.call('funding.compute', { year: 2026 });
    await backend.call('funding.setPartyBuilding', {
      year: 2026,
      communityId: community.id,
      amountFen: 0,
      organisations: '社区党委',
    });
    await backend.as('approver').call('funding.approve', { year: 2026 });
    const line = (await backend.call('funding.community', { year: 2026, communityId: community.id })).row
      .lines.basic_office!;
    expect(line.allocatedFen).toBe(amountMaxFen);
    const adjust = (amountFen: number) =>
      backend
        .as('approver')
        .send('funding.adjust', { lineId: line.id, amountFen, reason: '测试', date: '2026-03-15' });
    const over = await adjust(1);
    expect(!over.ok && over.error).toMatchObject({ code: 'invalid_input', field: 'amountFen' });
    expect(!over.ok && over.error.message).toContain('调整后应拨 100,000,000.01 元，超过单项金额上限 1 亿元');
    expect(await refusal(adjust(10_000_000_000_000))).toBe('调整金额：不能超过 1 亿元');
    expect((await adjust(-100)).ok).toBe(true);
    expect((await adjust(100)).ok).toBe(true);
    expect(await refusal(adjust(1))).toContain('超过单项金额上限');
  });
});

describe('a year at the limits', () => {
  it(`adds up exactly with ${communitiesPerYearMax} communities and every line at 1 亿元, and refuses one more`, async () => {
    await backend.as('administrator').call('office.update', officeSettingsInput());
    // 100,000 self-governed households × 1,000 元 = 1 亿元; the base band gives 1 亿元 too.
    await backend.as('administrator').call(
      'standards.save',
      standardAt({
        servicesRateFen: { self_governed: householdRateMaxFen, public_unit: 0, property_managed: 0 },
      }),
    );
    // The register and the party-building amounts are written in one transaction: through the channels
    // (one durable commit each) the arrangement alone would take most of a minute.
    seedCommunities(backend, communitiesPerYearMax, 100_000);
    await backend.call('funding.compute', { year: 2026 });
    backend.db
      .prepare(
        `UPDATE allocation_line SET amount_fen = ?, party_organisations = '社区党委'
         WHERE year = 2026 AND category = 'party_building'`,
      )
      .run(amountMaxFen);
    await backend.as('approver').call('funding.approve', { year: 2026 });

    const year = await backend.call('funding.year', { year: 2026 });
    const lineTotal = communitiesPerYearMax * amountMaxFen;
    expect(year.totals).toEqual({
      byCategory: { basic_office: lineTotal, party_building: lineTotal, purchased_services: lineTotal },
      allocatedFen: 3 * lineTotal,
      disbursedFen: 0,
      remainingFen: 3 * lineTotal,
    });
    expect(Number.isSafeInteger(year.totals.allocatedFen * 100)).toBe(true);

    const file = await backend.call('funding.annualReport', { year: 2026 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as never);
    const sheet = workbook.getWorksheet(summarySheetName)!;
    const totalRow = sheet.getRow(summaryFirstDataRow + communitiesPerYearMax);
    const cell = totalRow.getCell(10).value;
    const allocatedYuan = typeof cell === 'object' && cell && 'result' in cell ? cell.result : cell;
    expect(Math.round(Number(allocatedYuan) * 100)).toBe(3 * lineTotal);

    await communityWithHouseholds(backend, '多出的社区', {
      self_governed: 1,
      public_unit: 0,
      property_managed: 0,
    });
    expect(await refusal(backend.send('funding.preview', { year: 2026 }))).toBe(
      `年度：2026 年有 1,001 个社区填报了户数，一个年度最多核定 1,000 个社区`,
    );
  }, 180_000);
});
