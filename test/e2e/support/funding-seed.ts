// Arranging the funding spec's starting point through the host's API: communities with one courtyard of
// each type and a yearly profile, an office name to sign the notice, and checks that the year is still
// untouched and computed under the policy standard the spec's expected figures come from.
import { expect, type APIRequestContext } from '@playwright/test';
import type { ChannelInput, ChannelName, ChannelAnswer, Result } from '../../../shared/contract';
import type { Community, CourtyardType } from '../../../shared/features/register/contract';
import { registerCommunity, registerCourtyard } from './register-api';

/** One channel call as the renderer's fetch client makes it, as `request`'s signed-in user; a refusal fails
 * the test with its message. */
export async function callChannel<C extends ChannelName>(
  request: APIRequestContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelAnswer<C>> {
  const response = await request.post(`/api/${channel}`, { data: input });
  const body = (await response.json()) as Result<ChannelAnswer<C>>;
  if (!body.ok) throw new Error(`${channel} refused (HTTP ${response.status()}): ${body.error.message}`);
  return body.data;
}

export interface FundedCommunityEntry {
  name: string;
  year: number;
  totalHouseholds: number;
  /** Households of its three courtyards, one of each type. */
  courtyardHouseholds: Record<CourtyardType, number>;
}

const courtyardNames: Record<CourtyardType, string> = {
  self_governed: '老街坊自治院',
  public_unit: '区医院家属院',
  property_managed: '金色家园',
};

/** A community with a courtyard of each type and its yearly profile for `entry.year`. */
export async function registerFundedCommunity(
  request: APIRequestContext,
  entry: FundedCommunityEntry,
): Promise<Community> {
  const community = await registerCommunity(request, { name: entry.name, floorAreaM2: 1200 });
  const courtyardHouseholds = [];
  for (const type of Object.keys(courtyardNames) as CourtyardType[]) {
    const courtyard = await registerCourtyard(request, {
      communityId: community.id,
      name: courtyardNames[type],
      type,
    });
    courtyardHouseholds.push({ courtyardId: courtyard.id, households: entry.courtyardHouseholds[type] });
  }
  await callChannel(request, 'profiles.save', {
    communityId: community.id,
    year: entry.year,
    totalHouseholds: entry.totalHouseholds,
    socialWorkers: 12,
    committeeDirectors: 1,
    committeeDeputies: 2,
    committeeMembers: 6,
    directorName: '',
    secretaryIsDirector: false,
    courtyardHouseholds,
  });
  return community;
}

/**
 * The office that signs the notice: the one on record, or a test name when none was entered yet (the
 * register spec may or may not have run before this one). `request` is a 管理员's, who keeps the office.
 */
export async function ensureOfficeName(request: APIRequestContext): Promise<string> {
  const office = await callChannel(request, 'office.get', {});
  if (office.officeName !== '') return office.officeName;
  const saved = await callChannel(request, 'office.update', {
    officeName: '经费测试街道办事处',
    district: '昆明市官渡区',
    contactPerson: '李明',
    contactPhone: '0871-63000000',
    supervisionPhone: '0871-63000001',
  });
  return saved.officeName;
}

/**
 * The year must not have been computed yet (each run gets a fresh database), and the standard in force
 * for it must be the policy's (30万 up to 20,000 households, 10万 per further whole 10,000): the spec's
 * breakdowns and amounts are worked out from it.
 */
export async function expectUntouchedYearUnderPolicyStandard(
  request: APIRequestContext,
  year: number,
): Promise<void> {
  const years = await callChannel(request, 'funding.years', {});
  expect(
    years.find((entry) => entry.year === year),
    `${year} is already computed in this database: the funding spec needs the fresh database the config gives each run`,
  ).toBeUndefined();
  const standards = await callChannel(request, 'standards.list', {});
  const inForce = standards
    .filter((standard) => standard.effectiveYear <= year)
    .sort((a, b) => b.effectiveYear - a.effectiveYear)[0];
  expect(inForce, `the funding standard in force for ${year}`).toMatchObject({
    basicMinHouseholds: 10_000,
    basicBaseMaxHouseholds: 20_000,
    basicBaseFen: 300_000_00,
    basicBlockHouseholds: 10_000,
    basicBlockFen: 100_000_00,
    partBlockRule: 'whole_blocks',
    servicesRateFen: { self_governed: 50_00, public_unit: 20_00, property_managed: 30_00 },
  });
}
