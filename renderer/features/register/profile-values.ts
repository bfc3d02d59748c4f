// Building the yearly-profile form's starting values from what the server holds.
import type { Courtyard, ProfileWithCompliance } from '../../../shared/features/register/contract';
import type { ProfileFormValues } from './ProfileForm';

/**
 * The courtyards a profile's form asks about: every active courtyard, plus archived ones the saved
 * profile already counts (so saving again does not silently drop their households).
 */
export function courtyardsForProfile(
  courtyards: Courtyard[],
  profile: ProfileWithCompliance | undefined,
): Courtyard[] {
  const counted = new Set(profile?.courtyardHouseholds.map((entry) => entry.courtyardId) ?? []);
  return courtyards.filter((courtyard) => courtyard.status === 'active' || counted.has(courtyard.id));
}

export function valuesOfProfile(profile: ProfileWithCompliance, courtyards: Courtyard[]): ProfileFormValues {
  const households = new Map(
    profile.courtyardHouseholds.map((entry) => [entry.courtyardId, entry.households]),
  );
  return {
    year: profile.year,
    totalHouseholds: profile.totalHouseholds,
    socialWorkers: profile.socialWorkers,
    committeeDirectors: profile.committeeDirectors,
    committeeDeputies: profile.committeeDeputies,
    committeeMembers: profile.committeeMembers,
    directorName: profile.directorName,
    secretaryIsDirector: profile.secretaryIsDirector,
    courtyardHouseholds: courtyards.map((courtyard) => ({ households: households.get(courtyard.id) ?? 0 })),
  };
}

/** A new year: prefilled from the latest saved year when there is one, else empty. */
export function valuesOfNewYear(
  year: number,
  latest: ProfileWithCompliance | undefined,
  courtyards: Courtyard[],
): ProfileFormValues {
  if (latest) return { ...valuesOfProfile(latest, courtyards), year };
  return {
    year,
    totalHouseholds: null,
    socialWorkers: null,
    committeeDirectors: null,
    committeeDeputies: null,
    committeeMembers: null,
    directorName: '',
    secretaryIsDirector: false,
    courtyardHouseholds: courtyards.map(() => ({ households: null })),
  };
}

/** The year a new profile starts at: this year, or the year after the latest saved one. */
export function nextProfileYear(existingYears: number[], thisYear: number): number {
  if (!existingYears.includes(thisYear)) return thisYear;
  return Math.max(...existingYears) + 1;
}
