// What other features use of funding: a community's approved purchased-services line of a year, which the
// contracts of that year are committed against.
import type { AllocationLine } from '../../../shared/features/funding/contract';
import type { Db } from '../core/db/connection';
import { findAllocationYear, findLineByKey } from './queries/allocations';

/** The approved 政府购买服务经费 line (adjustments included), or undefined before the year is approved. */
export function approvedPurchasedServicesLine(
  db: Db,
  year: number,
  communityId: number,
): AllocationLine | undefined {
  if (findAllocationYear(db, year)?.status !== 'approved') return undefined;
  return findLineByKey(db, year, communityId, 'purchased_services');
}
