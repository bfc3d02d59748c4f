import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestBackend, type TestBackend } from '../../fixtures/backend';
import { createCommunityWithCourtyards, profileInput, threeCourtyards } from '../../fixtures/builders';

let backend: TestBackend;
beforeEach(async () => {
  backend = await openTestBackend();
});
afterEach(() => backend.dispose());

describe('yearly profiles and compliance', () => {
  it('stores households per courtyard and sums them by courtyard type', async () => {
    const { community, courtyards } = await createCommunityWithCourtyards(backend, threeCourtyards);
    const [self, unit, managed] = courtyards;
    await backend.call(
      'profiles.save',
      profileInput(community.id, {
        totalHouseholds: 35_000,
        courtyardHouseholds: [
          { courtyardId: self!.id, households: 5_000 },
          { courtyardId: unit!.id, households: 1_000 },
          { courtyardId: managed!.id, households: 29_000 },
        ],
      }),
    );
    const { profiles } = await backend.call('communities.get', { id: community.id });
    expect(profiles[0]!.householdsByType).toEqual({
      self_governed: 5_000,
      public_unit: 1_000,
      property_managed: 29_000,
    });
    expect(profiles[0]!.compliance.every((flag) => flag.ok)).toBe(true);
  });

  it('flags a community short of space, social workers and committee members, and households that do not add up', async () => {
    const { community, courtyards } = await createCommunityWithCourtyards(backend, threeCourtyards, {
      floorAreaM2: 850,
    });
    await backend.call(
      'profiles.save',
      profileInput(community.id, {
        totalHouseholds: 12_000,
        socialWorkers: 2,
        committeeMembers: 5,
        courtyardHouseholds: [{ courtyardId: courtyards[0]!.id, households: 11_900 }],
      }),
    );
    const { profiles } = await backend.call('communities.get', { id: community.id });
    const flags = Object.fromEntries(profiles[0]!.compliance.map((flag) => [flag.rule, flag]));
    expect(flags.floor_area).toMatchObject({ ok: false, detail: '现有 850 平方米，差 150 平方米' });
    expect(flags.social_workers).toMatchObject({ ok: false, detail: '现有 2 名，少 1 名' });
    expect(flags.committee).toMatchObject({ ok: false, detail: '现有 8 人（主任 1、副主任 2、委员 5）' });
    expect(flags.courtyard_households).toMatchObject({
      ok: false,
      detail: '院落合计 11,900 户，总户数 12,000 户，少 100 户',
    });
  });

  it('replaces the same year on a second save and audits what it replaced', async () => {
    const { community } = await createCommunityWithCourtyards(backend, []);
    await backend.call('profiles.save', profileInput(community.id, { totalHouseholds: 100 }));
    await backend.call(
      'profiles.save',
      profileInput(community.id, { totalHouseholds: 120, secretaryIsDirector: true }),
    );
    const { profiles } = await backend.call('communities.get', { id: community.id });
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({ totalHouseholds: 120, secretaryIsDirector: true });
    const audit = await backend.call('audit.list', { entity: 'profile' });
    expect(audit.rows.map((row) => row.action)).toEqual(['update', 'create']);
    expect(audit.rows[0]).toMatchObject({
      before: { totalHouseholds: 100 },
      after: { totalHouseholds: 120 },
    });
  });

  it("refuses households of another community's courtyard, naming the row", async () => {
    const first = await createCommunityWithCourtyards(backend, threeCourtyards);
    const second = await createCommunityWithCourtyards(backend, []);
    const result = await backend.send(
      'profiles.save',
      profileInput(second.community.id, {
        courtyardHouseholds: [{ courtyardId: first.courtyards[0]!.id, households: 5 }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: '院落户数：所填院落不属于本社区',
        field: 'courtyardHouseholds.0.courtyardId',
      },
    });
  });

  it('refuses negative households with the field path of the courtyard row', async () => {
    const { community, courtyards } = await createCommunityWithCourtyards(backend, threeCourtyards);
    const result = await backend.send(
      'profiles.save',
      profileInput(community.id, {
        courtyardHouseholds: [
          { courtyardId: courtyards[0]!.id, households: 10 },
          { courtyardId: courtyards[1]!.id, households: -3 },
        ],
      }),
    );
    expect(!result.ok && result.error).toMatchObject({
      field: 'courtyardHouseholds.1.households',
      message: '院落户数：不能小于 0',
    });
  });

  it('refuses a courtyard name used twice in one community', async () => {
    const { community } = await createCommunityWithCourtyards(backend, threeCourtyards);
    const result = await backend.send('courtyards.create', {
      communityId: community.id,
      name: '老街坊',
      type: 'public_unit',
    });
    expect(!result.ok && result.error).toMatchObject({ code: 'conflict', field: 'name' });
  });

  it('refuses an unknown courtyard type in Chinese', async () => {
    const { community } = await createCommunityWithCourtyards(backend, []);
    const result = await backend.send('courtyards.create', {
      communityId: community.id,
      name: '甲院',
      type: 'villa' as never,
    });
    expect(!result.ok && result.error).toMatchObject({
      field: 'type',
      message: '院落类型：请选择有效的选项',
    });
  });
});
