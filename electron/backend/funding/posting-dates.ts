// The window a year's postings may be dated in: not before the day its year was approved (a posting dated
// before approval contradicts the record) and not after today (core/posting-dates.ts).
import type { PostingWindow } from '../../../shared/features/funding/contract';
import { findAllocationYear } from './queries/allocations';
import type { ServiceContext } from '../core/context';
import { today } from '../core/posting/posting-dates';

/** The dates a year's disbursements and adjustments may carry; null while the year is not approved. */
export function postingWindow(ctx: ServiceContext, year: number): PostingWindow | null {
  const approvedAt = findAllocationYear(ctx.db, year)?.approvedAt;
  if (!approvedAt) return null;
  return { from: approvedAt.slice(0, 10), to: today(ctx) };
}
