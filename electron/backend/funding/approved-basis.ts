// What an approved year was computed from. Approval freezes the standard's figures and every
// community's households; afterwards the year's screens and documents read the frozen basis, and the
// register (which may still be edited) is only compared with it.
import type { FundingStandard, RegisterHouseholds } from '../../../shared/features/funding/contract';
import type { AllocationYearRow } from './queries/allocations';
import { listLines } from './queries/allocations';
import {
  approvedHouseholds,
  findApprovedStandard,
  freezeHouseholds,
  freezeStandard,
} from './queries/approved-basis';
import { findStandard } from './queries/funding-standards';
import { householdsForYear, type YearHouseholds } from '../register';
import type { ServiceContext } from '../core/context';

/** The figures a year's lines stand on: frozen for an approved year, the register's for a draft. */
export interface YearBasis {
  standard: FundingStandard | null;
  households: Map<number, YearHouseholds>;
  /** Approved year only: the register now, to show where it has moved away from the basis. */
  register: Map<number, YearHouseholds> | null;
}

export function yearBasis(
  ctx: ServiceContext,
  allocationYear: AllocationYearRow | undefined,
  year: number,
): YearBasis {
  const register = householdsForYear(ctx.db, year);
  if (allocationYear?.status !== 'approved') {
    const standard = allocationYear ? (findStandard(ctx.db, allocationYear.standardId) ?? null) : null;
    return { standard, households: register, register: null };
  }
  return { standard: frozenStandard(ctx, year), households: approvedHouseholds(ctx.db, year), register };
}

function frozenStandard(ctx: ServiceContext, year: number): FundingStandard | null {
  const frozen = findApprovedStandard(ctx.db, year);
  if (!frozen) return null;
  const { standardId, frozenAt, ...figures } = frozen;
  const live = findStandard(ctx.db, standardId);
  return { ...figures, id: standardId, note: live?.note ?? '', updatedAt: frozenAt };
}

/** Called inside the approval's transaction, while the year is still a draft. */
export function freezeBasis(ctx: ServiceContext, year: number, standardId: number, now: string): void {
  freezeStandard(ctx.db, year, standardId, now);
  const register = householdsForYear(ctx.db, year);
  const communities = new Map<number, number | null>();
  for (const line of listLines(ctx.db, year)) {
    if (!communities.has(line.communityId)) communities.set(line.communityId, null);
    if (line.category === 'basic_office') communities.set(line.communityId, line.householdsBasis);
  }
  for (const [communityId, basicHouseholds] of communities) {
    freezeHouseholds(ctx.db, year, communityId, register.get(communityId) ?? withoutProfile(basicHouseholds));
  }
}

// A community whose profile has gone since computing keeps the households its line recorded.
function withoutProfile(totalHouseholds: number | null): YearHouseholds {
  return {
    totalHouseholds: totalHouseholds ?? 0,
    byType: { self_governed: 0, public_unit: 0, property_managed: 0 },
    secretaryIsDirector: false,
  };
}

/** The register's figures when they differ from the approved basis, else null. */
export function registerChange(
  basis: YearHouseholds | undefined,
  register: YearHouseholds | undefined,
): RegisterHouseholds | null {
  const now: RegisterHouseholds = {
    totalHouseholds: register?.totalHouseholds ?? null,
    householdsByType: register?.byType ?? { self_governed: 0, public_unit: 0, property_managed: 0 },
  };
  const same =
    basis !== undefined &&
    now.totalHouseholds === basis.totalHouseholds &&
    now.householdsByType.self_governed === basis.byType.self_governed &&
    now.householdsByType.public_unit === basis.byType.public_unit &&
    now.householdsByType.property_managed === basis.byType.property_managed;
  return same ? null : now;
}
