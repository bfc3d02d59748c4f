// H1's contracts tests' world: 世纪城 and 望江 with 2026 approved on 2026-03-15 (fixedNow), 世纪城's
// purchased-services line set to 150,000.00 元 and 望江's to 130,000.00 元, and one active provider.
// The clock can be moved (setNow); the three users sign in again when it is.
import { afterEach, beforeEach } from 'vitest';
import type { ChannelInput } from '../../../shared/contract';
import { fixedNow, openTestBackend, type TestBackend } from '../../fixtures/backend';
import { communityWithHouseholds, profileInput } from '../../fixtures/builders';
import { contractInput, providerInput } from '../../fixtures/contracts';

export let backend: TestBackend;
export let now: Date;
export let shijicheng: number;
export let wangjiang: number;
export let providerId: number;

export const yuan = (value: number) => value * 100;

export async function setNow(date: string): Promise<void> {
  now = new Date(`${date}T10:00:00+08:00`);
  await backend.signInAgain();
}

async function setPurchasedServices(year: number, communityId: number, amountFen: number): Promise<void> {
  const line = (await backend.call('funding.community', { year, communityId })).row.lines.purchased_services!;
  await backend.call('funding.override', { lineId: line.id, amountFen, reason: '按年度预算核定' });
}

/** Approves `year` for both communities (the year's profiles are saved by the world). */
export async function approveYear(year: number, amounts: [number, number]): Promise<void> {
  if (year !== 2026) for (const community of communities) await saveProfile(community, year);
  await backend.call('funding.compute', { year });
  for (const [communityId, amountFen] of [
    [shijicheng, amounts[0]],
    [wangjiang, amounts[1]],
  ] as const) {
    await backend.call('funding.setPartyBuilding', {
      year,
      communityId,
      amountFen: yuan(20_000),
      organisations: '社区党委',
    });
    await setPurchasedServices(year, communityId, amountFen);
  }
  await backend.as('approver').call('funding.approve', { year });
}

const households = { self_governed: 2_300, public_unit: 420, property_managed: 26_050 };
let communities: Awaited<ReturnType<typeof communityWithHouseholds>>[];

async function saveProfile(community: (typeof communities)[number], year: number): Promise<void> {
  const [self, unit, managed] = community.courtyards;
  await backend.call(
    'profiles.save',
    profileInput(community.id, {
      year,
      totalHouseholds: households.self_governed + households.public_unit + households.property_managed,
      courtyardHouseholds: [
        { courtyardId: self!.id, households: households.self_governed },
        { courtyardId: unit!.id, households: households.public_unit },
        { courtyardId: managed!.id, households: households.property_managed },
      ],
    }),
  );
}

beforeEach(async () => {
  now = fixedNow;
  backend = await openTestBackend({ clock: () => now });
  communities = [
    await communityWithHouseholds(backend, '世纪城', households),
    await communityWithHouseholds(backend, '望江', households),
  ];
  [shijicheng, wangjiang] = communities.map((community) => community.id) as [number, number];
  await approveYear(2026, [yuan(150_000), yuan(130_000)]);
  providerId = (await backend.call('providers.create', providerInput())).id;
});
afterEach(() => backend.dispose());

/** A draft by 经办人 测试员 (the fixture's 120,000.00 元 contract unless overridden). */
export async function draft(
  overrides: Partial<ChannelInput<'contracts.create'>> = {},
  communityId = shijicheng,
) {
  return backend.call('contracts.create', contractInput(communityId, providerId, overrides));
}

/** A draft signed by 审核员 on 2026-03-15 (today by fixedNow). */
export async function signed(
  overrides: Partial<ChannelInput<'contracts.create'>> = {},
  communityId = shijicheng,
) {
  const created = await draft(overrides, communityId);
  return backend.as('approver').call('contracts.sign', { id: created.id, signedDate: '2026-03-15' });
}

export function count(table: string): number {
  return (backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

export function auditCount(): number {
  return count('audit_log');
}
