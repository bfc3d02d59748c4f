// Joins a yearly profile with its courtyards' types and the policy's compliance flags.
import {
  courtyardTypes,
  type Community,
  type CourtyardType,
  type ProfileWithCompliance,
  type YearlyProfile,
} from '../../../shared/features/register/contract';
import { checkCompliance } from '../../../shared/features/register/compliance';
import type { Db } from '../core/db/connection';
import { listCourtyards } from './queries/courtyards';

export function withCompliance(db: Db, community: Community, profile: YearlyProfile): ProfileWithCompliance {
  const typeOf = new Map(listCourtyards(db, community.id).map((courtyard) => [courtyard.id, courtyard.type]));
  const householdsByType = Object.fromEntries(courtyardTypes.map((type) => [type, 0])) as Record<
    CourtyardType,
    number
  >;
  for (const entry of profile.courtyardHouseholds) {
    const type = typeOf.get(entry.courtyardId);
    if (type) householdsByType[type] += entry.households;
  }
  const compliance = checkCompliance({
    floorAreaM2: community.floorAreaM2,
    socialWorkers: profile.socialWorkers,
    committeeDirectors: profile.committeeDirectors,
    committeeDeputies: profile.committeeDeputies,
    committeeMembers: profile.committeeMembers,
    totalHouseholds: profile.totalHouseholds,
    courtyardHouseholds: profile.courtyardHouseholds.map((entry) => entry.households),
  });
  return { ...profile, compliance, householdsByType };
}
